import Claims
import Sentences

/// Runs every rule's examples through claim extraction and that rule alone, like a linter's own test cases.
public enum RuleExamples {
    public struct Failure: Sendable, CustomStringConvertible {
        public var rule: String
        public var file: String
        public var line: Int
        public var sentence: String
        public var expected: Verdict
        /// What the rule did with each claim of the sentence.
        public var found: String

        public var description: String {
            "\(file):\(line):1: rule '\(rule)' example expected \(expected.rawValue): \"\(sentence)\"; \(found)"
        }
    }

    public struct Result: Sendable {
        public var passed: Int
        public var failures: [Failure]
    }

    public static func run(rules: RuleSet, library: ReferenceLibrary) -> Result {
        var passed = 0
        var failures: [Failure] = []
        for rule in rules.rules {
            let verifier = Verifier(rules: RuleSet(rules: [rule]), library: library)
            for example in rule.examples {
                if let found = check(example, rule: rule, verifier: verifier) {
                    failures.append(Failure(rule: rule.id, file: rule.file, line: example.line, sentence: example.sentence, expected: example.verdict, found: found))
                } else {
                    passed += 1
                }
            }
        }
        return Result(passed: passed, failures: failures)
    }

    /// Nil when the example holds; otherwise what happened instead.
    static func check(_ example: Rule.Example, rule: Rule, verifier: Verifier) -> String? {
        let sentences = SentenceSplitter.split(paragraphs: [example.sentence])
        let claims = ClaimExtractor.claims(text: example.sentence, sentences: sentences, date: example.date)
        let checked = verifier.check(claims, articleDate: example.date)
        let decided = checked.filter { $0.rule == rule.id && $0.verdict != .unverifiable }
        if example.verdict == .unverifiable {
            guard let wrong = decided.first else { return nil }
            return "got \(wrong.verdict.rawValue): \(wrong.explanation)"
        }
        if decided.contains(where: { $0.verdict == example.verdict }) { return nil }
        if claims.isEmpty { return "no claim was found in the sentence" }
        let seen = checked.map { checked in
            "'\(text(of: checked.claim))' → \(checked.verdict.rawValue) (\(checked.explanation))"
        }
        return "got " + seen.joined(separator: "; ")
    }

    static func text(of claim: Claim) -> String {
        switch claim {
        case .numeric(let numeric): numeric.text
        case .attribution(let attribution): attribution.source
        }
    }
}
