import Check

/// A batch's running totals, kept as its articles finish: what `summary.json`, the index page and the closing
/// table need besides the articles' own rows, so that those rows can be written one at a time.
public struct BatchTally: Sendable {
    public private(set) var articles = 0
    public private(set) var counts: [Verdict: Int] = [:]
    /// The most claims of any one article: the index page draws its bars relative to it.
    public private(set) var mostClaims = 0

    public init() {}

    public init(_ entries: [BatchSummary.ArticleEntry]) {
        for entry in entries { add(entry) }
    }

    public mutating func add(_ entry: BatchSummary.ArticleEntry) {
        articles += 1
        var claims = 0
        for (verdict, count) in entry.counts {
            counts[verdict, default: 0] += count
            claims += count
        }
        mostClaims = max(mostClaims, claims)
    }

    public var claims: Int { counts.values.reduce(0, +) }
}
