import ArgumentParser

@main
struct Claimcheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimcheck",
        abstract: "Extract and verify the checkable claims of news articles.",
        subcommands: [TextCommand.self, SentencesCommand.self, NumbersCommand.self, ClaimsCommand.self]
    )
}
