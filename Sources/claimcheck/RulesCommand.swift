import ArgumentParser
import Check
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check rule files: lint them against the datasets, or run their examples.",
        subcommands: [Lint.self, Test.self]
    )

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report every problem in the rules and dataset manifests as FILE:LINE:COLUMN: message.",
            discussion: "Exit status: 0 when there is no problem, 1 otherwise."
        )

        @Argument(help: "Folder of rule files.")
        var directory = "Rules"

        @Option(help: "Folder of reference datasets.")
        var reference = "Corpus/reference"

        func run() throws {
            let problems = RuleSet.lint(rulesDirectory: directory, referenceDirectory: reference)
            for problem in problems { Output.write(problem.description + "\n") }
            guard problems.isEmpty else {
                Output.error("\(problems.count) problem\(problems.count == 1 ? "" : "s")")
                throw ExitCode(1)
            }
            Output.error("no problems in \(directory) and \(reference)")
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every rule's examples and report each one that does not give its expected verdict.",
            discussion: "Exit status: 0 when every example passes, 1 when one fails, 2 when the rule set is invalid."
        )

        @Argument(help: "Folder of rule files.")
        var directory = "Rules"

        @Option(help: "Folder of reference datasets.")
        var reference = "Corpus/reference"

        func run() throws {
            let verifier = try RuleLoading.verifier(rules: directory, reference: reference)
            let result = RuleExamples.run(rules: verifier.rules, library: verifier.library)
            for failure in result.failures { Output.write(failure.description + "\n") }
            Output.write("\(result.passed) of \(result.passed + result.failures.count) examples passed in \(verifier.rules.rules.count) rules\n")
            if !result.failures.isEmpty { throw ExitCode(1) }
        }
    }
}
