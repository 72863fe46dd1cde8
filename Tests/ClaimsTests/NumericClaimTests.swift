import Foundation
import Ingest
import Sentences
import Testing
@testable import Claims

@Suite struct NumericClaimTests {
    static let articleDate = Day(year: 2022, month: 6, day: 7)

    /// The seed article, read from the shared data folder next to the repository (never copied in).
    static func seedArticlePath() throws -> String {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared/seed/caravan-article.txt")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            directory.deleteLastPathComponent()
        }
        throw SeedMissing()
    }

    struct SeedMissing: Error {}

    static func numericClaims(_ text: String) -> [NumericClaim] {
        let sentences = SentenceSplitter.split(paragraphs: text.components(separatedBy: "\n\n"))
        return NumericClaimExtractor.claims(text: text, sentences: sentences, date: articleDate)
    }

    @Test func seedArticleYieldsTheIssueClaims() throws {
        let article = try Ingestor.ingest(path: try Self.seedArticlePath())
        let claims = ClaimExtractor.claims(in: article, date: Self.articleDate).compactMap { claim -> NumericClaim? in
            if case .numeric(let numeric) = claim { return numeric }
            return nil
        }
        #expect(claims.map(\.text) == [
            "1,000 temporary work visas a day", "approximately 12,000", "October last year", "more than 234,000 encounters",
            "May 23", "two dozen Republican states",
        ])
        #expect(claims.map(\.id) == ["n1", "n2", "n3", "n4", "n5", "n6"])
        let scalars = Array(article.text.unicodeScalars)
        for claim in claims {
            #expect(String(String.UnicodeScalarView(scalars[claim.start..<claim.end])) == claim.text)
            #expect(String(String.UnicodeScalarView(scalars[claim.quantity.start..<claim.quantity.end])) == claim.quantity.text)
        }

        let visas = claims[0]
        #expect(visas.quantity.value == 1000 && visas.quantity.rate == "day" && visas.measure == "temporary work visas")

        let migrants = claims[1]
        #expect(migrants.quantity.value == 12000 && migrants.quantity.bound == .approximate)
        #expect(migrants.quantity.approximator == "approximately" && migrants.measure == "migrants")

        let october = claims[2]
        #expect(october.period?.from == "2021-10-01" && october.period?.to == "2021-10-31")

        let encounters = claims[3]
        #expect(encounters.quantity.value == 234_000 && encounters.quantity.bound == .greaterThan)
        #expect(encounters.measure == "encounters")
        #expect(encounters.period?.text == "in April alone")
        #expect(encounters.period?.from == "2022-04-01" && encounters.period?.to == "2022-04-30")
        #expect(encounters.subject.contains("along the border") && encounters.subject.contains("Border Patrol"))

        let may = claims[4]
        #expect(may.period?.from == "2022-05-23" && may.period?.to == "2022-05-23")

        let states = claims[5]
        #expect(states.quantity.value == 24 && states.measure == "Republican states")
    }

    /// A sentence with one claim marked → its measure, subject words and period ("-" for none).
    static let cases: [(String, String, [String], String)] = [
        ("CBP reported [239,416 encounters] along the southwest border in May.", "encounters", ["CBP", "along the southwest border"], "2022-05-01..2022-05-31"),
        ("Border Patrol agents apprehended [more than 1.7 million migrants] in fiscal year 2021.", "migrants", ["Border Patrol"], "2020-10-01..2021-09-30"),
        ("Mexican authorities stopped [12,000 migrants] at the Guatemala border last month.", "migrants", ["Mexican", "at the Guatemala border"], "2022-05-01..2022-05-31"),
        ("[Nearly 4 million people] have fled Ukraine since February.", "people", ["Ukraine"], "2022-02-01..2022-06-07"),
        ("The Department of Homeland Security hired [2,000 officers] last year.", "officers", ["Department of Homeland Security"], "2021-01-01..2021-12-31"),
        ("Officials expect [up to 18,000 migrants a day] at the border.", "migrants", ["at the border"], "-"),
        ("Mexico issued [12,000 humanitarian visas] earlier this week.", "humanitarian visas", ["Mexico"], "2022-06-06..2022-06-07"),
        ("Police in Dallas made [17 arrests] on Monday.", "arrests", ["Dallas"], "2022-06-06..2022-06-06"),
        ("The caravan included [about 5,000 people], organizers said.", "people", [], "-"),
        ("In April alone, agents counted [234,088 encounters].", "encounters", [], "2022-04-01..2022-04-30"),
        // A period in a later clause belongs to that clause; one after "said" dates the statement.
        ("In March, agents made [7,700 arrests], according to a summary published this week.", "arrests", [], "2022-03-01..2022-03-31"),
        ("Agents counted [9,000 encounters] in May, officials said Tuesday.", "encounters", [], "2022-05-01..2022-05-31"),
        ("Officials said last week that [4,000 migrants] had crossed, before a lull in May.", "migrants", [], "2022-05-01..2022-05-31"),
    ]

    @Test(arguments: cases)
    func claimInSentence(marked: String, measure: String, subject: [String], period: String) throws {
        let (text, spans) = try #require(MarkedText.parse(marked))
        let claims = Self.numericClaims(text)
        let claim = try #require(claims.first { $0.start == spans[0].start }, "\(claims.map(\.text))")
        #expect(claim.text == spans[0].text)
        #expect(claim.end == spans[0].end)
        #expect(claim.measure == measure)
        #expect(claim.subject == subject)
        let found = claim.period.map { "\($0.from ?? "nil")..\($0.to ?? "nil")" } ?? "-"
        #expect(found == period)
    }

    @Test(arguments: [
        "AS MIGRANT CARAVAN MARCHES TOWARD US BORDER, 2 LEADERS MEET",
        "CLICK HERE TO GET THE FOX NEWS APP",
        "Click here for 5 more stories.",
        "By Adam Shaw, Bill Melugin",
        "Fox News' Adam Shaw and 2 others contributed to this report.",
    ])
    func promoLinesAndBylinesAreNeverClaims(line: String) {
        #expect(Self.numericClaims(line).isEmpty)
    }

    @Test func idsFollowTextOrderAcrossParagraphs() {
        let claims = Self.numericClaims("Agents made 12 arrests. Police seized 40 guns.\n\nThe city spent $3 million.")
        #expect(claims.map(\.id) == ["n1", "n2", "n3"])
        #expect(claims.map(\.text) == ["12 arrests", "40 guns", "$3 million"])
        #expect(claims.map(\.start) == [12, 38, 63])
    }

    /// What `claims` prints reads back into the same claims (other stages may load saved output).
    @Test func claimJSONRoundTrips() throws {
        let text = "Agents made about 1,200 arrests on May 23, up 20% from last year, a rate of 7.2 per 1,000."
        let claims = Self.numericClaims(text)
        #expect(claims.count >= 4)
        let data = try JSONEncoder().encode(claims)
        #expect(try JSONDecoder().decode([NumericClaim].self, from: data) == claims)
    }

    @Test func claimJSONHasEveryFieldWithExplicitNulls() throws {
        let claims = Self.numericClaims("There were more than 234,000 encounters in April alone along the border.")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(Claim.numeric(claims[0])), as: UTF8.self)
        #expect(json == """
            {"approximator":"more than","attribution":null,"end":39,"id":"n1","kind":"numeric","measure":"encounters",\
            "period":{"end":54,"from":"2022-04-01","granularity":"month","start":40,"text":"in April alone","to":"2022-04-30"},\
            "quantity":{"approximator":"more than","baseline":null,"bound":"greaterThan","comparative":null,"end":28,"kind":"count",\
            "lower":234000,"period":null,"precision":1000,"rate":null,"start":11,"text":"more than 234,000",\
            "unit":"encounters","upper":null,"value":234000},\
            "sentence":"There were more than 234,000 encounters in April alone along the border.","start":11,\
            "subject":["along the border"],"text":"more than 234,000 encounters"}
            """)
    }
}
