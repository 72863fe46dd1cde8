import Sentences

/// Numeric claims: each quantity in its sentence with what it counts, the context words rules
/// match on, and the period the sentence gives it. A sentence that continues the one before it
/// ("Border Patrol agents made 97,643 of those encounters.") takes what it leaves unsaid from there.
public enum NumericClaimExtractor {
    /// Claims in text order with ids "n1", "n2", …; offsets are code points into `text`.
    public static func claims(text: String, sentences: [Sentence], date: Day?) -> [NumericClaim] {
        // Each sentence is tokenized once: the casing evidence, the rate topic, subject, quantity and
        // time readers all read the same tokens.
        var casing = CasingEvidence(textLength: text.utf8.count)
        let sentenceTokens = sentences.map { sentence in
            var text = sentence.text
            return text.withUTF8 { bytes in
                let tokens = Tokenizer.tokens(bytes)
                casing.record(tokens)
                return tokens
            }
        }
        var claims: [NumericClaim] = []
        var memory = Discourse()
        for (sentence, tokens) in zip(sentences, sentenceTokens) {
            var text = sentence.text
            text.withUTF8 { bytes in
                guard !SentenceFilter.isPromoOrByline(sentence.text, bytes: bytes) else { return }
                sentenceClaims(sentence, bytes: bytes, tokens: tokens, date: date, casing: casing, memory: &memory, into: &claims)
            }
        }
        return claims
    }

    /// What earlier sentences said that a later one may leave out.
    struct Discourse {
        var topics = RateTopicMemory()
        /// The subject words of the previous sentence (its own and those it carried), and its paragraph.
        var previousSubject: [String] = []
        /// Only the words the previous sentence named itself.
        var previousOwnSubject: [String] = []
        var previousParagraph = -1
        /// The period of the last claim that had one, and how many sentences ago that was.
        var lastPeriod: Period?
        var sentencesSincePeriod = 0
        /// How many sentences back a period still carries ("… in February. Border Patrol agents made
        /// 97,643 of those encounters. About 74,000 ended in expulsions.").
        static let periodReach = 2
    }

    /// Appends the claims of one sentence, numbered on from those before.
    private static func sentenceClaims(
        _ sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], date: Day?, casing: CasingEvidence,
        memory: inout Discourse, into claims: inout [NumericClaim]
    ) {
        let scanned = QuantityScanner.scan(bytes, tokens: tokens, date: date)
        let percentStarts = scanned.filter { $0.quantity.kind == .percent }.map(\.quantity.start)
        let carriedTopic = memory.topics.carriedTopic(for: bytes, tokens: tokens, percentStarts: percentStarts)
        let ownSubject = SubjectReader.subjects(in: bytes, tokens: tokens, casing: casing)
        // Context words of the previous sentence of the paragraph hold for this one too, marked as
        // carried; a new paragraph that names none of its own keeps only where things happen
        // ("at the southwest border").
        let previousSubject = memory.previousSubject.filter { !ownSubject.contains($0) }.map(Self.markedCarried)
        let sameParagraph = memory.previousParagraph == sentence.paragraph
        let carriedSubject: [String]
        if sameParagraph {
            carriedSubject = previousSubject
        } else if ownSubject.isEmpty {
            carriedSubject = previousSubject.filter(SubjectReader.isLocative)
        } else {
            carriedSubject = []
        }
        let previousOwnSubject = memory.previousOwnSubject.filter { !ownSubject.contains($0) }.map(Self.markedCarried)
        memory.previousSubject = ownSubject + carriedSubject
        memory.previousOwnSubject = ownSubject
        memory.previousParagraph = sentence.paragraph
        memory.sentencesSincePeriod += 1
        if memory.sentencesSincePeriod > Discourse.periodReach { memory.lastPeriod = nil }
        guard !scanned.isEmpty else { return }

        let periods = TimeExpressions.periods(in: bytes, tokens: tokens, date: date)
        // Rates named only as "the rate" take the topic of an earlier sentence.
        let rateTopic = percentStarts.isEmpty ? [] : carriedTopic.map { [$0] } ?? []
        let subject = ownSubject + rateTopic + carriedSubject.filter { !rateTopic.contains($0) }
        let text = SentenceText(bytes: bytes, tokens: tokens)
        let shift = sentence.start
        let carriedPeriod = memory.lastPeriod
        var previousCounted: ScannedQuantity?
        for scannedQuantity in scanned {
            let found = Self.sharingMeasure(scannedQuantity, with: previousCounted, in: text)
            // "112,000 of those encounters" is part of a count the sentence before gave, in its context.
            var subject = subject
            if !sameParagraph, Self.isPartitiveOfEarlier(found, in: text) {
                subject += previousOwnSubject.filter { !subject.contains($0) }
            }
            if found.measure != nil, found.quantity.kind == .count { previousCounted = found }
            let quantity = found.quantity
            var period = (quantity.period ?? ownPeriod(to: quantity, claimEnd: found.claimEnd, in: periods, text: text))?
                .shifted(by: shift)
            if period == nil, takesPeriodFromContext(quantity) {
                period = carriedPeriod ?? laterClausePeriod(after: found.claimEnd, in: periods, text: text)?.shifted(by: shift)
            }
            if let period, takesPeriodFromContext(quantity) {
                memory.lastPeriod = period
                memory.sentencesSincePeriod = 0
            }
            let claimText = text.string(from: quantity.start, to: found.claimEnd)
            claims.append(NumericClaim(
                id: "n\(claims.count + 1)", text: claimText, sentence: sentence.text, start: quantity.start + shift, end: found.claimEnd + shift,
                quantity: quantity.shifted(by: shift), measure: found.measure, subject: subject, period: period))
        }
    }

    /// "about 400 migrants …, down from more than 600": a bare count right after "from" counts what
    /// the count before it in the sentence counted.
    private static func sharingMeasure(
        _ found: ScannedQuantity, with previous: ScannedQuantity?, in text: SentenceText
    ) -> ScannedQuantity {
        guard let previous, found.measure == nil, found.quantity.unit == nil, found.quantity.kind == .count,
            previous.claimEnd <= found.quantity.start
        else { return found }
        let bytes = text.bytes
        let floor = text.byteOffset(ofScalar: previous.claimEnd)
        var end = text.byteOffset(ofScalar: found.quantity.start)
        while end > floor, bytes[end - 1] == 0x20 { end -= 1 }
        let from = " from".utf8
        guard end - from.count >= floor, bytes[(end - from.count)..<end].elementsEqual(from) else { return found }
        var shared = found
        shared.measure = previous.measure
        shared.quantity.unit = previous.quantity.unit
        return shared
    }

    /// "112,000 of those encounters", "of the April encounters": a part of something already counted.
    private static func isPartitiveOfEarlier(_ found: ScannedQuantity, in text: SentenceText) -> Bool {
        let start = text.byteOffset(ofScalar: found.quantity.end)
        // Every phrase opens with " of ": most numbers are followed by something else, and need no string.
        guard text.bytes[start...].starts(with: " of ".utf8) else { return false }
        let after = text.string(from: start, scalars: 11)
        return [" of those ", " of these ", " of the "].contains { after.hasPrefix($0) }
    }

    static func markedCarried(_ words: String) -> String {
        words.hasPrefix(RateTopicMemory.carriedMarker) ? words : RateTopicMemory.carriedMarker + words
    }

    /// Counts, sums and percentages happen in a period; dates, years and durations are their own time.
    private static func takesPeriodFromContext(_ quantity: Quantity) -> Bool {
        quantity.kind == .count || quantity.kind == .money || quantity.kind == .percent
    }

    /// The period after the claim in its clause ("234,000 encounters in April alone"), else the
    /// nearest one before it; never the claim's own words nor the time of a statement.
    private static func ownPeriod(to quantity: Quantity, claimEnd: Int, in periods: [Period], text: SentenceText) -> Period? {
        let outside = periods.filter {
            ($0.end <= quantity.start || $0.start >= claimEnd) && !datesAStatement($0, in: text)
        }
        if let after = outside.first(where: { $0.start >= claimEnd }), !crossesClause(claimEnd, after, in: text) {
            return after
        }
        return outside.last(where: { $0.end <= quantity.start })
    }

    /// A period later in the sentence but past a comma, semicolon or dash: another clause's time
    /// ("… under Title 42, the order put in place last March"), used only when nothing earlier gives one.
    private static func laterClausePeriod(after claimEnd: Int, in periods: [Period], text: SentenceText) -> Period? {
        periods.first { $0.start >= claimEnd && !datesAStatement($0, in: text) }
    }

    /// A comma, semicolon, opening parenthesis, en or em dash between the claim and the period.
    private static func crossesClause(_ claimEnd: Int, _ period: Period, in text: SentenceText) -> Bool {
        let bytes = text.bytes
        let end = text.byteOffset(ofScalar: period.start)
        var index = text.byteOffset(ofScalar: claimEnd)
        while index < end {
            switch bytes[index] {
            case 0x2C, 0x3B, 0x28: return true
            // "–" and "—" (U+2013, U+2014) are E2 80 93 and E2 80 94.
            case 0xE2 where index + 2 < end && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94):
                return true
            default: index += 1
            }
        }
        return false
    }

    /// "said this month", "reported Friday": the period dates the statement, not the number.
    private static func datesAStatement(_ period: Period, in text: SentenceText) -> Bool {
        let bytes = text.bytes
        var end = text.byteOffset(ofScalar: period.start)
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        // The word before: a run of letters back from there.
        while start > 0 {
            let byte = bytes[start - 1]
            if byte < 0x80 {
                guard Tokenizer.isLetter(byte) else { break }
                start -= 1
                continue
            }
            var lead = start - 1
            while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard Unicode.Scalar(Tokenizer.decode(bytes, at: lead).0)?.properties.isAlphabetic == true else { break }
            // A letter outside ASCII: no statement verb has one.
            return false
        }
        guard start < end else { return false }
        return statementVerbs.contains(bytes[start..<end].reduce(WordKey.offsetBasis, WordKey.mix))
    }

    private static let statementVerbs = WordKeySet([
        "said", "says", "say", "reported", "reports", "announced", "announces", "told", "wrote", "writes", "stated",
        "published", "testified", "tweeted", "posted",
    ].map(WordKey.of))
}

/// One sentence's UTF-8 bytes and tokens, addressed by the code-point offsets claims report.
struct SentenceText {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]

    /// The byte offset of a code-point offset: counted on from the last token starting at or before it
    /// (claim and period bounds start or end a token, so that is at most one token's length).
    func byteOffset(ofScalar scalar: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].scalarStart <= scalar { low = middle + 1 } else { high = middle }
        }
        var byte = low > 0 ? tokens[low - 1].start : 0
        var count = low > 0 ? tokens[low - 1].scalarStart : 0
        while count < scalar, byte < bytes.count {
            byte = nextScalar(after: byte)
            count += 1
        }
        return byte
    }

    /// The text between two code-point offsets.
    func string(from start: Int, to end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[byteOffset(ofScalar: start)..<byteOffset(ofScalar: end)]), as: UTF8.self)
    }

    /// At most `scalars` code points from the byte offset `start`.
    func string(from start: Int, scalars: Int) -> String {
        var end = start
        for _ in 0..<scalars where end < bytes.count { end = nextScalar(after: end) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private func nextScalar(after byte: Int) -> Int {
        var next = byte + 1
        while next < bytes.count, bytes[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}

extension Quantity {
    func shifted(by offset: Int) -> Quantity {
        var copy = self
        copy.start += offset
        copy.end += offset
        copy.period = period?.shifted(by: offset)
        return copy
    }
}

extension Period {
    func shifted(by offset: Int) -> Period {
        var copy = self
        copy.start += offset
        copy.end += offset
        return copy
    }
}
