import Claims
import Testing
@testable import Check

/// A dataset whose vintages are separate files: the rule asks for the one public on the article's date,
/// or the latest, and the explanation shows the other.
struct VintageTests {
    static let manifest = """
        name: tiny
        title: Tiny widget counts
        publisher: Test
        source: test
        licence: CC0
        files:
          - {path: first.csv, vintage: first}
          - {path: revised.csv, vintage: revised}
        columns:
          year: {type: integer}
          value: {type: number}
        keys: [year]
        vintages:
          - {id: first, public: 2022-01-15}
          - {id: revised, public: 2022-07-01}

        """

    static func rules(vintage: String) -> String {
        """
        rules:
          - id: widgets
            description: Widgets per year.
            applies-to: {measure: [widgets]}
            lookup: {dataset: tiny, value: value, filters: {year: "{period.year}"}}
            vintage: \(vintage)
            says: the count for {period} was {value}
            examples:
              - {sentence: There were 10 widgets in 2021., date: 2022-03-01, verdict: supported}
              - {sentence: There were 30 widgets in 2021., date: 2022-03-01, verdict: refuted}

        """
    }

    @Test(arguments: [
        ("as-published", Day(year: 2022, month: 3, day: 1), Verdict.supported, "first",
         "Claimed 10; the count for 2021 was 10 (published 2022-01-15; revised 17): supported."),
        ("as-published", Day(year: 2022, month: 8, day: 1), .refuted, "revised",
         "Claimed 10; the count for 2021 was 17 (published 2022-07-01; first published 10): refuted."),
        ("latest", Day(year: 2022, month: 3, day: 1), .refuted, "revised",
         "Claimed 10; the count for 2021 was 17 (published 2022-07-01; first published 10): refuted."),
        ("as-published", Day(year: 2021, month: 12, day: 1), .supported, "first",
         "Claimed 10; the count for 2021 was 10 (published 2022-01-15; revised 17; no vintage with these rows was public on 2021-12-01; using the first, published 2022-01-15): supported."),
    ])
    func vintage(_ policy: String, date: Day, verdict: Verdict, vintage: String, explanation: String) throws {
        let scratch = Scratch()
        _ = scratch.write("reference/tiny/dataset.yaml", Self.manifest)
        _ = scratch.write("reference/tiny/first.csv", "year,value\n2021,10\n")
        _ = scratch.write("reference/tiny/revised.csv", "year,value\r\n2021,17\r\n")
        _ = scratch.write("rules/widgets.yaml", Self.rules(vintage: policy))
        let library = try ReferenceLibrary.load(directory: scratch.path + "/reference")
        let verifier = Verifier(rules: try RuleSet.load(directory: scratch.path + "/rules", library: library), library: library)
        let claim = Make.numeric("10", in: "There were 10 widgets in 2021.", value: 10, measure: "widgets", period: Make.period("in 2021", "2021-01-01", "2021-12-31", .year))
        let checked = verifier.check(claim, articleDate: date)
        #expect(checked.verdict == verdict)
        #expect(checked.evidence.first?.vintage == vintage)
        #expect(checked.explanation == explanation)
    }

    @Test func aFileNamingAnUnlistedVintageIsAnError() {
        let scratch = Scratch()
        _ = scratch.write("reference/tiny/dataset.yaml", Self.manifest.replacingOccurrences(of: "vintage: revised}", with: "vintage: second}"))
        _ = scratch.write("reference/tiny/first.csv", "year,value\n2021,10\n")
        _ = scratch.write("reference/tiny/revised.csv", "year,value\n2021,17\n")
        _ = scratch.write("rules/widgets.yaml", Self.rules(vintage: "latest"))
        let problems = RuleSet.lint(rulesDirectory: scratch.path + "/rules", referenceDirectory: scratch.path + "/reference")
        #expect(problems.map { $0.description.replacingOccurrences(of: scratch.path, with: "$") } == [
            "$/reference/tiny/dataset.yaml:7:3: file 'revised.csv' names vintage 'second', which 'vintages' does not list",
            "$/rules/widgets.yaml:5:23: dataset 'tiny' could not be loaded (see its errors)",
        ])
    }
}
