import Check
import Foundation
import Testing

@testable import Report

/// schema.org ClaimReview objects: one per claim whose (reviewed) verdict is not unverifiable.
@Suite struct ClaimReviewTests {
    static func objects(_ lines: [String]) throws -> [[String: Any]] {
        try lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    static func path(_ object: [String: Any], _ keys: String...) -> Any? {
        var current: Any? = object
        for key in keys { current = (current as? [String: Any])?[key] }
        return current
    }

    @Test func oneReviewPerCheckedVerdict() throws {
        let report = Fixtures.seedReport
        let lines = ClaimReviewWriter().jsonLines(for: report, pageName: "caravan-article")
        let objects = try Self.objects(lines)
        #expect(objects.map { $0["claimReviewed"] as? String } == [
            "more than 234,000 encounters in April",
            report.claims[7].claim.text, "May 23", "two dozen Republican states", report.claims[10].claim.text,
            report.claims[11].claim.text,
        ])
        #expect(objects.map { Self.path($0, "reviewRating", "alternateName") as? String } == [
            "Supported", "Needs review", "Supported", "Supported", "Supported", "Supported",
        ])
        for object in objects {
            #expect(object["@context"] as? String == "https://schema.org")
            #expect(object["@type"] as? String == "ClaimReview")
            #expect(Self.path(object, "author", "@type") as? String == "Organization")
            #expect(Self.path(object, "itemReviewed", "@type") as? String == "Claim")
            #expect(Self.path(object, "itemReviewed", "appearance", "datePublished") as? String == "2022-06-07")
            #expect(Self.path(object, "reviewRating", "@type") as? String == "Rating")
        }
    }

    @Test func theFirstReviewInFull() throws {
        let line = try #require(
            ClaimReviewWriter(publisher: "Desk", baseURL: "https://checks.example.org/2022", datePublished: "2022-06-08")
                .jsonLines(for: Fixtures.seedReport, pageName: "caravan article").first)
        #expect(
            line
                == #"{"@context":"https://schema.org","@type":"ClaimReview","author":{"@type":"Organization","name":"Desk"},"claimReviewed":"more than 234,000 encounters in April","datePublished":"2022-06-08","itemReviewed":{"@type":"Claim","appearance":{"@type":"CreativeWork","datePublished":"2022-06-07"}},"reviewRating":{"@type":"Rating","alternateName":"Supported","ratingExplanation":"Claimed more than 234,000; CBP reported 234,088 southwest land border encounters for April 2022 (published 2022-05-17; revised 235,785): supported."},"url":"https://checks.example.org/2022/caravan%20article.html#claim-n4"}"#
        )
    }

    @Test func attributionsNameTheirSpeakerAsAuthor() throws {
        let objects = try Self.objects(ClaimReviewWriter().jsonLines(for: Fixtures.seedReport, pageName: "seed"))
        let mayorkas = try #require(objects.first { ($0["claimReviewed"] as? String)?.hasPrefix("Homeland Security") == true })
        #expect(Self.path(mayorkas, "itemReviewed", "author", "@type") as? String == "Person")
        #expect(Self.path(mayorkas, "itemReviewed", "author", "name") as? String == "Alejandro Mayorkas")
        #expect(Self.path(mayorkas, "itemReviewed", "author", "jobTitle") as? String == "Homeland Security Secretary")
        let officials = try #require(objects.first { ($0["claimReviewed"] as? String)?.hasPrefix("Officials") == true })
        #expect(Self.path(officials, "itemReviewed", "author", "@type") as? String == "Organization")
        #expect(Self.path(officials, "itemReviewed", "author", "name") as? String == "Officials")
    }

    @Test func reviewerDecisionsReplaceTheMachineVerdict() throws {
        let report = Fixtures.seedReport
        let reviews = try Reviews(json: Data(Fixtures.seedReviewsJSON.utf8), file: "reviews.json").applied(to: report)
        let objects = try Self.objects(ClaimReviewWriter().jsonLines(for: report, pageName: "seed", reviews: reviews))
        let claims = objects.compactMap { $0["claimReviewed"] as? String }
        #expect(claims.contains("approximately 12,000"), "overridden from unverifiable to needs review")
        #expect(!claims.contains { $0.hasPrefix("Officials") }, "overridden from needs review to unverifiable")
        let caravan = try #require(objects.first { $0["claimReviewed"] as? String == "approximately 12,000" })
        #expect(Self.path(caravan, "itemReviewed", "author", "name") as? String == "Luis Villigran", "from the enclosing attribution")
        #expect(
            Self.path(caravan, "reviewRating", "ratingExplanation") as? String
                == "No dataset counts the members of a caravan. Reviewer's verdict: Needs review: Mexican officials gave 11,000 on June 6; ask the desk.")
        let confirmed = try #require(objects.first { $0["claimReviewed"] as? String == "more than 234,000 encounters in April" })
        #expect((Self.path(confirmed, "reviewRating", "ratingExplanation") as? String)?.hasSuffix("Confirmed by a reviewer: Matches the May 17 release.") == true)
    }

    @Test func thePageEmbedsTheSameReviewsAsJSONLD() throws {
        let report = Fixtures.hostileReport
        let page = try HTMLReportWriter().articlePage(report, name: "hostile")
        let opening = #"<script type="application/ld+json">"#
        let start = try #require(page.range(of: opening)).upperBound
        let end = try #require(page.range(of: "</script>", range: start..<page.endIndex)).lowerBound
        let embedded = String(page[start..<end])
        #expect(!embedded.contains("<"), "no markup can close the script element")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(embedded.utf8)) as? [[String: Any]])
        let lines = try Self.objects(ClaimReviewWriter().jsonLines(for: report, pageName: "hostile"))
        #expect(array.map { $0["claimReviewed"] as? String } == lines.map { $0["claimReviewed"] as? String })
        #expect(array.first?["claimReviewed"] as? String == report.claims[0].claim.text, "the text survives the escaping")
    }
}

/// The JSON writer: whatever the text, the output parses back to the same string and cannot end a script.
@Suite struct JSONBuilderTests {
    @Test(arguments: [
        "plain", "quote \" and backslash \\ and slash /", "line\nbreak\r\ttab", "\u{0}\u{1}\u{8}\u{C}\u{1F}",
        "</script><script>alert(1)</script>", "a & b > c < d", "café ☕ 😀 👍🏽", "\u{2028}\u{2029}", "",
    ])
    func stringsRoundTrip(_ text: String) throws {
        var json = JSONBuilder()
        json.markup("[")
        json.string(text)
        json.markup("]")
        #expect(!json.text.contains("<"))
        #expect(!json.text.contains(">"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String])
        #expect(parsed == [text])
    }

    /// Each character that needs escaping at every position of texts longer than the eight bytes the writer
    /// steps over.
    @Test(arguments: ["\"", "\\", "\n", "\u{1}", "\u{1F}", "<", ">", "&"])
    func escapingAtEveryPosition(_ special: String) throws {
        for text in ["Encounters rose 12% in May", "Núñez said “más de 200 mil”"] {
            let characters = Array(text)
            for position in 0...characters.count {
                let input = String(characters[..<position]) + special + String(characters[position...])
                var json = JSONBuilder()
                json.markup("[")
                json.string(input)
                json.markup("]")
                #expect(!json.text.contains("<") && !json.text.contains(">") && !json.text.contains("&"))
                let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String])
                #expect(parsed == [input])
            }
        }
    }
}
