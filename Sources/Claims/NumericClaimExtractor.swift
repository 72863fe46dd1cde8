import Sentences

/// Numeric claims: each quantity in its sentence with what it counts, the context words rules
/// match on, and the period the sentence gives it. A sentence that continues the one before it
/// ("Border Patrol agents made 97,643 of those encounters.") takes what it leaves unsaid from there.
public enum NumericClaimExtractor {
    /// Claims in text order with ids "n1", "n2", …; offsets are code points into `text`.
    public static func claims(text: String, sentences: [Sentence], date: Day?) -> [NumericClaim] {
        // Each sentence is tokenized once: the casing evidence, the rate topic, subject, quantity and
        // time readers all read the same tokens.
        var casing = CasingEvidence()
        let sentenceTokens = sentences.map { sentence in
            var text = sentence.text
            return text.withUTF8 { bytes in
                let tokens = Tokenizer.tokens(bytes)
                casing.record(tokens, bytes)
                return tokens
            }
        }
        var claims: [NumericClaim] = []
        var memory = Discourse()
        for (sentence, tokens) in zip(sentences, sentenceTokens) where !SentenceFilter.isPromoOrByline(sentence.text) {
            var text = sentence.text
            let found = text.withUTF8 { bytes in
                sentenceClaims(sentence, bytes: bytes, tokens: tokens, date: date, casing: casing, memory: &memory)
            }
            for claim in found {
                var numbered = claim
                numbered.id = "n\(claims.count + 1)"
                claims.append(numbered)
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

    private static func sentenceClaims(
        _ sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], date: Day?, casing: CasingEvidence,
        memory: inout Discourse
    ) -> [NumericClaim] {
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
        guard !scanned.isEmpty else { return [] }

        let periods = TimeExpressions.periods(in: bytes, tokens: tokens, date: date)
        // Rates named only as "the rate" take the topic of an earlier sentence.
        let rateTopic = percentStarts.isEmpty ? [] : carriedTopic.map { [$0] } ?? []
        let subject = ownSubject + rateTopic + carriedSubject.filter { !rateTopic.contains($0) }
        let scalars = Array(sentence.text.unicodeScalars)
        let shift = sentence.start
        let carriedPeriod = memory.lastPeriod
        var claims: [NumericClaim] = []
        var previousCounted: ScannedQuantity?
        for scannedQuantity in scanned {
            let found = Self.sharingMeasure(scannedQuantity, with: previousCounted, scalars: scalars)
            // "112,000 of those encounters" is part of a count the sentence before gave, in its context.
            var subject = subject
            if !sameParagraph, Self.isPartitiveOfEarlier(found, scalars: scalars) {
                subject += previousOwnSubject.filter { !subject.contains($0) }
            }
            if found.measure != nil, found.quantity.kind == .count { previousCounted = found }
            let quantity = found.quantity
            var period = (quantity.period ?? ownPeriod(to: quantity, claimEnd: found.claimEnd, in: periods, scalars: scalars))?
                .shifted(by: shift)
            if period == nil, takesPeriodFromContext(quantity) {
                period = carriedPeriod ?? laterClausePeriod(after: found.claimEnd, in: periods, scalars: scalars)?.shifted(by: shift)
            }
            if let period, takesPeriodFromContext(quantity) {
                memory.lastPeriod = period
                memory.sentencesSincePeriod = 0
            }
            let claimText = String(String.UnicodeScalarView(scalars[quantity.start..<found.claimEnd]))
            claims.append(NumericClaim(
                id: "", text: claimText, sentence: sentence.text, start: quantity.start + shift, end: found.claimEnd + shift,
                quantity: quantity.shifted(by: shift), measure: found.measure, subject: subject, period: period))
        }
        return claims
    }

    /// "about 400 migrants …, down from more than 600": a bare count right after "from" counts what
    /// the count before it in the sentence counted.
    private static func sharingMeasure(
        _ found: ScannedQuantity, with previous: ScannedQuantity?, scalars: [Unicode.Scalar]
    ) -> ScannedQuantity {
        guard let previous, found.measure == nil, found.quantity.unit == nil, found.quantity.kind == .count,
            previous.claimEnd <= found.quantity.start
        else { return found }
        var end = found.quantity.start
        while end > previous.claimEnd, scalars[end - 1] == " " { end -= 1 }
        let from: [Unicode.Scalar] = [" ", "f", "r", "o", "m"]
        guard end - from.count >= previous.claimEnd, Array(scalars[(end - from.count)..<end]) == from else { return found }
        var shared = found
        shared.measure = previous.measure
        shared.quantity.unit = previous.quantity.unit
        return shared
    }

    /// "112,000 of those encounters", "of the April encounters": a part of something already counted.
    private static func isPartitiveOfEarlier(_ found: ScannedQuantity, scalars: [Unicode.Scalar]) -> Bool {
        let after = String(String.UnicodeScalarView(scalars[found.quantity.end..<min(scalars.count, found.quantity.end + 11)]))
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
    private static func ownPeriod(
        to quantity: Quantity, claimEnd: Int, in periods: [Period], scalars: [Unicode.Scalar]
    ) -> Period? {
        let outside = periods.filter {
            ($0.end <= quantity.start || $0.start >= claimEnd) && !datesAStatement($0, scalars: scalars)
        }
        if let after = outside.first(where: { $0.start >= claimEnd }), !crossesClause(claimEnd, after, scalars) {
            return after
        }
        return outside.last(where: { $0.end <= quantity.start })
    }

    /// A period later in the sentence but past a comma, semicolon or dash: another clause's time
    /// ("… under Title 42, the order put in place last March"), used only when nothing earlier gives one.
    private static func laterClausePeriod(after claimEnd: Int, in periods: [Period], scalars: [Unicode.Scalar]) -> Period? {
        periods.first { $0.start >= claimEnd && !datesAStatement($0, scalars: scalars) }
    }

    private static func crossesClause(_ claimEnd: Int, _ period: Period, _ scalars: [Unicode.Scalar]) -> Bool {
        scalars[claimEnd..<period.start].contains(where: isClauseBreak)
    }

    /// "said this month", "reported Friday": the period dates the statement, not the number.
    private static func datesAStatement(_ period: Period, scalars: [Unicode.Scalar]) -> Bool {
        var end = period.start
        while end > 0, scalars[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        guard start < end else { return false }
        let word = String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
        return statementVerbs.contains(word)
    }

    private static let statementVerbs: Set<String> = [
        "said", "says", "say", "reported", "reports", "announced", "announces", "told", "wrote", "writes", "stated",
        "published", "testified", "tweeted", "posted",
    ]

    private static func isClauseBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == ";" || scalar == "\u{2014}" || scalar == "\u{2013}" || scalar == "("
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
