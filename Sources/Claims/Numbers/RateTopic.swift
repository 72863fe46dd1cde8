/// "The rate had been 7.1% in November", "The July rate was 3.5%", "it shot up to 14.7%": a sentence
/// that names its rate only as "the rate" or "it" is about the rate an earlier sentence named. The
/// memory carries that topic forward over the last few sentences of a section (a heading ends it).
struct RateTopicMemory {
    /// What one sentence says its rates are of.
    private struct Topic {
        /// "unemployment rate", "annual rate": a rate the sentence names (or carried in).
        var rate: String?
        /// "consumer prices" in "consumer prices up 6.5%": the words before a percentage's verb.
        var percentSubject: String?
    }

    /// Marks subject words that come from an earlier sentence rather than the claim's own.
    static let carriedMarker = "earlier: "
    /// How many sentences back "the rate" may reach.
    private static let reach = 4

    private var recent: [Topic] = []

    /// The topic an anaphoric sentence takes from the sentences before it, already marked; nil when the
    /// sentence names its own topic or nothing before it names one. `percentStarts` are the code-point
    /// offsets of the sentence's percentages.
    mutating func carriedTopic(for bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], percentStarts: [Int]) -> String? {
        if Self.isHeading(tokens) {
            recent.removeAll()
            return nil
        }
        let own = Self.namedRate(tokens, bytes)
        let percentSubject = Self.percentSubject(tokens, bytes, percentStarts: percentStarts)
        var carried: String?
        if own == nil, Self.refersBack(tokens, bytes, percentStarts: percentStarts) {
            carried = recent.last(where: { $0.rate != nil })?.rate ?? recent.last(where: { $0.percentSubject != nil })?.percentSubject
        }
        recent.append(Topic(rate: own ?? carried, percentSubject: percentSubject))
        if recent.count > Self.reach { recent.removeFirst() }
        return carried.map { Self.carriedMarker + $0 }
    }

    /// "unemployment rate", "jobless rate", "annual rate": "rate" after a word that says which rate.
    private static func namedRate(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for index in tokens.indices.dropFirst() where isRate(tokens[index], bytes) {
            let modifier = tokens[index - 1]
            guard modifier.kind == .word, !isFunctionWord(modifier) else { continue }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[modifier.start..<tokens[index].end]), as: UTF8.self)
                .lowercased()
        }
        return nil
    }

    /// "the rate", "its rate", "the July rate", or "it" just before a percentage.
    private static func refersBack(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, percentStarts: [Int]) -> Bool {
        for index in tokens.indices.dropFirst() where isRate(tokens[index], bytes) {
            var before = index - 1
            if tokens[before].word?.month != nil, before > 0 { before -= 1 }
            if let word = tokens[before].word, word == .the || word == .its || word == .this || word == .that { return true }
        }
        // "it shot up to 14.7%", "it was 7%": the pronoun is the percentage's subject, a verb or two before it.
        guard let firstPercent = percentStarts.min(), let percent = tokens.firstIndex(where: { $0.scalarStart >= firstPercent })
        else { return false }
        return tokens[max(0, percent - 4)..<percent].contains { $0.word == .it }
    }

    /// The words naming what the first percentage measures: back from it over the known verbs and
    /// particles ("fell to", "were up") to the content words before them.
    private static func percentSubject(
        _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, percentStarts: [Int]
    ) -> String? {
        guard let firstPercent = percentStarts.min(),
            var index = tokens.lastIndex(where: { $0.scalarEnd <= firstPercent })
        else { return nil }
        while index > 0, tokens[index].kind == .word, isFunctionWord(tokens[index]) { index -= 1 }
        // Up to three content words; a verb outside the known words may be among them ("inflation ran").
        guard tokens[index].kind == .word, !isFunctionWord(tokens[index]) else { return nil }
        let last = index
        var first = last
        while first > 0, first > last - 2, tokens[first - 1].kind == .word, !isFunctionWord(tokens[first - 1]) { first -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[first].start..<tokens[last].end]), as: UTF8.self)
            .lowercased()
    }

    /// A section heading ("The job market", "Prices") ends with no sentence punctuation.
    private static func isHeading(_ tokens: [Token]) -> Bool {
        guard let last = tokens.last else { return true }
        return !(last.isSymbol(".") || last.isSymbol("!") || last.isSymbol("?") || last.isSymbol("\"")
            || last.isSymbol(":") || last.isSymbol(")") || last.scalar == 0x201D)
    }

    private static func isFunctionWord(_ token: Token) -> Bool {
        guard let word = token.word else { return false }
        return word.endsNounPhrase
    }

    private static func isRate(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.kind == .word && token.length == 4 && bytes[token.start] | 0x20 == UInt8(ascii: "r")
            && bytes[token.start + 1] | 0x20 == UInt8(ascii: "a") && bytes[token.start + 2] | 0x20 == UInt8(ascii: "t")
            && bytes[token.start + 3] | 0x20 == UInt8(ascii: "e")
    }
}
