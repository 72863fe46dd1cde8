import Check
import Claims

// What the templates render: flat, pre-formatted values (the template engine reads them by reflection and
// escapes every `{{value}}`). Optionals are nil rather than empty so that `{{#value}}` sections skip them.

struct ArticlePageModel {
    var title: String
    var byline: String?
    var published: String?
    var publishedLabel: String?
    var source: String
    var url: String?
    var urlHref: String?
    var indexHref: String
    var claimCount: Int
    var verdictChipsHTML: String
    var verdictFiltersHTML: String
    var bodyHTML: String
    var claimListHTML: String
    var unplacedCount: Int?
    var unmatched: UnmatchedReviews?
    var reviewedCount: Int?
    var jsonLD: String
}

struct ClaimModel {
    var id: String
    var number: Int
    var kind: String
    var kindLabel: String
    var text: String
    var verdict: String
    var verdictLabel: String
    var verdictIcon: String
    var explanation: String?
    var evidence: [EvidenceModel]?
    /// The rule that decided, then what the claim says read apart (the number and its bounds, or the
    /// speaker, cue and content), then its sentence.
    var details: [Fact]
    var review: ReviewModel?
    var placed: Bool
}

/// One line of a claim's details or evidence: "Dataset" and "cbp/sw-border-monthly-summary.csv".
struct Fact {
    var term: String
    var detail: String
}

struct EvidenceModel {
    var evidenceRule: String
    var facts: [Fact]
    var table: RowTable?
}

struct RowTable {
    var columns: [String]
    var rows: [TableRow]
}

struct TableRow {
    var line: Int
    var cells: [String]
}

struct ReviewModel {
    var decision: String
    var decisionLabel: String
    var isConfirmed: Bool
    var reviewVerdict: String
    var reviewVerdictLabel: String
    var reviewVerdictIcon: String
    var note: String?
    var reviewer: String?
    var reviewedAt: String?
    var reviewedAtLabel: String?
    var textChanged: Bool
    var reviewedText: String
    var machineVerdictChanged: Bool
    var reviewedMachineVerdict: String
    var reviewedMachineVerdictLabel: String
}

struct UnmatchedReviews {
    var count: Int
    var items: [UnmatchedReviewModel]
}

struct UnmatchedReviewModel {
    var claimID: String
    var claimText: String
    var reviewVerdictLabel: String
    var note: String?
}

struct IndexPageModel {
    var articleCount: Int
    var claimCount: Int
    var totals: [VerdictCount]
    var rows: [IndexRow]
    var failures: [FailureModel]
    var hasFailures: Bool
    var failureCount: Int
}

struct IndexRow {
    var href: String
    var title: String
    var published: String?
    var publishedLabel: String?
    var source: String
    var counts: [VerdictCount]
    var barSegments: [VerdictCount]
    var barLabel: String
    /// The bar's length as a percentage of the longest (the article with most claims); nil without claims.
    var barWidth: Int?
    var total: Int
    var rowFailures: [FailureModel]?
}

struct FailureModel {
    var source: String
    var step: String
    var reason: String
}

enum DateText {
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// "2022-06-07" (or a timestamp starting so) as "7 June 2022"; anything else as given.
    static func label(_ iso: String) -> String {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let month = Int(parts[1]), (1...12).contains(month),
            let day = Int(parts[2])
        else { return iso }
        let date = "\(day) \(months[month - 1]) \(parts[0])"
        let time = iso.dropFirst(10)
        guard time.count >= 6, time.first == "T" || time.first == " " else { return date }
        return date + ", " + time.dropFirst().prefix(5)
    }
}
