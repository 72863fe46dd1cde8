import ArgumentParser

@main
struct Claimcheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimcheck",
        abstract: "Extract and verify the checkable claims of news articles.",
        subcommands: [TextCommand.self, NumbersCommand.self, ClaimsCommand.self]
    )
}
