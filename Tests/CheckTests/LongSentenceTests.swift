import Claims
import Testing
@testable import Check

/// A sentence with a hundred thousand numbers is checked with work proportional to its length: every claim of
/// the sentence shares one index of its words, instead of re-reading the sentence for each claim and rule.
struct LongSentenceTests {
    /// One clause per claim, in the words the bundled rules look for (context, measures, direction, records),
    /// so every claim meets several rules; the claims name no measure of their own, so the sentence stands in.
    static let clause = "inflation eased to 8.6% in May 2022 and border encounters rose to 234,088, the highest since 1981, officials say; "

    /// The claims of a sentence made of `count` clauses, one numeric claim per clause, as the claims stage gives them.
    static func claims(clauses count: Int) -> [Claim] {
        let sentence = String(repeating: clause, count: count)
        let clauseLength = clause.unicodeScalars.count
        let may = Period(text: "in May 2022", start: 0, end: 0, from: "2022-05-01", to: "2022-05-31", granularity: .month)
        return (0..<count).map { index in
            let start = index * clauseLength + 20
            let quantity = Quantity(text: "8.6%", start: start, end: start + 4, value: 8.6, kind: .percent, unit: "%")
            return .numeric(NumericClaim(
                id: "n\(index)", text: "8.6%", sentence: sentence, start: start, end: start + 4, quantity: quantity, measure: nil,
                subject: [], period: may))
        }
    }

    /// Checks the claims as `Verifier.check` does and returns the verdicts with the matching work done.
    static func check(_ claims: [Claim], verifier: Verifier) -> (verdicts: [Verdict], work: Int) {
        let (contexts, contextOfClaim) = SentenceContext.grouped(claims)
        let verdicts = claims.indices.map { position in
            verifier.check(claims[position], articleDate: Day(year: 2022, month: 6, day: 10), context: contexts[contextOfClaim[position]]).verdict
        }
        return (verdicts, contexts.reduce(0) { $0 + $1.words.work })
    }

    @Test func workGrowsLinearlyWithTheSentence() throws {
        let verifier = try Bundled.verifier()
        let small = Self.check(Self.claims(clauses: 1_000), verifier: verifier)
        let large = Self.check(Self.claims(clauses: 10_000), verifier: verifier)
        #expect(Self.clause.utf8.count * 10_000 >= 1_000_000)
        // Ten times the sentence (and ten times the claims) is ten times the work, not a hundred.
        #expect(large.work <= small.work * 11)
        #expect(large.work < 40 * 10_000 * 18)  // a few passes over the sentence's 18 stems per clause
        // The claims all say the same thing, so they all get the first claim's verdict.
        #expect(Set(large.verdicts) == [small.verdicts[0]])
        #expect(small.verdicts[0] != .unverifiable)
    }

    @Test func publicCheckMatchesTheShortSentenceVerdict() throws {
        let verifier = try Bundled.verifier()
        let alone = verifier.check(Self.claims(clauses: 1), articleDate: Day(year: 2022, month: 6, day: 10))
        let many = verifier.check(Self.claims(clauses: 10_000), articleDate: Day(year: 2022, month: 6, day: 10))
        #expect(many.count == 10_000)
        #expect(many.allSatisfy { $0.verdict == alone[0].verdict && $0.rule == alone[0].rule })
    }
}
