import Claims

/// Exactly one per claim.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    case supported
    case refuted
    case unverifiable
    case needsReview = "needs-review"
}

/// What a reviewer needs to follow a verdict.
public struct Evidence: Sendable, Hashable, Codable {
    public struct Row: Sendable, Hashable, Codable {
        /// Line in the dataset file (1-based, header is line 1).
        public var line: Int
        public var values: [String: String]
        /// The dataset file the row is in.
        public var file: String?
        public init(line: Int, values: [String: String], file: String? = nil) {
            self.line = line
            self.values = values
            self.file = file
        }
    }

    public var rule: String
    public var dataset: String?
    /// The vintage used ("2022-05-17"), and the other vintages' values where they differ.
    public var vintage: String?
    public var rows: [Row]
    public var referenceValue: Double?
    /// Reference value under another vintage (e.g. the later revision), when it differs.
    public var otherVintages: [String: Double]
    public var claimedValue: Double?
    public var claimedLower: Double?
    public var claimedUpper: Double?
    /// The comparison done, in words and arithmetic ("234,088 > 234,000").
    public var comparison: String?

    public init(
        rule: String, dataset: String? = nil, vintage: String? = nil, rows: [Row] = [], referenceValue: Double? = nil,
        otherVintages: [String: Double] = [:], claimedValue: Double? = nil, claimedLower: Double? = nil,
        claimedUpper: Double? = nil, comparison: String? = nil
    ) {
        self.rule = rule
        self.dataset = dataset
        self.vintage = vintage
        self.rows = rows
        self.referenceValue = referenceValue
        self.otherVintages = otherVintages
        self.claimedValue = claimedValue
        self.claimedLower = claimedLower
        self.claimedUpper = claimedUpper
        self.comparison = comparison
    }
}

/// A claim with its verdict.
public struct CheckedClaim: Sendable, Hashable {
    public var claim: Claim
    public var verdict: Verdict
    /// The rule that decided, nil when none applied.
    public var rule: String?
    public var evidence: [Evidence]
    /// One sentence a reviewer can read.
    public var explanation: String

    public init(claim: Claim, verdict: Verdict, rule: String?, evidence: [Evidence], explanation: String) {
        self.claim = claim
        self.verdict = verdict
        self.rule = rule
        self.evidence = evidence
        self.explanation = explanation
    }
}

/// The check stage's output for one article: what the reports render.
public struct ArticleReport: Sendable {
    public var source: String
    public var title: String?
    public var byline: [String]
    public var published: String?
    public var url: String?
    /// The article text the claim offsets index into (paragraphs joined by "\n\n").
    public var paragraphs: [String]
    public var claims: [CheckedClaim]

    public init(
        source: String, title: String?, byline: [String], published: String?, url: String?, paragraphs: [String],
        claims: [CheckedClaim]
    ) {
        self.source = source
        self.title = title
        self.byline = byline
        self.published = published
        self.url = url
        self.paragraphs = paragraphs
        self.claims = claims
    }

    public var text: String { paragraphs.joined(separator: "\n\n") }
}

/// What a batch run produced, for `summary.json` and the batch index page.
public struct BatchSummary: Sendable {
    public struct ArticleEntry: Sendable {
        public var source: String
        /// The report's base name in the output folder (`NAME.json`, `NAME.html`).
        public var name: String
        public var title: String?
        public var published: String?
        public var counts: [Verdict: Int]
        public init(source: String, name: String, title: String?, published: String?, counts: [Verdict: Int]) {
            self.source = source
            self.name = name
            self.title = title
            self.published = published
            self.counts = counts
        }
    }

    public struct Failure: Sendable {
        public var source: String
        /// The pipeline step that failed ("ingest", "claims", "check", "report").
        public var step: String
        public var reason: String
        public init(source: String, step: String, reason: String) {
            self.source = source
            self.step = step
            self.reason = reason
        }
    }

    public var articles: [ArticleEntry]
    public var failures: [Failure]
    /// Set when a signal stopped the batch: the articles not started, left for a re-run.
    public var interruption: Interruption?

    public struct Interruption: Sendable {
        public var signal: String
        public var unfinished: [String]
        public init(signal: String, unfinished: [String]) {
            self.signal = signal
            self.unfinished = unfinished
        }
    }

    public init(articles: [ArticleEntry], failures: [Failure]) {
        self.articles = articles
        self.failures = failures
    }

    public var totals: [Verdict: Int] {
        articles.reduce(into: [:]) { totals, entry in
            for (verdict, count) in entry.counts { totals[verdict, default: 0] += count }
        }
    }
}
