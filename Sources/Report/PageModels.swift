import Check
import Claims

// What the templates render: flat, pre-formatted values (the template engine reads them by reflection and
// escapes every `{{value}}`). Optionals are nil rather than empty so that `{{#value}}` sections skip them.

struct ArticlePageModel {
    var title: String
    var source: String
    /// The byline, date and URL.
    var metaHTML: String
    var claimCount: Int
    var verdictChipsHTML: String
    var verdictFiltersHTML: String
    var unplacedCount: Int?
    var unmatched: UnmatchedReviews?
    var reviewedCount: Int?
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

    init(_ failure: BatchSummary.Failure) {
        source = failure.source
        step = failure.step
        reason = failure.reason
    }
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
