import Claims
import Testing
@testable import Check

/// Rules or rows that disagree make a claim need review rather than pick a side silently.
struct DisagreementTests {
    static let manifest = BadInputTests.manifest.replacingOccurrences(of: "value: {type: number}", with: "value: {type: number}\n  revised: {type: number}")

    static func rule(_ id: String, value: String, filters: String = "year: \"{period.year}\"", aggregate: String = "single") -> String {
        """
          - id: \(id)
            description: Widgets per year.
            applies-to: {measure: [widgets]}
            lookup: {dataset: tiny, value: \(value), filters: {\(filters)}, aggregate: \(aggregate)}
            examples:
              - {sentence: There were 10 widgets in 2021., date: 2022-01-01, verdict: supported}
              - {sentence: There were 30 widgets in 2021., date: 2022-01-01, verdict: refuted}

        """
    }

    static let claim = Make.numeric(
        "10", in: "There were 10 widgets in 2021.", value: 10, measure: "widgets", period: Make.period("in 2021", "2021-01-01", "2021-12-31", .year))

    func verdict(data: String, rules: String) throws -> CheckedClaim {
        let scratch = Scratch()
        _ = scratch.write("reference/tiny/dataset.yaml", Self.manifest)
        _ = scratch.write("reference/tiny/data.csv", data)
        _ = scratch.write("rules/widgets.yaml", "rules:\n" + rules)
        let library = try ReferenceLibrary.load(directory: scratch.path + "/reference")
        let verifier = Verifier(rules: try RuleSet.load(directory: scratch.path + "/rules", library: library), library: library)
        return verifier.check(Self.claim, articleDate: Day(year: 2022, month: 1, day: 1))
    }

    @Test func rulesThatDisagreeNeedReview() throws {
        let checked = try verdict(
            data: "year,label,value,revised\n2021,a,10,30\n",
            rules: Self.rule("first-count", value: "value") + Self.rule("revised-count", value: "revised"))
        #expect(checked.verdict == .needsReview)
        #expect(checked.explanation == "Rules disagree (first-count says supported, revised-count says refuted): needs review.")
        #expect(checked.evidence.map(\.rule) == ["first-count", "revised-count"])
    }

    @Test func rulesThatAgreeDecide() throws {
        let checked = try verdict(
            data: "year,label,value,revised\n2021,a,10,10\n",
            rules: Self.rule("first-count", value: "value") + Self.rule("revised-count", value: "revised"))
        #expect(checked.verdict == .supported)
        #expect(checked.rule == "first-count")
        #expect(checked.evidence.count == 2)
    }

    @Test func severalRowsForOneFigureNeedReview() throws {
        let checked = try verdict(data: "year,label,value,revised\n2021,a,10,10\n2021,b,12,12\n", rules: Self.rule("count", value: "value"))
        #expect(checked.verdict == .needsReview)
        #expect(checked.explanation == "Claimed 10; 2 rows of tiny match (lines 2, 3), where the rule expects one: needs review.")
    }

    @Test func summedRows() throws {
        let checked = try verdict(data: "year,label,value,revised\n2021,a,4,4\n2021,b,6,6\n", rules: Self.rule("count", value: "value", aggregate: "sum"))
        #expect(checked.verdict == .supported)
        #expect(checked.evidence.first?.rows.map(\.line) == [2, 3])
    }

    @Test func countedRows() throws {
        let checked = try verdict(
            data: "year,label,value,revised\n" + (1...10).map { "2021,w\($0),1,1\n" }.joined(), rules: Self.rule("count", value: "value", aggregate: "count"))
        #expect(checked.verdict == .supported)
        #expect(checked.evidence.first?.referenceValue == 10)
    }

    @Test func aMissingFigureNeedsReview() throws {
        let checked = try verdict(data: "year,label,value,revised\n2021,a,,10\n", rules: Self.rule("count", value: "value"))
        #expect(checked.verdict == .needsReview)
        #expect(checked.explanation == "Claimed 10; tiny line 2 has no value: needs review.")
    }
}
