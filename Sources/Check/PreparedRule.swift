import Claims

/// A rule phrase with its number in the verifier's phrase book: a sentence remembers what it answered for the
/// phrase in an array slot, instead of hashing the phrase's stems on every question. Phrases of a rule the
/// verifier was not built with have no number and take the slower path.
struct Phrase: Sendable {
    let words: Words
    let id: Int?
}

/// Numbers every distinct phrase of the rules and datasets a verifier is built with.
struct PhraseBook: Sendable {
    private var ids: [[String]: Int] = [:]

    var count: Int { ids.count }

    /// The phrase numbered, adding it when it is new.
    mutating func add(_ words: Words) -> Phrase {
        if let id = ids[words.stems] { return Phrase(words: words, id: id) }
        let id = ids.count
        ids[words.stems] = id
        return Phrase(words: words, id: id)
    }

    /// The phrase with its number when the book has it.
    func phrase(_ words: Words) -> Phrase { Phrase(words: words, id: ids[words.stems]) }
}

/// A rule with what deciding whether it applies needs, read once when the verifier is built; held by reference,
/// so that testing a claim against it copies no `Rule` (a struct of many arrays and strings).
final class PreparedRule: Sendable {
    let rule: Rule
    /// The quantity kinds the rule takes: its own list, else its kind's defaults.
    let kinds: [Quantity.Kind]
    let measures: [Phrase]
    let context: [Phrase]
    let unlessBeside: [Phrase]
    let ambiguousWith: [Phrase]
    let granularities: [Period.Granularity]
    /// Units and rates lower-cased, as claims are compared with them.
    let units: [String]
    let rates: [String]
    /// Numbers the rule's `unless-beside` list, so a sentence answers once for every rule sharing it; nil for a
    /// rule the verifier was not built with.
    let unlessBesideList: Int?

    init(_ rule: Rule, book: PhraseBook, unlessBesideList: Int?) {
        self.rule = rule
        let applies = rule.appliesTo
        kinds = applies.kinds.isEmpty ? PreparedRule.defaultKinds(rule.kind) : applies.kinds
        measures = applies.measures.map(book.phrase)
        context = applies.context.map(book.phrase)
        unlessBeside = applies.unlessBeside.map(book.phrase)
        ambiguousWith = rule.ambiguousWith.map(book.phrase)
        granularities = applies.granularities
        units = applies.units.map { $0.lowercased() }
        rates = applies.rates.map { $0.lowercased() }
        self.unlessBesideList = unlessBesideList
    }

    static func defaultKinds(_ kind: Rule.Kind) -> [Quantity.Kind] {
        switch kind {
        case .date: [.date]
        case .record: [.date, .year]
        case .numeric, .officeholder: [.count]
        }
    }

    /// The phrases a verifier numbers for a rule: those its applicability and ambiguity tests ask of sentences.
    static func phrases(of rule: Rule) -> [Words] {
        rule.appliesTo.measures + rule.appliesTo.context + rule.appliesTo.unlessBeside + rule.ambiguousWith
    }
}
