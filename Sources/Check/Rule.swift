import Claims

/// A fact-checking rule read from `Rules/*.yaml`: which claims it applies to, where to look, how to compare.
public struct Rule: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A count, amount or rate compared with a value (or a sum or count of values) in a dataset.
        case numeric
        /// A date claim compared with a dated event.
        case date
        /// A speaker's title checked against who held that office on the article's date.
        case officeholder
        /// "the highest since December 1981": the date is checked against the last earlier period at least as
        /// high as the figure the sentence gives, read from the figure's row.
        case record
    }

    public enum VintagePolicy: String, Sendable, CaseIterable {
        /// The newest vintage already public on the article's date.
        case asPublished = "as-published"
        case latest
    }

    /// Which period a claim is checked for.
    public enum PeriodSource: String, Sendable, CaseIterable {
        /// The period the claim's sentence names ("in April").
        case claim
        /// The article's date, whatever the sentence names: for facts stated in the present tense
        /// ("Mexico, a country of 128 million"), where a nearby "in 2018" is about something else.
        case articleDate = "article-date"
    }

    public enum Aggregate: String, Sendable, CaseIterable {
        /// Exactly one row must match.
        case single
        case sum
        case count
    }

    /// What a claim must look like for the rule to apply. Empty lists do not constrain.
    public struct AppliesTo: Sendable {
        public var measures: [Words] = []
        public var measureText: [String] = []
        public var context: [Words] = []
        public var contextText: [String] = []
        /// Words that, right beside the claim's number ("2% target", "earnings were up 5.2%"), say it is some
        /// other figure than the rule's, though the sentence is about the rule's subject.
        public var unlessBeside: [Words] = []
        public var unlessBesideText: [String] = []
        public var kinds: [Quantity.Kind] = []
        public var units: [String] = []
        public var granularities: [Period.Granularity] = []
        /// Rates the rule accepts ("day"); a claim with a rate needs the rule to list it.
        public var rates: [String] = []
    }

    /// A filter on a dataset column: a fixed value, a part of the claim's period, or a value chosen by words.
    public enum FilterValue: Sendable {
        case literal(String)
        case period(PeriodPart)
        /// The first phrase found in the claim's measure or subject picks the value; else the default.
        case words([(phrase: Words, text: String, value: String)], default: String?)
        /// The column's value that the claim's sentence or subject names ("Mexico" for a population).
        case mentioned
    }

    public enum PeriodPart: String, Sendable, CaseIterable {
        case year, month, from, to
        case fiscalYear = "fiscal-year"
        case monthAbbreviation = "month-abbv"
    }

    public struct Filter: Sendable {
        public var column: String
        public var value: FilterValue
    }

    /// "fell to 3.5%": the phrase right before the number claims a change from the previous period, which the
    /// row's `column` must confirm ("fell", "rose", "unchanged").
    public struct Direction: Sendable {
        public var column: String
        public var phrases: [(phrase: Words, text: String, value: String)]
    }

    /// The columns of a figure's row that say since when it is a record (the last earlier period at least as high).
    public struct RecordColumns: Sendable {
        public var year: String
        public var month: String?
    }

    public struct Lookup: Sendable {
        public var dataset: String
        public var value: String?
        public var filters: [Filter] = []
        public var direction: Direction?
        public var record: RecordColumns?
        public var aggregate: Aggregate = .single
        /// How many rows a complete answer has (12 months in a year); fewer or more needs review.
        public var expectedRows: Int?
    }

    /// Columns of an officeholder dataset.
    public struct Offices: Sendable {
        public var role = "role"
        public var name = "name"
        public var start = "start"
        public var end = "end"
        /// Titles as journalists write them → the role as the dataset names it.
        public var aliases: [String: String] = [:]
    }

    public struct Example: Sendable {
        public var sentence: String
        public var date: Day?
        public var verdict: Verdict
        public var line: Int
    }

    public var id: String
    public var description: String
    public var kind: Kind
    public var appliesTo: AppliesTo
    public var lookup: Lookup
    public var offices: Offices
    /// Relative tolerance for "about X" and "nearly X" (0.05 = 5%); set explicitly, it also widens a bare number.
    public var tolerance: Double
    public var toleranceIsExplicit: Bool
    /// Phrases that, when the sentence also names one, make a mismatch need review instead of refute it:
    /// the number may be about that part or that other event ("Office of Field Operations", "blocked").
    public var ambiguousWith: [Words]
    public var ambiguousWithText: [String]
    public var vintage: VintagePolicy
    public var period: PeriodSource = .claim
    /// How the explanation words the reference ("CBP reported {value} … for {period}").
    public var says: String?
    public var examples: [Example]
    public var file: String
    public var line: Int

    public static let defaultTolerance = 0.05
}
