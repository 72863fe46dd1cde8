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
    /// Nil when the rule's dataset is not loaded.
    let lookup: Lookup?
    let says: SaysTemplate?

    /// What looking a claim up needs besides the rule: its filter columns and the dataset's rows indexed by them.
    struct Lookup: Sendable {
        /// The distinct filter columns, in the order the rule first names them.
        let columns: [String]
        /// Each filter's place in `columns` (a column named twice keeps the value set last).
        let slots: [Int]
        /// The columns' positions in a row's cells; fewer than the columns when one is missing, so no row matches.
        let positions: [Int]
        /// The columns' normalized values → row numbers, in file order.
        let rowsByValues: [[String]: [Int]]

        init(_ rule: Rule, dataset: Dataset, rows: [[String]: [Int]]) {
            let columns = PreparedRule.filterColumns(of: rule)
            self.columns = columns
            slots = rule.lookup.filters.map { filter in columns.firstIndex(of: filter.column) ?? 0 }
            positions = columns.compactMap { dataset.columnPositions[$0] }
            rowsByValues = rows
        }

        /// The rows whose cells equal the values, one per column (compared as the column's type), in file order:
        /// what `Dataset.rows(matching:)` finds, in one dictionary lookup.
        func rows(_ dataset: Dataset, matching values: [String]) -> [Dataset.Row] {
            guard positions.count == values.count else { return [] }
            let key = zip(positions, values).map { dataset.normalize($1, position: $0) }
            return (rowsByValues[key] ?? []).map { dataset.rows[$0] }
        }
    }

    /// The distinct columns a rule filters on, in the order it first names them.
    static func filterColumns(of rule: Rule) -> [String] {
        var columns: [String] = []
        for filter in rule.lookup.filters where !columns.contains(filter.column) { columns.append(filter.column) }
        return columns
    }

    init(_ rule: Rule, book: PhraseBook, unlessBesideList: Int?, lookup: Lookup?) {
        self.rule = rule
        self.lookup = lookup
        says = rule.says.map(SaysTemplate.init)
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

/// A rule's `says` template cut at its placeholders once, so that an explanation is filled in without scanning it.
struct SaysTemplate: Sendable {
    enum Part: Sendable { case text(String), value, period, claimed, dataset }
    let parts: [Part]

    init(_ template: String) {
        var parts: [Part] = []
        var rest = Substring(template)
        // Placeholders were checked when the rule loaded; any other braces stay as written.
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            parts.append(.text(String(rest[..<open])))
            switch rest[rest.index(after: open)..<close] {
            case "value": parts.append(.value)
            case "period": parts.append(.period)
            case "claimed": parts.append(.claimed)
            case "dataset": parts.append(.dataset)
            default: parts.append(.text(String(rest[open...close])))
            }
            rest = rest[rest.index(after: close)...]
        }
        parts.append(.text(String(rest)))
        self.parts = parts
    }

    func filled(value: String, period: String, claimed: String, dataset: String) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text): result += text
            case .value: result += value
            case .period: result += period
            case .claimed: result += claimed
            case .dataset: result += dataset
            }
        }
        return result
    }
}
