import Claims
import Testing
@testable import Check

/// `direction:` refutes a right figure written with the wrong verb ("accelerated to 7.7%" when the rate fell).
struct DirectionTests {
    static let manifest = """
        name: rate
        title: A monthly rate
        publisher: Test
        source: test
        licence: CC0
        files: [{path: rate.csv}]
        columns:
          year: {type: integer}
          month: {type: integer}
          rate: {type: number}
          change: {type: text}
        keys: [year, month]

        """
    static let data = "year,month,rate,change\n2022,9,8.2,fell\n2022,10,7.7,fell\n2022,11,7.1,fell\n"
    static let rules = """
        rules:
          - id: rate
            description: A monthly rate and its change from the month before.
            applies-to: {kind: [percent], context: [inflation]}
            lookup:
              dataset: rate
              value: rate
              filters: {year: "{period.year}", month: "{period.month}"}
              direction: {column: change, words: {eased to: fell, accelerated to: rose, held at: unchanged}}
            says: the rate was {value}% in {period}
            examples:
              - {sentence: Inflation eased to 7.7% in October., date: 2023-01-12, verdict: supported}
              - {sentence: Inflation accelerated to 7.7% in October., date: 2023-01-12, verdict: refuted}

        """

    @Test(arguments: [
        ("Inflation eased to 7.7% in October.", Verdict.supported, "Claimed 7.7; the rate was 7.7% in October 2022: supported."),
        ("Inflation accelerated to 7.7% in October.", .refuted,
         "Claimed 7.7; the rate was 7.7% in October 2022; but it fell from the period before, so 'accelerated to' is wrong: refuted."),
        // A direction word elsewhere in the sentence is about something else.
        ("Inflation was 7.7% in October, and prices accelerated to new highs.", .supported, "Claimed 7.7; the rate was 7.7% in October 2022: supported."),
        // A wrong figure is refuted by its value whatever the verb.
        ("Inflation eased to 9% in October.", .refuted, "Claimed 9; the rate was 7.7% in October 2022: refuted."),
    ])
    func theVerbBeforeTheNumberMustMatchTheChange(_ sentence: String, verdict: Verdict, explanation: String) throws {
        let scratch = Scratch()
        _ = scratch.write("reference/rate/dataset.yaml", Self.manifest)
        _ = scratch.write("reference/rate/rate.csv", Self.data)
        _ = scratch.write("rules/rate.yaml", Self.rules)
        let library = try ReferenceLibrary.load(directory: scratch.path + "/reference")
        let verifier = Verifier(rules: try RuleSet.load(directory: scratch.path + "/rules", library: library), library: library)
        let number = sentence.contains("9%") ? "9%" : "7.7%"
        let claim = Make.numeric(
            number, in: sentence, value: sentence.contains("9%") ? 9 : 7.7, kind: .percent, measure: nil,
            period: Make.period("in October", "2022-10-01", "2022-10-31", .month))
        let checked = verifier.check(claim, articleDate: Day(year: 2023, month: 1, day: 12))
        #expect(checked.verdict == verdict)
        #expect(checked.explanation == explanation)
    }
}
