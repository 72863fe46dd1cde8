import Sentences

// The values the claims stage hands to the check stage. Offsets are Unicode code points into
// the text the claims were extracted from (for an article, `Article.text`).

/// A half-open span of code points.
public struct Span: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A resolved calendar period: "in April" in an article of 2022-06-07 is 2022-04-01...2022-04-30.
public struct Period: Sendable, Hashable, Codable {
    public enum Granularity: String, Sendable, Codable { case day, week, month, quarter, year, fiscalYear, range }
    /// The words as written ("in April alone", "October last year"), with their span.
    public var text: String
    public var start: Int
    public var end: Int
    /// First and last day, ISO 8601 ("2022-04-01", "2022-04-30"); nil when not resolvable.
    public var from: String?
    public var to: String?
    public var granularity: Granularity

    public init(text: String, start: Int, end: Int, from: String?, to: String?, granularity: Granularity) {
        self.text = text
        self.start = start
        self.end = end
        self.from = from
        self.to = to
        self.granularity = granularity
    }
}

/// A number mention read exactly.
public struct Quantity: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable { case count, money, percent, ordinal, date, duration, year, range, ratio }

    /// How the approximator bounds the true value relative to the stated one.
    public enum Bound: String, Sendable, Codable {
        case exact              // "234,000" (read with its stated precision)
        case approximate        // about, approximately, around, roughly, some, an estimated
        case greaterThan        // more than, over, above, exceeding, upwards of
        case atLeast            // at least, no fewer than, X or more
        case justBelow          // nearly, almost, just under, close to
        case lessThan           // less than, under, fewer than
        case atMost             // up to, as many as, at most
        case between            // between X and Y, X to Y, X-Y
        case vague              // dozens of, hundreds of, a couple of
    }

    public var text: String
    public var start: Int
    public var end: Int
    /// The value as stated (for a range, nil; see lower/upper).
    public var value: Double?
    /// Resolved bounds implied by the approximator or the range (nil where open).
    public var lower: Double?
    public var upper: Double?
    public var kind: Kind
    /// "USD", "%", "km", or the counted noun ("visas").
    public var unit: String?
    /// The approximator words as written ("more than"), nil when none.
    public var approximator: String?
    public var bound: Bound
    /// "day" for "a day", "month" for "per month", "year" for "annually".
    public var rate: String?
    /// For dates and years: the resolved period.
    public var period: Period?
    /// The unit of the last stated digit: 1000 for "234,000", 0.1 for "4.5", 100000 for "1.5 million";
    /// nil where rounding does not apply (ordinals, ratios, dates).
    public var precision: Double?
    /// A change the number states: "increase" ("rose 3 points", "doubled"), "decrease", "highest since".
    public var comparative: String?
    /// What a change is measured against, as written: "a year earlier" in "up 20% from a year earlier".
    public var baseline: String?

    public init(
        text: String, start: Int, end: Int, value: Double?, lower: Double? = nil, upper: Double? = nil,
        kind: Kind, unit: String? = nil, approximator: String? = nil, bound: Bound = .exact, rate: String? = nil,
        period: Period? = nil, precision: Double? = nil, comparative: String? = nil, baseline: String? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.lower = lower
        self.upper = upper
        self.kind = kind
        self.unit = unit
        self.approximator = approximator
        self.bound = bound
        self.rate = rate
        self.period = period
        self.precision = precision
        self.comparative = comparative
        self.baseline = baseline
    }
}

/// A checkable number in its sentence: what it counts, where, and when.
public struct NumericClaim: Sendable, Hashable, Codable {
    public var id: String
    public var text: String
    public var sentence: String
    public var start: Int
    public var end: Int
    public var quantity: Quantity
    /// The noun phrase counted ("encounters", "temporary work visas", "Republican states").
    public var measure: String?
    /// Context words rules match on ("along the border", "CBP"), lower-cased lemmas kept as written.
    public var subject: [String]
    public var period: Period?
    /// The id of the attribution whose content holds this claim, if any.
    public var attribution: String?

    public init(
        id: String, text: String, sentence: String, start: Int, end: Int, quantity: Quantity, measure: String?,
        subject: [String], period: Period?, attribution: String? = nil
    ) {
        self.id = id
        self.text = text
        self.sentence = sentence
        self.start = start
        self.end = end
        self.quantity = quantity
        self.measure = measure
        self.subject = subject
        self.period = period
        self.attribution = attribution
    }
}

/// Who said what, to whom, when.
public struct AttributionClaim: Sendable, Hashable, Codable {
    public enum SpeakerKind: String, Sendable, Codable { case person, group, organization, anonymous, document }
    public enum CueClass: String, Sendable, Codable { case assertion, belief, claim, finding }
    public enum Directness: String, Sendable, Codable { case direct, indirect, mixed }

    public var id: String
    public var text: String
    public var sentence: String
    public var start: Int
    public var end: Int
    /// The source as written ("Caravan leader Luis Villigran", "he", "Border Patrol officials").
    public var source: String
    public var sourceSpan: Span?
    /// The resolved name ("Alejandro Mayorkas" for "he"), nil when the article gives none.
    public var speaker: String?
    /// Role kept apart from the name ("Homeland Security Secretary").
    public var title: String?
    public var speakerKind: SpeakerKind
    /// The cue as written ("told", "according to", ":") and its lemma ("tell").
    public var cue: String
    public var cueLemma: String
    public var cueSpan: Span?
    public var cueClass: CueClass
    public var negated: Bool
    /// The content, joined with " … " when discontinuous, and its spans.
    public var content: String
    public var contentSpans: [Span]
    public var direct: Directness
    /// "Fox News" in "told Fox News".
    public var channel: String?
    /// When the statement was made, resolved ("last month" → May 2022).
    public var when: Period?
    /// The attribution this one is nested in ("Mexican officials have told him" inside Villigran's).
    public var parent: String?

    public init(
        id: String, text: String, sentence: String, start: Int, end: Int, source: String, sourceSpan: Span?,
        speaker: String?, title: String?, speakerKind: SpeakerKind, cue: String, cueLemma: String, cueSpan: Span?,
        cueClass: CueClass, negated: Bool, content: String, contentSpans: [Span], direct: Directness,
        channel: String?, when: Period?, parent: String? = nil
    ) {
        self.id = id
        self.text = text
        self.sentence = sentence
        self.start = start
        self.end = end
        self.source = source
        self.sourceSpan = sourceSpan
        self.speaker = speaker
        self.title = title
        self.speakerKind = speakerKind
        self.cue = cue
        self.cueLemma = cueLemma
        self.cueSpan = cueSpan
        self.cueClass = cueClass
        self.negated = negated
        self.content = content
        self.contentSpans = contentSpans
        self.direct = direct
        self.channel = channel
        self.when = when
        self.parent = parent
    }
}

/// Every claim the check stage can verify.
public enum Claim: Sendable, Hashable {
    case numeric(NumericClaim)
    case attribution(AttributionClaim)

    public var id: String {
        switch self {
        case .numeric(let claim): claim.id
        case .attribution(let claim): claim.id
        }
    }

    public var start: Int {
        switch self {
        case .numeric(let claim): claim.start
        case .attribution(let claim): claim.start
        }
    }
}
