import Sentences

/// Numeric claims: each quantity in its sentence with what it counts, the context words rules
/// match on, and the period the sentence gives it.
public enum NumericClaimExtractor {
    /// Claims in text order with ids "n1", "n2", …; offsets are code points into `text`.
    public static func claims(text: String, sentences: [Sentence], date: Day?) -> [NumericClaim] {
        var claims: [NumericClaim] = []
        var topics = RateTopicMemory()
        for sentence in sentences where !SentenceFilter.isPromoOrByline(sentence.text) {
            for claim in sentenceClaims(sentence, date: date, topics: &topics) {
                var numbered = claim
                numbered.id = "n\(claims.count + 1)"
                claims.append(numbered)
            }
        }
        return claims
    }

    private static func sentenceClaims(_ sentence: Sentence, date: Day?, topics: inout RateTopicMemory) -> [NumericClaim] {
        let scanned = QuantityScanner.scan(sentence.text, date: date)
        let percentStarts = scanned.filter { $0.quantity.kind == .percent }.map(\.quantity.start)
        let carried = topics.carriedTopic(for: sentence.text, percentStarts: percentStarts)
        guard !scanned.isEmpty else { return [] }
        let periods = TimeExpressions.periods(in: sentence.text, date: date)
        // Rates named only as "the rate" take the topic of an earlier sentence, marked as such.
        let subject = SubjectReader.subjects(in: sentence.text) + (percentStarts.isEmpty ? [] : carried.map { [$0] } ?? [])
        let scalars = Array(sentence.text.unicodeScalars)
        let shift = sentence.start
        return scanned.map { found in
            let quantity = found.quantity
            let period = quantity.period ?? nearestPeriod(to: quantity, claimEnd: found.claimEnd, in: periods, scalars: scalars)
            let claimText = String(String.UnicodeScalarView(scalars[quantity.start..<found.claimEnd]))
            return NumericClaim(
                id: "", text: claimText, sentence: sentence.text, start: quantity.start + shift, end: found.claimEnd + shift,
                quantity: quantity.shifted(by: shift), measure: found.measure, subject: subject,
                period: period?.shifted(by: shift))
        }
    }

    /// The period after the claim in its clause ("234,000 encounters in April alone"), else the
    /// nearest one before it, else one later in the sentence; never the claim's own words nor the
    /// time of a statement. A comma,
    /// semicolon or dash between the claim and a later period puts that period in another clause
    /// ("In November 2020, the rate stood at 7.7%, according to a summary published this week").
    private static func nearestPeriod(
        to quantity: Quantity, claimEnd: Int, in periods: [Period], scalars: [Unicode.Scalar]
    ) -> Period? {
        let outside = periods.filter {
            ($0.end <= quantity.start || $0.start >= claimEnd) && !datesAStatement($0, scalars: scalars)
        }
        let after = outside.first(where: { $0.start >= claimEnd })
        if let after, !scalars[claimEnd..<after.start].contains(where: isClauseBreak) { return after }
        return outside.last(where: { $0.end <= quantity.start }) ?? after
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
