import Check
import Foundation
import Testing

@testable import Report

@Suite struct ReviewsTests {
    static func seedReviews() throws -> Reviews {
        try Reviews(json: Data(Fixtures.seedReviewsJSON.utf8), file: "reviews.json")
    }

    @Test func loadsEveryEntry() throws {
        let reviews = try Self.seedReviews()
        #expect(reviews.entries.count == 5)
        let override = try #require(reviews.entries.first { $0.claimID == "n2" })
        #expect(override.decision == .overridden)
        #expect(override.verdict == .needsReview)
        #expect(override.note == "Mexican officials gave 11,000 on June 6; ask the desk.")
        let confirmation = try #require(reviews.entries.first { $0.claimID == "n4" })
        #expect(confirmation.verdict == .supported, "a confirmation without a verdict takes the machine's")
        #expect(confirmation.reviewer == "M. Ortiz")
        #expect(override.reviewer == nil)
    }

    @Test func matchesReviewsToTheSeedClaims() throws {
        let applied = try Self.seedReviews().applied(to: Fixtures.seedReport)
        #expect(Set(applied.byClaim.keys) == ["n4", "n2", "a4"])
        #expect(applied.byClaim["n4"]?.claimTextChanged == false)
        #expect(applied.byClaim["n2"]?.review.verdict == .needsReview)
        #expect(applied.byClaim["a4"]?.claimTextChanged == true, "a4's text is longer now than when reviewed")
        #expect(applied.byClaim["a4"]?.machineVerdictChanged == false)
        #expect(applied.unmatched.map(\.claimID) == ["n9"], "the other article's review is not this article's")
    }

    @Test func followsAClaimWhoseIdMoved() {
        let review = Review(
            article: "Corpus/articles/caravan-article.txt", claimID: "n17", claimText: "two dozen Republican states",
            machineVerdict: .refuted, decision: .confirmed, verdict: .refuted)
        let applied = Reviews([review]).applied(to: Fixtures.seedReport)
        #expect(applied.byClaim["n6"]?.review.claimID == "n17")
        #expect(applied.byClaim["n6"]?.claimTextChanged == false)
        #expect(applied.byClaim["n6"]?.machineVerdictChanged == true, "reviewed as refuted, supported now")
    }

    @Test func matchesTheArticleByFileNameWhenThePathDiffers() {
        let review = Review(
            article: "/home/desk/claimcheck/Corpus/articles/caravan-article.txt", claimID: "n6",
            claimText: "two dozen Republican states", machineVerdict: .supported, decision: .confirmed, verdict: .supported)
        #expect(Reviews([review]).applied(to: Fixtures.seedReport).byClaim["n6"] != nil)
    }

    @Test(arguments: [
        ("not json", "reviews.json: not valid JSON"),
        (#"{"format": "something-else", "version": 1, "reviews": []}"#, "reviews.json: not a reviews file"),
        (#"{"format": "claimcheck-reviews", "version": 2, "reviews": []}"#, "reviews.json: unsupported reviews version 2"),
        (#"{"format": "claimcheck-reviews", "version": 1}"#, "reviews.json: reviews: missing"),
        (
            #"{"format": "claimcheck-reviews", "version": 1, "reviews": [{"article": "a", "claimText": "t", "machineVerdict": "supported", "decision": "confirmed"}]}"#,
            "reviews.json: reviews[0].claim: missing"
        ),
        (
            #"{"format": "claimcheck-reviews", "version": 1, "reviews": [{"article": "a", "claim": "n1", "claimText": "t", "machineVerdict": "supported", "decision": "overridden"}]}"#,
            "reviews.json: reviews[0].verdict: missing"
        ),
        (
            #"{"format": "claimcheck-reviews", "version": 1, "reviews": [{"article": "a", "claim": "n1", "claimText": "t", "machineVerdict": "maybe", "decision": "confirmed"}]}"#,
            "reviews.json: reviews[0].machineVerdict:"
        ),
        (
            #"{"format": "claimcheck-reviews", "version": 1, "reviews": [{"article": 3, "claim": "n1", "claimText": "t", "machineVerdict": "supported", "decision": "confirmed"}]}"#,
            "reviews.json: reviews[0].article:"
        ),
    ])
    func rejectsBadFilesNamingThem(_ json: String, _ message: String) {
        #expect {
            try Reviews(json: Data(json.utf8), file: "reviews.json")
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }

    /// A file exported by the article page in Chromium (`Scripts/browser-test` saves it beside its screenshots):
    /// the page's decisions from the seed reviews plus one a reviewer made in the browser.
    @Test func readsWhatThePageExports() throws {
        let reviews = try Reviews(contentsOfFile: Fixtures.directory.appendingPathComponent("browser-export-reviews.json").path)
        let applied = reviews.applied(to: Fixtures.seedReport)
        #expect(Set(applied.byClaim.keys) == ["a4", "n2", "n4", "n6"])
        #expect(applied.byClaim["n6"]?.review.decision == .overridden)
        #expect(applied.byClaim["n6"]?.review.verdict == .refuted)
        #expect(applied.byClaim["n6"]?.review.note == "Court filings list 23 states.")
        #expect(applied.byClaim["n6"]?.review.reviewer == "A. Checker")
        #expect(applied.byClaim["n4"]?.review.reviewer == "M. Ortiz")
        #expect(applied.byClaim["n6"]?.claimTextChanged == false)
        #expect(applied.byClaim["a4"]?.claimTextChanged == true, "re-exported unreviewed, the change stays flagged")
        #expect(applied.byClaim["n4"]?.review.note == "Matches the May 17 release.")
        #expect(applied.unmatched.isEmpty)
    }

    @Test func aMissingFileIsAnErrorNamingIt() {
        #expect {
            try Reviews(contentsOfFile: "/nonexistent/reviews.json")
        } throws: { error in
            "\(error)".hasPrefix("/nonexistent/reviews.json: cannot read the file")
        }
    }
}
