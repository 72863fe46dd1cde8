import Claims

/// A sentence's stems, read once and indexed, shared by every claim of the sentence.
///
/// Every claim of a sentence asks the same rule phrases of it (context words, measures, ambiguous names,
/// mentioned values), so re-reading the sentence per claim made a long sentence with many numbers
/// quadratic. Here each stem's positions are indexed once; a phrase is found from the positions of its
/// rarest stem, and each answer is remembered, so the work grows with the sentence, not with sentence × claims.
/// The sentence is read on first use (attributions are checked without its words). Lives for one check call,
/// on one thread.
final class SentenceWords {
    private let sentence: String
    private(set) lazy var words = Words(sentence)
    /// Stem → where it first occurs and how often; `nextPosition` chains each position to the stem's next one
    /// (-1 after the last), so the index takes two allocations instead of one array per distinct stem.
    private lazy var occurrences: [String: Occurrences] = indexStems()
    private var nextPosition: [Int] = []
    private var firstIndexes: [[String]: Int?] = [:]
    /// Per numbered phrase: nil until asked, then where it first occurs (-1 when it does not).
    private var phraseStarts: [Int?] = []
    private var allStarts: [[String]: [Int]] = [:]
    private var rememberedAnswers: [Beside: Int?] = [:]
    /// The rules a numeric claim without its own measure considers: the same for every such claim of the sentence.
    private var measureCandidates: [Int]?
    /// Per mentionable column: the value the sentence names earliest.
    private var earliestMentions: [String: (words: Words, value: String)?] = [:]
    /// Stems read plus stems compared: the work done, which a test bounds.
    private(set) var work = 0

    struct Occurrences {
        var first: Int
        var last: Int
        var count: Int
    }

    init(_ sentence: String) {
        self.sentence = sentence
    }

    private func indexStems() -> [String: Occurrences] {
        let stems = words.stems
        var occurrences: [String: Occurrences] = [:]
        occurrences.reserveCapacity(stems.count)
        nextPosition = Array(repeating: -1, count: stems.count)
        for (position, stem) in stems.enumerated() {
            if let known = occurrences.index(forKey: stem) {
                nextPosition[occurrences.values[known].last] = position
                occurrences.values[known].last = position
                occurrences.values[known].count += 1
            } else {
                occurrences[stem] = Occurrences(first: position, last: position, count: 1)
            }
        }
        work += stems.count
        return occurrences
    }

    /// The positions of a stem, ascending, from its first.
    private func forEachPosition(from first: Int, _ body: (Int) -> Bool) {
        var position = first
        while position >= 0, body(position) { position = nextPosition[position] }
    }

    func contains(_ phrase: Words) -> Bool { firstIndex(of: phrase) != nil }

    func contains(_ phrase: Phrase) -> Bool { firstIndex(of: phrase) != nil }

    /// Where a rule phrase first occurs; a numbered one is answered from its slot after the first time.
    func firstIndex(of phrase: Phrase) -> Int? {
        guard let id = phrase.id else { return firstIndex(of: phrase.words) }
        if id < phraseStarts.count, let known = phraseStarts[id] { return known < 0 ? nil : known }
        let found = search(phrase.words.stems)
        if id >= phraseStarts.count { phraseStarts += repeatElement(nil, count: id + 1 - phraseStarts.count) }
        phraseStarts[id] = found ?? -1
        return found
    }

    /// Where `phrase` first occurs as consecutive stems, as `Words.firstIndex(of:)` answers.
    func firstIndex(of phrase: Words) -> Int? {
        if let known = firstIndexes[phrase.stems] { return known }
        let found = search(phrase.stems)
        firstIndexes[phrase.stems] = found
        return found
    }

    /// The phrase's rarest stem, by its offset in the phrase and its occurrences in the sentence: their
    /// positions, in order, give the candidate starts in order. Nil when a stem is not in the sentence.
    private func anchor(_ phrase: [String]) -> (offset: Int, first: Int)? {
        guard !phrase.isEmpty, phrase.count <= words.stems.count else { return nil }
        var anchor = (offset: 0, first: 0, count: 0)
        for (offset, stem) in phrase.enumerated() {
            guard let found = occurrences[stem] else { return nil }
            if offset == 0 || found.count < anchor.count { anchor = (offset, found.first, found.count) }
        }
        return (anchor.offset, anchor.first)
    }

    private func search(_ phrase: [String]) -> Int? {
        guard let anchor = self.anchor(phrase) else { return nil }
        let stems = words.stems
        var found: Int?
        forEachPosition(from: anchor.first) { position in
            let start = position - anchor.offset
            guard start >= 0, start + phrase.count <= stems.count else { return true }
            work += phrase.count
            if stems[start..<(start + phrase.count)].elementsEqual(phrase) { found = start }
            return found == nil
        }
        return found
    }

    /// Every start of `phrase` as consecutive stems, ascending.
    func starts(of phrase: Words) -> [Int] {
        if let known = allStarts[phrase.stems] { return known }
        var found: [Int] = []
        if let anchored = anchor(phrase.stems) {
            let stems = words.stems
            forEachPosition(from: anchored.first) { position in
                let start = position - anchored.offset
                guard start >= 0, start + phrase.stems.count <= stems.count else { return true }
                work += phrase.stems.count
                if stems[start..<(start + phrase.stems.count)].elementsEqual(phrase.stems) { found.append(start) }
                return true
            }
        }
        allStarts[phrase.stems] = found
        return found
    }

    /// A number's stems and a numbered list of phrases that may stand beside it.
    struct Beside: Hashable {
        var number: [String]
        var list: Int
    }

    /// The answer of `compute` for `key`, worked out once per sentence.
    func remembered(_ key: Beside, _ compute: () -> Int?) -> Int? {
        if let known = rememberedAnswers[key] { return known }
        let answer = compute()
        rememberedAnswers[key] = answer
        return answer
    }

    /// The candidate rules for claims measured by the sentence itself, worked out for the first of them.
    func candidates(in rules: RuleSet) -> [Int] {
        if let measureCandidates { return measureCandidates }
        work += words.stems.count
        let found = rules.candidates(measure: words)
        measureCandidates = found
        return found
    }

    /// The value of `values` named earliest in the sentence (the longer name first at the same place).
    func earliestMention(_ values: [(words: Words, value: String)], key: String) -> (words: Words, value: String)? {
        if let known = earliestMentions[key] { return known }
        var earliest: (position: Int, named: (words: Words, value: String))?
        for value in values {
            guard let position = firstIndex(of: value.words), position < (earliest?.position ?? .max) else { continue }
            earliest = (position, value)
        }
        earliestMentions[key] = earliest?.named
        return earliest?.named
    }
}

/// The claims of one sentence, with its indexed words; claims see their sentence's other claims through it.
struct SentenceContext {
    let words: SentenceWords
    let claims: [Claim]
    /// The sentence's numeric claims that can be a record's figure (not dates, years or durations; with a
    /// period), ordered by where they start, ties in claim order.
    private let figures: [NumericClaim]

    init(sentence: String, claims: [Claim]) {
        words = SentenceWords(sentence)
        self.claims = claims
        figures = claims.enumerated().compactMap { order, claim -> (NumericClaim, Int)? in
            guard case .numeric(let figure) = claim, figure.period != nil, ![.date, .year, .duration].contains(figure.quantity.kind)
            else { return nil }
            return (figure, order)
        }.sorted { ($0.0.start, $0.1) < ($1.0.start, $1.1) }.map(\.0)
    }

    /// The figure a record claim is about: the sentence's nearest figure starting before it (the first one
    /// given at that place), found by binary search.
    func figure(before claim: NumericClaim) -> NumericClaim? {
        var low = 0, high = figures.count
        while low < high {
            let middle = (low + high) / 2
            if figures[middle].start < claim.start { low = middle + 1 } else { high = middle }
        }
        var index = low - 1
        while index >= 0, figures[index].id == claim.id { index -= 1 }
        guard index >= 0 else { return nil }
        let start = figures[index].start
        var first = index
        var probe = index - 1
        while probe >= 0, figures[probe].start == start {
            if figures[probe].id != claim.id { first = probe }
            probe -= 1
        }
        return figures[first]
    }

    /// What a sentence is filed under when grouping: its length and its first and last bytes. Hashing this
    /// instead of the whole sentence keeps grouping cheap; sentences filed together are compared in full.
    struct SentenceKey: Hashable {
        var length: Int
        var head: UInt64
        var tail: UInt64

        init(_ sentence: String) {
            let utf8 = sentence.utf8
            length = utf8.count
            head = utf8.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
            tail = utf8.suffix(8).reduce(0) { $0 << 8 | UInt64($1) }
        }
    }

    /// Groups claims by sentence: claims of a sentence come in runs, so each run's sentence is compared with
    /// its neighbour's (the same string storage compares in constant time) and filed once per run, not per claim.
    static func grouped(_ claims: [Claim]) -> (contexts: [SentenceContext], contextOfClaim: [Int]) {
        var runs: [(sentence: String, members: [Int])] = []
        for (position, claim) in claims.enumerated() {
            let sentence = claim.sentenceText
            if let last = runs.last, last.sentence == sentence {
                runs[runs.count - 1].members.append(position)
            } else {
                runs.append((sentence, [position]))
            }
        }
        var groupsFiled: [SentenceKey: [Int]] = [:]
        var groups: [(sentence: String, members: [Int])] = []
        for run in runs {
            let key = SentenceKey(run.sentence)
            if let group = groupsFiled[key]?.first(where: { groups[$0].sentence == run.sentence }) {
                groups[group].members += run.members
            } else {
                groupsFiled[key, default: []].append(groups.count)
                groups.append(run)
            }
        }
        var contextOfClaim = [Int](repeating: 0, count: claims.count)
        let contexts = groups.enumerated().map { number, group in
            for member in group.members { contextOfClaim[member] = number }
            return SentenceContext(sentence: group.sentence, claims: group.members.sorted().map { claims[$0] })
        }
        return (contexts, contextOfClaim)
    }
}

extension Claim {
    var sentenceText: String {
        switch self {
        case .numeric(let numeric): numeric.sentence
        case .attribution(let attribution): attribution.sentence
        }
    }
}
