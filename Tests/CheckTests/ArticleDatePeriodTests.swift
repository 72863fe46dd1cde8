import Claims
import Testing
@testable import Check

/// `period: article-date` checks present-tense facts ("a country of 28 million") for the article's year, and
/// `{mentioned}` picks the place the claim is about when the sentence names several.
struct ArticleDatePeriodTests {
    static let manifest = MentionedFilterTests.manifest
    static let data = "country,year,value\nVenezuela,2015,30081829\nVenezuela,2022,28213017\nColombia,2022,51874024\nPeru,2022,34049588\n"
    static let rules = """
        rules:
          - id: population
            description: Population by country in the article's year.
            applies-to: {context: [country of]}
            lookup:
              dataset: population
              value: value
              filters: {country: "{mentioned}", year: "{period.year}"}
            period: article-date
            says: the population was {value} in the year of the article
            examples:
              - {sentence: "Peru, a country of about 34 million, is next door.", date: 2022-10-24, verdict: supported}
              - {sentence: "Peru, a country of about 20 million, is next door.", date: 2022-10-24, verdict: refuted}

        """

    static func verifier() throws -> Verifier {
        let scratch = Scratch()
        _ = scratch.write("reference/population/dataset.yaml", Self.manifest)
        _ = scratch.write("reference/population/population.csv", Self.data)
        _ = scratch.write("rules/population.yaml", Self.rules)
        let library = try ReferenceLibrary.load(directory: scratch.path + "/reference")
        return Verifier(rules: try RuleSet.load(directory: scratch.path + "/rules", library: library), library: library)
    }

    @Test(arguments: [
        // The sentence's "since 2015" is about the departures; the population is the article's year's.
        ("Venezuela, a country of about 28 million, has seen 7 million people leave since 2015 for Colombia or Peru.", [String](), Verdict.supported,
         "Claimed about 28,000,000; the population was 28,213,017 in the year of the article: supported."),
        // Named earliest in the sentence: Colombia, though "Peru" sorts later and "Venezuelan" follows.
        ("Colombia, a country of about 51 million, has taken in Venezuelan migrants from Peru.", [], .supported,
         "Claimed about 51,000,000; the population was 51,874,024 in the year of the article: supported."),
        // The claim's subject names Peru first, so Peru it is, wherever Colombia sits in the sentence.
        ("Unlike Colombia, a country of about 51 million, Peru is smaller.", ["Peru", "Colombia"], .refuted,
         "Claimed about 51,000,000; the population was 34,049,588 in the year of the article: refuted."),
    ])
    func presentTenseFactsUseTheArticleYear(_ sentence: String, subject: [String], verdict: Verdict, explanation: String) throws {
        let claim = Make.numeric(
            "about", in: sentence, value: [28_000_000.0, 51_000_000][sentence.contains("28 million") ? 0 : 1], bound: .approximate,
            approximator: "about", measure: nil, period: Make.period("since 2015", "2015-01-01", "2015-12-31", .year), subject: subject)
        let checked = try Self.verifier().check(claim, articleDate: Day(year: 2022, month: 10, day: 24))
        #expect(checked.verdict == verdict)
        #expect(checked.explanation == explanation)
    }

    @Test func withoutAnArticleDateTheClaimsOwnPeriodIsUsed() throws {
        let claim = Make.numeric(
            "about", in: "Venezuela, a country of about 30 million, in 2015.", value: 30_000_000, bound: .approximate, approximator: "about",
            measure: nil, period: Make.period("in 2015", "2015-01-01", "2015-12-31", .year))
        let checked = try Self.verifier().check(claim, articleDate: nil)
        #expect(checked.verdict == .supported)
        #expect(checked.explanation == "Claimed about 30,000,000; the population was 30,081,829 in the year of the article: supported.")
    }

    @Test func anUnknownPeriodSourceIsALintError() throws {
        let scratch = Scratch()
        _ = scratch.write("reference/population/dataset.yaml", Self.manifest)
        _ = scratch.write("reference/population/population.csv", Self.data)
        _ = scratch.write("rules/population.yaml", Self.rules.replacingOccurrences(of: "period: article-date", with: "period: publication"))
        let library = try ReferenceLibrary.load(directory: scratch.path + "/reference")
        #expect(throws: (any Error).self) { _ = try RuleSet.load(directory: scratch.path + "/rules", library: library) }
    }
}
