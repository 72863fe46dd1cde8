import Claims
import Foundation

/// Gives every claim exactly one verdict by matching it to rules and comparing it with reference data.
public struct Verifier: Sendable {
    public let rules: RuleSet
    public let library: ReferenceLibrary
    /// Per officeholder rule: normalized title words → the role as the dataset names it.
    let rolesByRule: [String: [String: String]]
    /// Per officeholder rule: role → its terms, dates parsed once.
    let termsByRule: [String: [String: [Term]]]
    /// Per dataset and column filtered with `{mentioned}`: each distinct value with its words, longest first.
    let mentionable: [String: [(words: Words, value: String)]]
    /// The rules in file order, prepared for matching claims.
    let prepared: [PreparedRule]
    /// Every phrase the rules ask of sentences, numbered.
    let phraseBook: PhraseBook

    public init(rules: RuleSet, library: ReferenceLibrary) {
        self.rules = rules
        self.library = library
        var book = PhraseBook()
        for rule in rules.rules {
            for phrase in PreparedRule.phrases(of: rule) { _ = book.add(phrase) }
        }
        phraseBook = book
        var rolesByRule: [String: [String: String]] = [:]
        var termsByRule: [String: [String: [Term]]] = [:]
        for rule in rules.rules where rule.kind == .officeholder {
            guard let dataset = library.datasets[rule.lookup.dataset] else { continue }
            (rolesByRule[rule.id], termsByRule[rule.id]) = Verifier.offices(rule, dataset)
        }
        self.rolesByRule = rolesByRule
        self.termsByRule = termsByRule
        var mentionable: [String: [(words: Words, value: String)]] = [:]
        for rule in rules.rules {
            guard let dataset = library.datasets[rule.lookup.dataset] else { continue }
            for filter in rule.lookup.filters {
                guard case .mentioned = filter.value, mentionable[dataset.name + "/" + filter.column] == nil else { continue }
                mentionable[dataset.name + "/" + filter.column] = Verifier.mentionableValues(dataset, column: filter.column)
            }
        }
        self.mentionable = mentionable
        var unlessBesideLists: [[[String]]: Int] = [:]
        var rowIndexes: [[String]: [[String]: [Int]]] = [:]
        var prepared: [PreparedRule] = []
        for rule in rules.rules {
            let list = rule.appliesTo.unlessBeside.map(\.stems)
            let number = unlessBesideLists[list] ?? unlessBesideLists.count
            unlessBesideLists[list] = number
            var lookup: PreparedRule.Lookup?
            if let dataset = library.datasets[rule.lookup.dataset] {
                // Rules filtering a dataset on the same columns share one index of its rows.
                let columns = PreparedRule.filterColumns(of: rule)
                let key = [dataset.name] + columns
                let rows = rowIndexes[key] ?? dataset.rowNumbers(byValuesOf: columns)
                rowIndexes[key] = rows
                lookup = PreparedRule.Lookup(rule, dataset: dataset, rows: rows)
            }
            prepared.append(PreparedRule(rule, book: book, unlessBesideList: number, lookup: lookup))
        }
        self.prepared = prepared
    }

    /// An officeholder dataset's roles by title key (plus the rule's aliases) and terms by role.
    static func offices(_ rule: Rule, _ dataset: Dataset) -> ([String: String], [String: [Term]]) {
        var roles: [String: String] = [:]
        var terms: [String: [Term]] = [:]
        for row in dataset.rows {
            guard let role = dataset.cell(row, rule.offices.role) else { continue }
            roles[titleKey(role).key] = role
            if let name = dataset.cell(row, rule.offices.name), let start = dataset.cell(row, rule.offices.start).flatMap(Day.init(iso:)) {
                let end = dataset.cell(row, rule.offices.end).flatMap(Day.init(iso:))
                terms[role, default: []].append(Term(row: row, name: name, start: start, end: end))
            }
        }
        for (title, role) in rule.offices.aliases { roles[titleKey(title).key] = role }
        return (roles, terms)
    }

    /// A column's distinct values with their words, longest name first ("South Africa" before "Africa").
    static func mentionableValues(_ dataset: Dataset, column: String) -> [(words: Words, value: String)] {
        let values = Set(dataset.rows.compactMap { dataset.cell($0, column) }.filter { !$0.isEmpty })
        return values.map { (Words($0), $0) }.sorted { a, b in
            a.words.stems.count != b.words.stems.count ? a.words.stems.count > b.words.stems.count : a.value < b.value
        }
    }

    /// One rule's verdict on one claim.
    public struct Outcome: Sendable {
        public var verdict: Verdict
        public var evidence: Evidence
        public var explanation: String
    }

    /// Why a rule was or was not used for a claim, for `claimcheck explain`.
    public struct Consideration: Sendable {
        public var rule: String
        /// Nil when the rule applied; otherwise why not.
        public var skipped: String?
        public var outcome: Outcome?
    }

    /// Checks an article's claims; each sees the other claims of its sentence (a record's figure).
    public func check(_ claims: [Claim], articleDate: Day?) -> [CheckedClaim] {
        check(claims, articleDate: articleDate, proceed: { _ in true }) ?? []
    }

    /// Checks the claims in order, each with the other claims of its sentence; `proceed` is asked after each
    /// claim how many are done, and stops the run (nil) when it says no — a deadline for pathological pages.
    public func check(_ claims: [Claim], articleDate: Day?, proceed: (_ done: Int) -> Bool) -> [CheckedClaim]? {
        let (contexts, contextOfClaim) = SentenceContext.grouped(claims)
        var checked: [CheckedClaim] = []
        checked.reserveCapacity(claims.count)
        for (position, claim) in claims.enumerated() {
            checked.append(check(claim, articleDate: articleDate, context: contexts[contextOfClaim[position]]))
            guard proceed(checked.count) else { return nil }
        }
        return checked
    }

    /// One claim's verdict; `siblings` are the claims of its sentence (a record's figure is among them).
    public func check(_ claim: Claim, articleDate: Day?, siblings: [Claim] = []) -> CheckedClaim {
        check(claim, articleDate: articleDate, context: SentenceContext(sentence: claim.sentenceText, claims: siblings))
    }

    func check(_ claim: Claim, articleDate: Day?, context: SentenceContext) -> CheckedClaim {
        let words = ClaimWords(claim, sentence: context.words)
        var outcomes: [(rule: String, outcome: Outcome)] = []
        for position in candidates(for: claim, words: words) {
            let rule = prepared[position]
            guard applies(rule, to: claim, words: words) else { continue }
            outcomes.append((rule.rule.id, evaluate(rule, claim, words: words, articleDate: articleDate, context: context)))
        }
        return decide(claim, outcomes: outcomes)
    }

    /// Every rule, whether it applied, and what it found; then the verdict.
    public func explain(_ claim: Claim, articleDate: Day?, siblings: [Claim] = []) -> (considered: [Consideration], checked: CheckedClaim) {
        var considered: [Consideration] = []
        var outcomes: [(String, Outcome)] = []
        let context = SentenceContext(sentence: claim.sentenceText, claims: siblings)
        let words = ClaimWords(claim, sentence: context.words)
        for rule in prepared {
            if let reason = applicability(of: rule, to: claim, words: words) {
                considered.append(Consideration(rule: rule.rule.id, skipped: reason, outcome: nil))
            } else {
                let outcome = evaluate(rule, claim, words: words, articleDate: articleDate, context: context)
                outcomes.append((rule.rule.id, outcome))
                considered.append(Consideration(rule: rule.rule.id, skipped: nil, outcome: outcome))
            }
        }
        return (considered, decide(claim, outcomes: outcomes))
    }

    func candidates(for claim: Claim, words: ClaimWords) -> [Int] {
        switch claim {
        case .numeric: words.measure.map(rules.candidates(measure:)) ?? words.sentence.candidates(in: rules)
        case .attribution: rules.officeholder
        }
    }

    /// A claim's words, read once and matched against every candidate rule; the sentence's are shared.
    struct ClaimWords {
        /// Nil when the claim names nothing it counts ("Encounters … topped 234,000"), so the sentence stands in for it.
        var measure: Words?
        var sentence: SentenceWords
        var subject: [Words]
        /// The quantity's unit and rate lower-cased, as rules list them.
        var unit: String
        var rate: String?
        /// An attribution's title as an order-free key, and its qualifiers ("former"), read once for every rule.
        var title: (key: String, qualifiers: Set<String>)

        init(_ claim: Claim, sentence: SentenceWords) {
            self.sentence = sentence
            switch claim {
            case .numeric(let numeric):
                subject = numeric.subject.map(Words.init)
                let measure = Words(numeric.measure ?? "")
                self.measure = measure.isEmpty ? nil : measure
                unit = numeric.quantity.unit?.lowercased() ?? ""
                rate = numeric.quantity.rate?.lowercased()
                title = ("", [])
            case .attribution(let attribution):
                measure = Words(stems: [])
                subject = []
                unit = ""
                title = Verifier.titleKey(attribution.title ?? "")
            }
        }

        var measureFromSentence: Bool { measure == nil }

        func measureContains(_ phrase: Phrase) -> Bool { measure?.contains(phrase.words) ?? sentence.contains(phrase) }
    }

    /// One verdict from the applicable rules: agreement decides, disagreement needs review.
    func decide(_ claim: Claim, outcomes: [(rule: String, outcome: Outcome)]) -> CheckedClaim {
        guard let first = outcomes.first else {
            return CheckedClaim(claim: claim, verdict: .unverifiable, rule: nil, evidence: [], explanation: noRuleExplanation(claim))
        }
        let decisive = outcomes.filter { $0.outcome.verdict == .supported || $0.outcome.verdict == .refuted }
        if let chosen = decisive.first {
            if decisive.allSatisfy({ $0.outcome.verdict == chosen.outcome.verdict }) {
                return CheckedClaim(claim: claim, verdict: chosen.outcome.verdict, rule: chosen.rule, evidence: decisive.map(\.outcome.evidence), explanation: chosen.outcome.explanation)
            }
            let positions = decisive.map { "\($0.rule) says \($0.outcome.verdict.rawValue)" }.joined(separator: ", ")
            return CheckedClaim(
                claim: claim, verdict: .needsReview, rule: chosen.rule, evidence: decisive.map(\.outcome.evidence),
                explanation: "Rules disagree (\(positions)): needs review.")
        }
        let chosen = outcomes.first { $0.outcome.verdict == .needsReview } ?? first
        return CheckedClaim(claim: claim, verdict: chosen.outcome.verdict, rule: chosen.rule, evidence: outcomes.map(\.outcome.evidence), explanation: chosen.outcome.explanation)
    }

    func noRuleExplanation(_ claim: Claim) -> String {
        switch claim {
        case .numeric(let numeric):
            let measure = numeric.measure.map { " \($0)" } ?? ""
            let rate = numeric.quantity.rate.map { " per \($0)" } ?? ""
            return "Claimed \(Format.claimed(numeric.quantity))\(measure)\(rate); no rule applies to this claim: unverifiable."
        case .attribution(let attribution):
            let who = [attribution.title, attribution.speaker].compactMap { $0 }.joined(separator: " ")
            let named = who.isEmpty ? attribution.source : who
            return "\(named.isEmpty ? "The attribution" : named): no rule checks this speaker or title: unverifiable."
        }
    }

    // MARK: Which rules apply

    /// Nil when the rule applies to the claim; otherwise the reason it does not.
    public func applicability(of rule: Rule, to claim: Claim) -> String? {
        let prepared = PreparedRule(rule, book: phraseBook, unlessBesideList: nil, lookup: nil)
        return applicability(of: prepared, to: claim, words: ClaimWords(claim, sentence: SentenceWords(claim.sentenceText)))
    }

    func applicability(of rule: PreparedRule, to claim: Claim, words: ClaimWords) -> String? {
        switch claim {
        case .attribution(let attribution):
            return officeApplicability(of: rule.rule, to: attribution, titleKey: words.title.key)
        case .numeric(let numeric):
            guard let failed = Condition.allCases.first(where: { !holds($0, rule, numeric, words) }) else { return nil }
            return reason(failed, rule, numeric, words)
        }
    }

    /// Whether the rule applies, as `applicability` answers nil, without wording why not.
    func applies(_ rule: PreparedRule, to claim: Claim, words: ClaimWords) -> Bool {
        switch claim {
        case .attribution(let attribution): officeApplicability(of: rule.rule, to: attribution, titleKey: words.title.key) == nil
        case .numeric(let numeric): Condition.cheapestFirst.allSatisfy { holds($0, rule, numeric, words) }
        }
    }

    func officeApplicability(of rule: Rule, to attribution: AttributionClaim, titleKey: String) -> String? {
        guard rule.kind == .officeholder else { return "a \(rule.kind.rawValue) rule; this claim is an attribution" }
        guard let title = attribution.title, !title.isEmpty else { return "the speaker is given no title" }
        guard role(forKey: titleKey, rule: rule) != nil else {
            return "'\(title)' names no office in \(rule.lookup.dataset)"
        }
        return nil
    }

    /// What a numeric claim must satisfy for a rule to apply, in the order `explain` names the first one failed.
    enum Condition: CaseIterable {
        case kind, measure, context, unlessBeside, unit, rate, granularity

        /// The same conditions cheapest first: `check` only needs to know whether all hold, and most rules are
        /// ruled out by the claim's kind, unit or period before any phrase is looked up.
        static let cheapestFirst: [Condition] = [.kind, .unit, .rate, .granularity, .measure, .context, .unlessBeside]
    }

    func holds(_ condition: Condition, _ rule: PreparedRule, _ claim: NumericClaim, _ words: ClaimWords) -> Bool {
        switch condition {
        case .kind:
            return rule.rule.kind != .officeholder && rule.kinds.contains(claim.quantity.kind)
        case .measure:
            return rule.measures.isEmpty || rule.measures.contains(where: words.measureContains)
        case .context:
            return rule.context.isEmpty || rule.context.contains { phrase in
                words.sentence.contains(phrase) || words.subject.contains { $0.contains(phrase.words) }
            }
        case .unlessBeside:
            return phraseBeside(rule, claim: claim, in: words.sentence) == nil
        case .unit:
            return rule.units.isEmpty || rule.units.contains(words.unit)
        case .rate:
            guard let rate = words.rate else { return rule.rates.isEmpty }
            return rule.rates.contains(rate)
        case .granularity:
            guard !rule.granularities.isEmpty, let period = claimPeriod(rule.rule, claim) else { return true }
            return rule.granularities.contains(period.granularity)
        }
    }

    /// Why a numeric claim fails `condition`, for `explain`.
    func reason(_ condition: Condition, _ prepared: PreparedRule, _ claim: NumericClaim, _ words: ClaimWords) -> String {
        let rule = prepared.rule
        let quantity = claim.quantity
        let applies = rule.appliesTo
        switch condition {
        case .kind:
            guard rule.kind != .officeholder else { return "an officeholder rule; this claim is numeric" }
            return "the quantity is a \(quantity.kind.rawValue); the rule takes \(prepared.kinds.map(\.rawValue).joined(separator: ", "))"
        case .measure:
            let measure = words.measureFromSentence ? "the sentence" : "'\(claim.measure ?? "")'"
            return "\(measure) names none of: \(applies.measureText.joined(separator: ", "))"
        case .context:
            return "none of the context words (\(applies.contextText.joined(separator: ", "))) is in the sentence"
        case .unlessBeside:
            let phrase = phraseBeside(prepared, claim: claim, in: words.sentence) ?? 0
            return "'\(applies.unlessBesideText[phrase])' beside the number says it is another figure"
        case .unit:
            return "the unit '\(quantity.unit ?? "none")' is none of: \(applies.units.joined(separator: ", "))"
        case .rate:
            if let rate = quantity.rate { return "the claim is a rate per \(rate); the rule lists no such rate" }
            return "the rule is for rates (per \(applies.rates.joined(separator: ", "))); the claim is not a rate"
        case .granularity:
            let period = claimPeriod(rule, claim)
            return "the period '\(period?.text ?? "")' is a \(period?.granularity.rawValue ?? ""); the rule takes \(applies.granularities.map(\.rawValue).joined(separator: ", "))"
        }
    }

    /// How many words before the claim's words (the number, its approximator and unit), and after them, count as
    /// beside it: "earnings were up 5.2%", "2% target", "7 million people leave".
    static let besideBefore = 3, besideAfter = 1

    /// The position in the rule's `unless-beside` phrases of one found beside every place the number is written in
    /// the sentence (the claim does not say which of two equal numbers it is, so each must be beside one).
    func phraseBeside(_ rule: PreparedRule, claim: NumericClaim, in sentence: SentenceWords) -> Int? {
        let phrases = rule.unlessBeside
        guard !phrases.isEmpty else { return nil }
        // The claim's own words: the number, its approximator and unit.
        let number = Words(claim.text)
        guard !number.isEmpty else { return nil }
        func find() -> Int? {
            let stems = sentence.words.stems
            var found: Int?
            for start in sentence.starts(of: number) {
                let end = start + number.stems.count
                let before = Words(stems: Array(stems[max(0, start - Self.besideBefore)..<start]))
                let after = Words(stems: Array(stems[end..<min(stems.count, end + Self.besideAfter)]))
                guard let position = phrases.firstIndex(where: { before.contains($0.words) || after.contains($0.words) }) else { return nil }
                found = found ?? position
            }
            return found
        }
        // The same number and phrases come back for every rule that shares them: answer once per sentence.
        guard let list = rule.unlessBesideList else { return find() }
        return sentence.remembered(SentenceWords.Beside(number: number.stems, list: list), find)
    }

    /// The period a rule binds to: the date itself for date rules, the claim's time for counts.
    func claimPeriod(_ rule: Rule, _ claim: NumericClaim) -> Period? {
        rule.kind == .date || rule.kind == .record ? claim.quantity.period ?? claim.period : claim.period
    }

    // MARK: Evaluation

    func evaluate(_ prepared: PreparedRule, _ claim: Claim, words: ClaimWords, articleDate: Day?, context: SentenceContext) -> Outcome {
        let rule = prepared.rule
        guard let dataset = library.datasets[rule.lookup.dataset], let lookup = prepared.lookup else {
            // Only possible when a rule set is paired with a library it was not checked against.
            return Outcome(
                verdict: .needsReview, evidence: Evidence(rule: rule.id, dataset: rule.lookup.dataset),
                explanation: "Rule \(rule.id) names dataset '\(rule.lookup.dataset)', which is not loaded: needs review.")
        }
        switch claim {
        case .numeric(var numeric):
            if rule.period == .articleDate, let articleDate {
                // The article's day stands in for the claim's period; it has no words in the sentence.
                let day = articleDate.description
                numeric.period = Period(text: day, start: numeric.start, end: numeric.start, from: day, to: day, granularity: .day)
            }
            if rule.kind == .record {
                return evaluateRecord(prepared, lookup, numeric, dataset: dataset, articleDate: articleDate, context: context)
            }
            return evaluateLookup(prepared, lookup, numeric, words: words, dataset: dataset, articleDate: articleDate)
        case .attribution(let attribution):
            return evaluateOfficeholder(rule, attribution, title: words.title, dataset: dataset, articleDate: articleDate)
        }
    }

    /// Rows of the vintage a rule asks for, the vintage's id, and the other vintages' rows.
    struct Selection {
        var rows: [Dataset.Row]
        var vintage: DatasetManifest.Vintage?
        var others: [(vintage: DatasetManifest.Vintage, rows: [Dataset.Row])]
        var note: String?
    }

    func select(_ dataset: Dataset, rows: [Dataset.Row], policy: Rule.VintagePolicy, articleDate: Day?, completeRows: Int? = nil) -> Selection {
        let vintages = dataset.manifest.vintages
        guard !vintages.isEmpty else { return Selection(rows: rows, vintage: nil, others: []) }
        let grouped = completeVintages(
            vintages.map { vintage in (vintage: vintage, rows: rows.filter { $0.vintage == vintage.id }) }.filter { !$0.rows.isEmpty },
            completeRows: completeRows)
        guard let latest = grouped.last else { return Selection(rows: [], vintage: nil, others: []) }
        var chosen = latest
        var note: String?
        if policy == .asPublished {
            if let articleDate {
                if let publicThen = grouped.last(where: { $0.vintage.published <= articleDate }) {
                    chosen = publicThen
                } else {
                    chosen = grouped[0]
                    note = "no vintage with these rows was public on \(articleDate); using the first, published \(chosen.vintage.published)"
                }
            } else {
                note = "the article has no date; using the latest vintage"
            }
        }
        return Selection(rows: chosen.rows, vintage: chosen.vintage, others: grouped.filter { $0.vintage.id != chosen.vintage.id }, note: note)
    }

    /// The vintages holding every row a complete answer needs (a fiscal year's 12 months), when any does: a
    /// vintage published mid-year cannot total the year, but a later one can.
    func completeVintages(_ grouped: [(vintage: DatasetManifest.Vintage, rows: [Dataset.Row])], completeRows: Int?) -> [(vintage: DatasetManifest.Vintage, rows: [Dataset.Row])] {
        guard let completeRows else { return grouped }
        let complete = grouped.filter { $0.rows.count == completeRows }
        return complete.isEmpty ? grouped : complete
    }

    /// A rule's filter values for one claim, one per distinct filter column.
    struct FilterValues {
        var columns: [String]
        var values: [String]

        /// "calendar_month = 4, calendar_year = 2022": the columns in alphabetical order.
        var described: String {
            zip(columns, values).sorted { $0.0 < $1.0 }.map { "\($0.0) = \($0.1)" }.joined(separator: ", ")
        }
    }

    /// Resolves every filter against the claim (its measure and subject words given), or says which could not be.
    func resolveFilters(
        _ rule: Rule, _ lookup: PreparedRule.Lookup, _ claim: NumericClaim, measure: Words?, subject: [Words], dataset: Dataset, sentence: SentenceWords
    ) -> Result<FilterValues, Unresolved> {
        var resolved = FilterValues(columns: lookup.columns, values: Array(repeating: "", count: lookup.columns.count))
        let period = claimPeriod(rule, claim)
        let from = period?.from.flatMap(Day.init(iso:))
        let to = period?.to.flatMap(Day.init(iso:)) ?? from
        for (filter, slot) in zip(rule.lookup.filters, lookup.slots) {
            switch filter.value {
            case .literal(let value):
                resolved.values[slot] = value
            case .period(let part):
                guard let from, let to else { return .failure(Unresolved(reason: "the claim's period\(period.map { " '\($0.text)'" } ?? "") could not be resolved to dates")) }
                switch part {
                case .year: resolved.values[slot] = String(from.year)
                case .month: resolved.values[slot] = String(from.month)
                case .from: resolved.values[slot] = from.description
                case .to: resolved.values[slot] = to.description
                case .fiscalYear: resolved.values[slot] = String(to.month >= 10 ? to.year + 1 : to.year)
                case .monthAbbreviation: resolved.values[slot] = String(Format.monthNames[from.month - 1].prefix(3)).uppercased()
                }
            case .words(let choices, let fallback):
                let chosen = choices.first { choice in
                    measure?.contains(choice.phrase) ?? false || subject.contains { $0.contains(choice.phrase) }
                }?.value ?? fallback
                guard let chosen else {
                    return .failure(Unresolved(reason: "the claim does not say which \(filter.column) (\(choices.map(\.text).joined(separator: ", ")))"))
                }
                resolved.values[slot] = chosen
            case .mentioned:
                let key = dataset.name + "/" + filter.column
                guard let named = mentioned(mentionable[key] ?? [], key: key, subject: subject, sentence: sentence) else {
                    return .failure(Unresolved(reason: "the claim names no \(filter.column) that \(dataset.name) lists"))
                }
                resolved.values[slot] = named.value
            }
        }
        return .success(resolved)
    }

    /// The value a claim names: the first one its subject names (subjects run in sentence order, nearest first),
    /// else the one named earliest in the sentence, so "Venezuela, a country of about 28 million, … Colombia or
    /// Peru" picks Venezuela. Longer names win at the same place ("South Africa" over "Africa").
    func mentioned(
        _ values: [(words: Words, value: String)], key: String, subject: [Words], sentence: SentenceWords
    ) -> (words: Words, value: String)? {
        for subject in subject {
            if let named = values.first(where: { subject.contains($0.words) }) { return named }
        }
        return sentence.earliestMention(values, key: key)
    }

    /// The direction phrase written right before the claim's number ("eased to 3.7%"), if any.
    func claimedDirection(_ direction: Rule.Direction, _ claim: NumericClaim, sentence: SentenceWords) -> (text: String, value: String)? {
        let number = Words(claim.quantity.text)
        return direction.phrases.first { choice in
            sentence.contains(Words(stems: choice.phrase.stems + number.stems))
        }.map { ($0.text, $0.value) }
    }

    struct Unresolved: Error { var reason: String }

    /// Why a lookup found nothing: a period that begins after the data's last day is past the end of the data,
    /// which a reader should hear as "not yet known" rather than as a gap in it.
    func noRowsReason(_ dataset: Dataset, period: Period?, periodText: String, filters: FilterValues) -> String {
        if let coversUntil = dataset.manifest.coversUntil, let from = period?.from.flatMap(Day.init(iso:)), from > coversUntil {
            return "\(dataset.manifest.title) ends with \(Format.monthNames[coversUntil.month - 1]) \(coversUntil.year), before \(periodText)"
        }
        return "\(dataset.manifest.title) has no rows for \(periodText) (\(filters.described))"
    }

    func evaluateLookup(
        _ prepared: PreparedRule, _ lookup: PreparedRule.Lookup, _ claim: NumericClaim, words claimWords: ClaimWords, dataset: Dataset, articleDate: Day?
    ) -> Outcome {
        let rule = prepared.rule
        let words = claimWords.sentence
        let claimed = Format.claimed(claim.quantity)
        var evidence = Evidence(rule: rule.id, dataset: dataset.name, claimedValue: claim.quantity.value, claimedLower: claim.quantity.lower, claimedUpper: claim.quantity.upper)
        func outcome(_ verdict: Verdict, _ reason: String) -> Outcome {
            Outcome(verdict: verdict, evidence: evidence, explanation: "Claimed \(claimed); \(reason): \(Format.verdict(verdict)).")
        }
        let filters: FilterValues
        switch resolveFilters(rule, lookup, claim, measure: claimWords.measure, subject: claimWords.subject, dataset: dataset, sentence: words) {
        case .success(let values): filters = values
        case .failure(let unresolved): return outcome(.needsReview, unresolved.reason)
        }
        let period = claimPeriod(rule, claim)
        let periodText = period.map(Format.period) ?? "these filters"
        let selection = select(
            dataset, rows: lookup.rows(dataset, matching: filters.values), policy: rule.vintage, articleDate: articleDate, completeRows: rule.lookup.expectedRows)
        evidence.vintage = selection.vintage?.id
        evidence.rows = selection.rows.map { evidenceRow($0, dataset) }
        guard !selection.rows.isEmpty else {
            return outcome(.unverifiable, noRowsReason(dataset, period: period, periodText: periodText, filters: filters))
        }
        if let expected = rule.lookup.expectedRows, selection.rows.count != expected {
            return outcome(.needsReview, "\(dataset.name) has \(selection.rows.count) of the \(expected) rows a complete \(periodText) needs")
        }

        if rule.kind == .date {
            return evaluateDate(prepared, claim, dataset: dataset, selection: selection, evidence: evidence, claimed: claimed, words: claimWords)
        }
        let reference: Double
        switch aggregate(rule, selection.rows, dataset) {
        case .success(let value): reference = value
        case .failure(let unresolved): return outcome(.needsReview, unresolved.reason)
        }
        evidence.referenceValue = reference
        for other in selection.others {
            if case .success(let value) = aggregate(rule, other.rows, dataset), value != reference {
                evidence.otherVintages[other.vintage.id] = value
            }
        }
        guard let comparison = NumericComparison.compare(reference: reference, quantity: claim.quantity, tolerance: rule.tolerance, toleranceIsExplicit: rule.toleranceIsExplicit)
        else {
            return outcome(.needsReview, "the claimed value '\(claim.quantity.text)' has no bounds to compare with \(Format.number(reference))")
        }
        evidence.claimedLower = comparison.lower
        evidence.claimedUpper = comparison.upper
        evidence.comparison = comparison.arithmetic
        let says = sentence(prepared, dataset: dataset, value: Format.number(reference), period: periodText, claimed: claimed)
        let reported = says + vintageNote(selection, differing: evidence.otherVintages.mapValues(Format.number))
        if comparison.verdict == .supported, let direction = rule.lookup.direction, selection.rows.count == 1,
           let claimedDirection = claimedDirection(direction, claim, sentence: words),
           let actual = dataset.cell(selection.rows[0], direction.column), !actual.isEmpty,
           actual.lowercased() != claimedDirection.value.lowercased() {
            evidence.comparison = comparison.arithmetic + "; claimed '\(claimedDirection.text)', the change was: \(actual)"
            return outcome(.refuted, reported + "; but it \(actual) from the period before, so '\(claimedDirection.text)' is wrong")
        }
        if comparison.verdict == .refuted, let other = ambiguity(prepared, words: claimWords) {
            return outcome(.needsReview, reported + "; the sentence also names \(other), which the claim may be about")
        }
        return outcome(comparison.verdict, reported)
    }

    func evaluateDate(
        _ prepared: PreparedRule, _ claim: NumericClaim, dataset: Dataset, selection: Selection, evidence: Evidence, claimed: String,
        words: ClaimWords
    ) -> Outcome {
        let rule = prepared.rule
        var evidence = evidence
        func outcome(_ verdict: Verdict, _ reason: String) -> Outcome {
            Outcome(verdict: verdict, evidence: evidence, explanation: "Claimed \(claimed); \(reason): \(Format.verdict(verdict)).")
        }
        guard selection.rows.count == 1, let valueColumn = rule.lookup.value else {
            return outcome(.needsReview, "\(selection.rows.count) rows of \(dataset.name) match; a date rule needs exactly one")
        }
        guard let period = claimPeriod(rule, claim), let from = period.from.flatMap(Day.init(iso:)) else {
            return outcome(.needsReview, "the claimed date could not be resolved")
        }
        let to = period.to.flatMap(Day.init(iso:)) ?? from
        guard let cell = dataset.cell(selection.rows[0], valueColumn), let reference = Day(iso: cell) else {
            return outcome(.needsReview, "\(dataset.name) gives no \(valueColumn) on line \(selection.rows[0].line)")
        }
        let inside = from <= reference && reference <= to
        evidence.comparison = from == to
            ? "\(reference) \(inside ? "=" : "≠") \(from)"
            : "\(from) ≤ \(reference) ≤ \(to) is \(inside)"
        let says = sentence(prepared, dataset: dataset, value: Format.day(reference), period: Format.period(period), claimed: claimed)
        var differing: [String: String] = [:]
        for other in selection.others {
            if let date = other.rows.first.flatMap({ dataset.cell($0, valueColumn) }), date != cell {
                differing[other.vintage.id] = Day(iso: date).map(Format.day) ?? date
            }
        }
        let reported = says + vintageNote(selection, differing: differing)
        if !inside, let other = ambiguity(prepared, words: words) {
            return outcome(.needsReview, reported + "; the sentence also names \(other), which the date may be about")
        }
        return outcome(inside ? .supported : .refuted, reported)
    }

    /// The first of the rule's `ambiguous-with` phrases the sentence or subject names, unless a `words`
    /// filter already chose its rows by that phrase.
    func ambiguity(_ prepared: PreparedRule, words: ClaimWords) -> String? {
        let rule = prepared.rule
        guard !rule.ambiguousWith.isEmpty else { return nil }
        let (sentence, subject) = (words.sentence, words.subject)
        let bound = [words.measure ?? Words(stems: [])] + subject
        let chosenByFilter: Set<String> = Set(rule.lookup.filters.flatMap { filter -> [String] in
            guard case .words(let choices, _) = filter.value else { return [] }
            return choices.filter { choice in bound.contains { $0.contains(choice.phrase) } }.map(\.phrase.text)
        })
        for (phrase, text) in zip(prepared.ambiguousWith, rule.ambiguousWithText) where !chosenByFilter.contains(phrase.words.text) {
            if sentence.contains(phrase) || subject.contains(where: { $0.contains(phrase.words) }) { return text }
        }
        return nil
    }

    /// "the highest since December 1981": the figure is the nearest earlier number of the sentence that has a period
    /// ("8.6% … through May"); its row says since when it is a record, which must fall in the claimed period.
    func evaluateRecord(
        _ prepared: PreparedRule, _ lookup: PreparedRule.Lookup, _ claim: NumericClaim, dataset: Dataset, articleDate: Day?, context: SentenceContext
    ) -> Outcome {
        let rule = prepared.rule
        // A year reads as "1990", not as the number 1,990.
        let claimed = claimPeriod(rule, claim).map(Format.period) ?? Format.claimed(claim.quantity)
        var evidence = Evidence(rule: rule.id, dataset: dataset.name)
        func outcome(_ verdict: Verdict, _ reason: String) -> Outcome {
            Outcome(verdict: verdict, evidence: evidence, explanation: "Claimed a record since \(claimed); \(reason): \(Format.verdict(verdict)).")
        }
        guard let figure = context.figure(before: claim), let figurePeriod = figure.period else {
            return outcome(.needsReview, "the sentence gives no figure for a period before it, so the record cannot be checked")
        }
        guard let record = rule.lookup.record, let period = claimPeriod(rule, claim),
              let from = period.from.flatMap(Day.init(iso:)) else {
            return outcome(.needsReview, "the claimed date could not be resolved")
        }
        let to = period.to.flatMap(Day.init(iso:)) ?? from
        let filters: FilterValues
        let figureWords = (measure: Words(figure.measure ?? ""), subject: figure.subject.map(Words.init))
        switch resolveFilters(
            rule, lookup, figure, measure: figureWords.measure, subject: figureWords.subject, dataset: dataset, sentence: context.words) {
        case .success(let values): filters = values
        case .failure(let unresolved): return outcome(.needsReview, unresolved.reason)
        }
        let selection = select(dataset, rows: lookup.rows(dataset, matching: filters.values), policy: rule.vintage, articleDate: articleDate)
        evidence.vintage = selection.vintage?.id
        evidence.rows = selection.rows.map { evidenceRow($0, dataset) }
        let figureText = "\(figure.quantity.text) for \(Format.period(figurePeriod))"
        guard selection.rows.count == 1, let row = selection.rows.first else {
            return outcome(
                selection.rows.isEmpty ? .unverifiable : .needsReview,
                "\(selection.rows.count) rows of \(dataset.name) match \(figureText) (\(filters.described)); a record needs one")
        }
        guard let year = dataset.cell(row, record.year).flatMap(Int.init) else {
            return outcome(.refuted, "no earlier period in \(dataset.name) was as high as \(figureText)")
        }
        let month = record.month.flatMap { dataset.cell(row, $0) }.flatMap(Int.init)
        let since = Day(year: year, month: month ?? 1, day: 1)
        let inside = month == nil ? from.year <= year && year <= to.year : from <= since && since <= to
        let sinceText = month.map { "\(Format.monthNames[$0 - 1]) \(year)" } ?? String(year)
        evidence.comparison = "last earlier period at least as high as \(figureText): \(sinceText); claimed \(claimed)"
        let says = sentence(prepared, dataset: dataset, value: sinceText, period: Format.period(figurePeriod), claimed: claimed)
        return outcome(inside ? .supported : .refuted, says)
    }

    func aggregate(_ rule: Rule, _ rows: [Dataset.Row], _ dataset: Dataset) -> Result<Double, Unresolved> {
        switch rule.lookup.aggregate {
        case .count:
            return .success(Double(rows.count))
        case .single, .sum:
            if rule.lookup.aggregate == .single, rows.count > 1 {
                let lines = rows.prefix(5).map { String($0.line) }.joined(separator: ", ")
                return .failure(Unresolved(reason: "\(rows.count) rows of \(dataset.name) match (lines \(lines)), where the rule expects one"))
            }
            var total = 0.0
            // The value column's position is looked up once, not per row.
            let position = rule.lookup.value.flatMap { dataset.columnPositions[$0] }
            for row in rows {
                guard let position, let value = Double(row.cells[position]) else {
                    return .failure(Unresolved(reason: "\(dataset.name) line \(row.line) has no \(rule.lookup.value ?? "value")"))
                }
                total += value
            }
            return .success(total)
        }
    }

    /// "CBP reported 234,088 … for April 2022", from the rule's `says` or a plain default.
    func sentence(_ rule: PreparedRule, dataset: Dataset, value: String, period: String, claimed: String) -> String {
        guard let says = rule.says else { return "\(dataset.manifest.title) gives \(value) for \(period)" }
        return says.filled(value: value, period: period, claimed: claimed, dataset: dataset.manifest.title)
    }

    /// " (published 2022-05-17; revised 235,785)" when the dataset has vintages; `differing` holds the other
    /// vintages' values that differ from the one used, by vintage id.
    func vintageNote(_ selection: Selection, differing: [String: String]) -> String {
        guard let vintage = selection.vintage else { return "" }
        var parts = ["published " + vintage.published.description]
        for other in selection.others {
            guard let value = differing[other.vintage.id] else { continue }
            let part = "\(other.vintage.published < vintage.published ? "first published" : "revised") \(value)"
            // A later vintage that only repeats the revision before it adds nothing to read.
            if parts.last != part { parts.append(part) }
        }
        if let note = selection.note { parts.append(note) }
        return " (" + parts.joined(separator: "; ") + ")"
    }

    func evidenceRow(_ row: Dataset.Row, _ dataset: Dataset) -> Evidence.Row {
        Evidence.Row(line: row.line, columns: dataset.evidenceColumns, cells: row.cells, file: row.file)
    }
}
