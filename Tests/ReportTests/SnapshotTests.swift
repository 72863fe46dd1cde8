import Check
import Foundation
import Testing

@testable import Report

/// The generated pages, byte for byte, against the files in Snapshots/ (the browser test opens those same
/// files). After an intended change, regenerate them with `UPDATE_SNAPSHOTS=1 swift test --filter ReportTests`
/// and review the diff.
@Suite struct SnapshotTests {
    static let reviewDate = "2022-06-08"

    static func render(_ snapshot: String) throws -> String {
        let writer = try HTMLReportWriter(claimReviewWriter: ClaimReviewWriter(datePublished: reviewDate))
        let seedReviews = try Reviews(json: Data(Fixtures.seedReviewsJSON.utf8), file: "reviews.json")
        switch snapshot {
        case "seed-article.html":
            let report = Fixtures.seedReport
            return writer.articlePage(report, name: "caravan-article", reviews: seedReviews.applied(to: report))
        case "hostile-article.html":
            return writer.articlePage(Fixtures.hostileReport, name: "hostile page")
        case "index.html":
            return writer.indexPage(Fixtures.batchSummary)
        case "seed-claimreview.jsonl":
            let report = Fixtures.seedReport
            return ClaimReviewWriter(datePublished: reviewDate)
                .jsonLines(for: report, pageName: "caravan-article", reviews: seedReviews.applied(to: report))
                .map { $0 + "\n" }.joined()
        default:
            throw SnapshotError.unknown(snapshot)
        }
    }

    enum SnapshotError: Error { case unknown(String) }

    @Test(arguments: ["seed-article.html", "hostile-article.html", "index.html", "seed-claimreview.jsonl"])
    func matchesSnapshot(_ snapshot: String) throws {
        let actual = try Self.render(snapshot)
        let file = Fixtures.snapshots.appendingPathComponent(snapshot)
        if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] != nil {
            try actual.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(
            actual == expected,
            """
            \(snapshot) differs from the snapshot at line \(firstDifference.map { $0.offset + 1 } ?? min(actualLines.count, expectedLines.count) + 1):
            expected: \(firstDifference.map { String($0.element.1) } ?? "(\(expectedLines.count) lines)")
            actual:   \(firstDifference.map { String($0.element.0) } ?? "(\(actualLines.count) lines)")
            """)
    }
}
