import Foundation
import Testing
@testable import Check

/// Broken rules and datasets give a clear `FILE:LINE:COLUMN: message`, never a crash or a silent verdict.
struct BadInputTests {
    static let manifest = """
        name: tiny
        title: Tiny widget counts
        publisher: Test
        source: test
        licence: CC0
        files:
          - path: data.csv
        columns:
          year: {type: integer}
          label: {type: text}
          value: {type: number}
        keys: [year]

        """
    static let data = "year,label,value\n2021,a,10\n2022,b,20\n"
    static let rules = """
        rules:
          - id: tiny-widgets
            description: Widgets per year.
            applies-to:
              measure: [widgets]
            lookup:
              dataset: tiny
              value: value
              filters:
                year: "{period.year}"
            examples:
              - {sentence: There were 10 widgets in 2021., date: 2022-01-01, verdict: supported}
              - {sentence: There were 30 widgets in 2021., date: 2022-01-01, verdict: refuted}

        """

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        /// Files replaced in the valid fixture: "rules/x.yaml", "reference/tiny/data.csv", ...
        var files: [String: String]
        /// Expected diagnostics, with the scratch folder written as "$".
        var expected: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "valid fixture", files: [:], expected: []),
        Case(
            name: "malformed rule file",
            files: ["rules/widgets.yaml": "rules:\n  - id: tiny-widgets\n    description: [unclosed\n"],
            expected: ["$/rules/widgets.yaml:4:1: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"]),
        Case(
            name: "unknown key in a rule",
            files: ["rules/widgets.yaml": rules.replacingOccurrences(of: "    lookup:", with: "    tolerence: 10%\n    lookup:")],
            expected: ["$/rules/widgets.yaml:6:5: unknown key 'tolerence' (known: id, description, type, applies-to, lookup, offices, tolerance, vintage, period, says, ambiguous-with, examples)"]),
        Case(
            name: "rule names a missing column",
            files: ["rules/widgets.yaml": rules.replacingOccurrences(of: "value: value", with: "value: count")],
            expected: ["$/rules/widgets.yaml:8:14: dataset 'tiny' has no column 'count' (the value compared)"]),
        Case(
            name: "rule compares a text column",
            files: ["rules/widgets.yaml": rules.replacingOccurrences(of: "value: value", with: "value: label")],
            expected: ["$/rules/widgets.yaml:8:14: column 'label' of 'tiny' is text; the value compared needs integer or number"]),
        Case(
            name: "rule names an unknown dataset",
            files: ["rules/widgets.yaml": rules.replacingOccurrences(of: "dataset: tiny", with: "dataset: gadgets")],
            expected: ["$/rules/widgets.yaml:7:16: unknown dataset 'gadgets' (known: tiny)"]),
        Case(
            name: "filter on a missing column",
            files: ["rules/widgets.yaml": rules.replacingOccurrences(of: "year: \"{period.year}\"", with: "region: north")],
            expected: ["$/rules/widgets.yaml:10:17: dataset 'tiny' has no column 'region' (a filter)"]),
        Case(
            name: "unknown placeholder",
            files: ["rules/widgets.yaml": rules.replacingOccurrences(of: "{period.year}", with: "{period.decade}")],
            expected: ["$/rules/widgets.yaml:10:15: unknown placeholder '{period.decade}' (known: {period.year}, {period.month}, {period.from}, {period.to}, {period.fiscal-year}, {period.month-abbv}, {mentioned})"]),
        Case(
            name: "rule without a refuted example",
            files: ["rules/widgets.yaml": rules.replacingOccurrences(of: "verdict: refuted", with: "verdict: supported")],
            expected: ["$/rules/widgets.yaml:12:7: rule 'tiny-widgets' needs examples with at least one supported and one refuted sentence"]),
        Case(
            name: "unknown verdict in an example",
            files: ["rules/widgets.yaml": rules.replacingOccurrences(of: "verdict: refuted", with: "verdict: wrong")],
            expected: [
                "$/rules/widgets.yaml:12:7: rule 'tiny-widgets' needs examples with at least one supported and one refuted sentence",
                "$/rules/widgets.yaml:13:79: unknown verdict 'wrong' (known: supported, refuted, unverifiable, needs-review)",
            ]),
        Case(
            name: "non-numeric cell in a value column",
            files: ["reference/tiny/data.csv": "year,label,value\n2021,a,10\n2022,b,n/a\n"],
            expected: ["$/reference/tiny/data.csv:3:1: column 'value' holds 'n/a', not a number", "$/rules/widgets.yaml:7:16: dataset 'tiny' could not be loaded (see its errors)"]),
        Case(
            name: "empty dataset",
            files: ["reference/tiny/data.csv": "year,label,value\n"],
            expected: ["$/reference/tiny/data.csv:2:1: the dataset has a header but no rows", "$/rules/widgets.yaml:7:16: dataset 'tiny' could not be loaded (see its errors)"]),
        Case(
            name: "empty file",
            files: ["reference/tiny/data.csv": ""],
            expected: ["$/reference/tiny/data.csv:1:1: the file is empty (no header, no rows)", "$/rules/widgets.yaml:7:16: dataset 'tiny' could not be loaded (see its errors)"]),
        Case(
            name: "column declared but not in the file",
            files: ["reference/tiny/data.csv": "year,value\n2021,10\n"],
            expected: ["$/reference/tiny/data.csv:1:1: column 'label' (declared in $/reference/tiny/dataset.yaml:10) is missing from the header", "$/rules/widgets.yaml:7:16: dataset 'tiny' could not be loaded (see its errors)"]),
        Case(
            name: "row with too few fields",
            files: ["reference/tiny/data.csv": "year,label,value\n2021,a\n"],
            expected: ["$/reference/tiny/data.csv:2:1: 2 fields where the header has 3", "$/rules/widgets.yaml:7:16: dataset 'tiny' could not be loaded (see its errors)"]),
        Case(
            name: "unclosed quote in a dataset",
            files: ["reference/tiny/data.csv": "year,label,value\n2021,\"a,10\n"],
            expected: ["$/reference/tiny/data.csv:2:1: a quoted field is never closed", "$/rules/widgets.yaml:7:16: dataset 'tiny' could not be loaded (see its errors)"]),
        Case(
            name: "unknown column type in a manifest",
            files: ["reference/tiny/dataset.yaml": manifest.replacingOccurrences(of: "value: {type: number}", with: "value: {type: float}")],
            expected: ["$/reference/tiny/dataset.yaml:11:17: unknown column type 'float' (known: text, integer, number, date)", "$/rules/widgets.yaml:7:16: dataset 'tiny' could not be loaded (see its errors)"]),
    ]

    @Test(arguments: cases)
    func lint(_ testCase: Case) {
        let scratch = Scratch()
        var files = [
            "reference/tiny/dataset.yaml": Self.manifest, "reference/tiny/data.csv": Self.data, "rules/widgets.yaml": Self.rules,
        ]
        files.merge(testCase.files) { _, replacement in replacement }
        for (path, text) in files { _ = scratch.write(path, text) }
        let problems = RuleSet.lint(rulesDirectory: scratch.path + "/rules", referenceDirectory: scratch.path + "/reference")
        #expect(problems.map { $0.description.replacingOccurrences(of: scratch.path, with: "$") } == testCase.expected)
    }

    @Test func loadingRefusesABrokenRuleSet() {
        let scratch = Scratch()
        _ = scratch.write("reference/tiny/dataset.yaml", Self.manifest)
        _ = scratch.write("reference/tiny/data.csv", Self.data)
        _ = scratch.write("rules/widgets.yaml", Self.rules.replacingOccurrences(of: "value: value", with: "value: count"))
        #expect(throws: Diagnostics.self) {
            let library = try ReferenceLibrary.load(directory: scratch.path + "/reference")
            _ = try RuleSet.load(directory: scratch.path + "/rules", library: library)
        }
    }

    @Test func bundledRulesAndDatasetsLintClean() {
        #expect(RuleSet.lint(rulesDirectory: Repository.rules, referenceDirectory: Repository.reference).map(\.description) == [])
    }
}

struct NumberCellTests {
    @Test(arguments: ["234088", "-12", "+3", "3.6", ".5", "5.", "1.5e6", "2E-3"])
    func numbers(_ cell: String) { #expect(DatasetLoader.typeProblem(cell, type: .number) == nil) }

    @Test(arguments: ["n/a", "nan", "inf", "1,000", "12%", "$5", "1.2.3", "e5", "5e", "-", ".", "1-2", " 5"])
    func notNumbers(_ cell: String) { #expect(DatasetLoader.typeProblem(cell, type: .number) == "not a number") }
}
