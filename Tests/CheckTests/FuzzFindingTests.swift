import Testing
@testable import Check

/// The input the rules fuzzer (Fuzz/Harnesses/rules.swift) stopped on, an empty file, and its neighbours, as
/// regression cases: each gives a clear message naming the file, as a rule file and as a manifest. (The empty
/// file made LeakSanitizer report Foundation's read buffer, suppressed in Scripts/lsan.supp.)
struct FuzzFindingTests {
    @Test(arguments: [
        ("", "the file is empty"),
        ("\n\n", "the file is empty"),
        ("rules: *missing", "found undefined alias"),
    ])
    func ruleFileAndManifest(_ text: String, _ message: String) {
        let scratch = Scratch()
        _ = scratch.write("rules/fuzz.yaml", text)
        _ = scratch.write("reference/fuzz/dataset.yaml", text)
        _ = scratch.write("reference/fuzz/data.csv", "year,value\n2022,1\n")
        let problems = RuleSet.lint(rulesDirectory: scratch.path + "/rules", referenceDirectory: scratch.path + "/reference")
            .map { $0.description.replacingOccurrences(of: scratch.path, with: "$") }
        #expect(problems.count == 2)
        #expect(problems.contains { $0.hasPrefix("$/reference/fuzz/dataset.yaml:") && $0.contains(message) })
        #expect(problems.contains { $0.hasPrefix("$/rules/fuzz.yaml:") && $0.contains(message) })
    }
}
