import ArgumentParser
import Foundation

@main
struct Claimcheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimcheck",
        abstract: "Extract and verify the checkable claims of news articles.",
        subcommands: [
            TextCommand.self, SentencesCommand.self, NumbersCommand.self, ClaimsCommand.self, VerifyCommand.self,
            RulesCommand.self, ExplainCommand.self,
        ]
    )

    /// Usage errors exit with status 2 (the commands' contract), not ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
