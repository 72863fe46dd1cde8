import Testing
@testable import Check

/// Every bundled rule's examples give their expected verdicts (the `claimcheck rules test` run). The examples
/// are sentences, so this needs the real claim extractors.
struct RuleExamplesTests {
    @Test func bundledExamplesPass() throws {
        let verifier = try Bundled.verifier()
        let result = RuleExamples.run(rules: verifier.rules, library: verifier.library)
        #expect(result.failures.map(\.description) == [])
        #expect(result.passed == verifier.rules.rules.reduce(0) { $0 + $1.examples.count })
    }

    @Test func everyRuleHasASupportedAndARefutedExample() throws {
        for rule in try Bundled.verifier().rules.rules {
            #expect(rule.examples.contains { $0.verdict == .supported }, "\(rule.id)")
            #expect(rule.examples.contains { $0.verdict == .refuted }, "\(rule.id)")
        }
    }
}
