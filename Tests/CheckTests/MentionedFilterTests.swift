import Claims
import Testing
@testable import Check

/// `{mentioned}` picks the row for the place or category the sentence names, the way a population or
/// price dataset is looked up by country.
struct MentionedFilterTests {
    static let manifest = """
        name: population
        title: Population by country
        publisher: Test
        source: test
        licence: CC0
        files: [{path: population.csv}]
        columns:
          country: {type: text}
          year: {type: integer}
          value: {type: number}
        keys: [country, year]

        """
    static let data = "country,year,value\nMexico,2022,128613117\nUnited States,2022,334017321\nSouth Africa,2022,63212384\nAfrica,2022,1426736614\n"
    static let rules = """
        rules:
          - id: population
            description: Population by country and year.
            applies-to: {measure: [people, residents]}
            lookup:
              dataset: population
              value: value
              filters: {country: "{mentioned}", year: "{period.year}"}
            says: the population of {period} was {value}
            examples:
              - {sentence: Mexico had about 128 million people in 2022., date: 2023-01-01, verdict: supported}
              - {sentence: Mexico had about 150 million people in 2022., date: 2023-01-01, verdict: refuted}

        """

    @Test(arguments: [
        ("Mexico had about 128 million people in 2022.", 128_000_000.0, Verdict.supported, "Claimed about 128,000,000; the population of 2022 was 128,613,117: supported."),
        ("The United States had more than 400 million residents in 2022.", 400_000_000, .refuted, "Claimed about 400,000,000; the population of 2022 was 334,017,321: refuted."),
        ("South Africa had about 63 million people in 2022.", 63_000_000, .supported, "Claimed about 63,000,000; the population of 2022 was 63,212,384: supported."),
        ("The country had about 5 million people in 2022.", 5_000_000, .needsReview, "Claimed about 5,000,000; the claim names no country that population lists: needs review."),
    ])
    func mentionedPlace(_ sentence: String, value: Double, verdict: Verdict, explanation: String) throws {
        let scratch = Scratch()
        _ = scratch.write("reference/population/dataset.yaml", Self.manifest)
        _ = scratch.write("reference/population/population.csv", Self.data)
        _ = scratch.write("rules/population.yaml", Self.rules)
        let library = try ReferenceLibrary.load(directory: scratch.path + "/reference")
        let verifier = Verifier(rules: try RuleSet.load(directory: scratch.path + "/rules", library: library), library: library)
        let claim = Make.numeric(
            "about", in: sentence, value: value, bound: .approximate, approximator: "about", measure: sentence.contains("residents") ? "residents" : "people",
            period: Make.period("in 2022", "2022-01-01", "2022-12-31", .year))
        let checked = verifier.check(claim, articleDate: Day(year: 2023, month: 1, day: 1))
        #expect(checked.verdict == verdict)
        #expect(checked.explanation == explanation)
    }
}
