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
    /// A dataset's column names with the order that sorts them, made once per dataset and shared by its rows,
    /// so a row of evidence copies no strings and reports write its values in key order without sorting.
    public struct Columns: Sendable {
        public let names: [String]
        /// Positions in `names`, ordered by name (Swift string order, as `JSONEncoder`'s `.sortedKeys`).
        public let sortedPositions: [Int]

        public init(names: [String]) {
            self.names = names
            sortedPositions = names.indices.sorted { names[$0] < names[$1] }
        }
    }

    public struct Row: Sendable, Hashable, Codable {
        /// Line in the dataset file (1-based, header is line 1).
        public var line: Int
        /// The dataset file the row is in.
        public var file: String?
        private var columns: Columns
        /// One per column name, in `columns.names`' order.
        private var cells: [String]

        public init(line: Int, columns: Columns, cells: [String], file: String? = nil) {
            self.line = line
            self.columns = columns
            self.cells = cells
            self.file = file
        }

        public init(line: Int, values: [String: String], file: String? = nil) {
            let pairs = values.sorted { $0.key < $1.key }
            self.init(line: line, columns: Columns(names: pairs.map(\.key)), cells: pairs.map(\.value), file: file)
        }

        /// Column name → cell.
        public var values: [String: String] {
            Dictionary(zip(columns.names, cells), uniquingKeysWith: { _, last in last })
        }

        /// The cells with their column names, ordered by name.
        public var sortedValues: LazyMapSequence<LazyFilterSequence<[Int]>, (column: String, value: String)> {
            let cells = cells, names = columns.names
            return columns.sortedPositions.lazy.filter { $0 < cells.count }.map { (column: names[$0], value: cells[$0]) }
        }

        public static func == (left: Row, right: Row) -> Bool {
            left.line == right.line && left.file == right.file
                && left.sortedValues.elementsEqual(right.sortedValues) { $0.column == $1.column && $0.value == $1.value }
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(line)
            hasher.combine(file)
            for (column, value) in sortedValues {
                hasher.combine(column)
                hasher.combine(value)
            }
        }

        private enum CodingKeys: String, CodingKey { case line, values, file }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                line: try container.decode(Int.self, forKey: .line), values: try container.decode([String: String].self, forKey: .values),
                file: try container.decodeIfPresent(String.self, forKey: .file))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(line, forKey: .line)
            try container.encode(values, forKey: .values)
            try container.encodeIfPresent(file, forKey: .file)
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
}
