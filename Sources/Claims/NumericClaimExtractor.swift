import Sentences

/// Numeric claims: each quantity in its sentence with what it counts, the context words rules
/// match on, and the period the sentence gives it.
public enum NumericClaimExtractor {
    /// Claims in text order with ids "n1", "n2", …; offsets are code points into `text`.
    public static func claims(text: String, sentences: [Sentence], date: Day?) -> [NumericClaim] {
        var claims: [NumericClaim] = []
        for sentence in sentences where !SentenceFilter.isPromoOrByline(sentence.text) {
            for claim in sentenceClaims(sentence, date: date) {
                var numbered = claim
                numbered.id = "n\(claims.count + 1)"
                claims.append(numbered)
            }
        }
        return claims
    }

    private static func sentenceClaims(_ sentence: Sentence, date: Day?) -> [NumericClaim] {
        let scanned = QuantityScanner.scan(sentence.text, date: date)
        guard !scanned.isEmpty else { return [] }
        let periods = TimeExpressions.periods(in: sentence.text, date: date)
        let subject = SubjectReader.subjects(in: sentence.text)
        let scalars = Array(sentence.text.unicodeScalars)
        let shift = sentence.start
        return scanned.map { found in
            let quantity = found.quantity
            let period = quantity.period ?? nearestPeriod(to: quantity, claimEnd: found.claimEnd, in: periods)
            let claimText = String(String.UnicodeScalarView(scalars[quantity.start..<found.claimEnd]))
            return NumericClaim(
                id: "", text: claimText, sentence: sentence.text, start: quantity.start + shift, end: found.claimEnd + shift,
                quantity: quantity.shifted(by: shift), measure: found.measure, subject: subject,
                period: period?.shifted(by: shift))
        }
    }

    /// The period after the claim in its sentence ("234,000 encounters in April alone"), else the
    /// nearest one before it; never the claim's own words.
    private static func nearestPeriod(to quantity: Quantity, claimEnd: Int, in periods: [Period]) -> Period? {
        let outside = periods.filter { $0.end <= quantity.start || $0.start >= claimEnd }
        if let after = outside.first(where: { $0.start >= claimEnd }) { return after }
        return outside.last
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
