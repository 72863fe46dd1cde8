import Claims
import Testing
@testable import Check

/// `check` decides with the prepared rules (cheapest conditions first, phrases numbered, rows indexed per rule);
/// `explain` words the first failed condition in its documented order. Both must see the same rules apply.
struct PreparedRuleTests {
    static let june7 = Day(year: 2022, month: 6, day: 7)

    /// The hand-built claims of the verdict tests, numeric and attribution, with their article dates.
    static let claims: [(claim: Claim, date: Day?)] = (VerifierTests.numericCases + VerifierTests.attributionCases).map { ($0.claim, $0.date) }

    @Test(arguments: 0..<claims.count)
    func fastTestAgreesWithTheWordedReason(_ number: Int) throws {
        let verifier = try Bundled.verifier()
        let (claim, date) = Self.claims[number]
        let words = Verifier.ClaimWords(claim, sentence: SentenceWords(claim.sentenceText))
        for rule in verifier.prepared {
            let reason = verifier.applicability(of: rule, to: claim, words: words)
            #expect(verifier.applies(rule, to: claim, words: words) == (reason == nil), "\(rule.rule.id): \(reason ?? "applies")")
        }
        let (considered, explained) = verifier.explain(claim, articleDate: date)
        let checked = verifier.check(claim, articleDate: date)
        #expect(explained.verdict == checked.verdict)
        #expect(explained.rule == checked.rule)
        #expect(explained.explanation == checked.explanation)
        #expect(considered.count == verifier.rules.rules.count)
    }

    /// Every row of every bundled dataset, looked up by the filter columns of each rule that reads the dataset, is
    /// found by the rule's index exactly as `Dataset.rows(matching:)` finds it (values written as the row has them).
    @Test func indexedRowsMatchTheScan() throws {
        let verifier = try Bundled.verifier()
        var lookups = 0
        for rule in verifier.prepared {
            guard let lookup = rule.lookup, let dataset = verifier.library.datasets[rule.rule.lookup.dataset] else { continue }
            for row in dataset.rows.prefix(300) {
                let values = zip(lookup.columns, lookup.positions).map { _, position in row.cells[position] }
                let filters = Dictionary(uniqueKeysWithValues: zip(lookup.columns, values))
                #expect(lookup.rows(dataset, matching: values).map(\.line) == dataset.rows(matching: filters).map(\.line))
                lookups += 1
            }
            if !lookup.columns.isEmpty {
                #expect(lookup.rows(dataset, matching: lookup.columns.map { _ in "no such value" }).isEmpty)
            }
        }
        #expect(lookups > 1_000)
    }

    /// A `says` template cut once fills in as the text reads: known placeholders replaced, other braces kept.
    @Test(arguments: [
        ("CBP reported {value} encounters for {period}", "CBP reported 234,088 encounters for April 2022"),
        ("{dataset}: {value} ({claimed} claimed)", "CBP data: 234,088 (more than 234,000 claimed)"),
        ("{unknown} and {value", "{unknown} and {value"),
        ("no placeholders", "no placeholders"),
        ("{value}{value}", "234,088234,088"),
    ])
    func saysTemplates(_ template: String, _ expected: String) {
        let filled = SaysTemplate(template).filled(value: "234,088", period: "April 2022", claimed: "more than 234,000", dataset: "CBP data")
        #expect(filled == expected)
    }

    /// Numbers as explanations write them: whole numbers grouped by thousands, others to three decimals.
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (7, "7"), (999, "999"), (1_000, "1,000"), (234_088, "234,088"), (-1_234_567, "-1,234,567"),
        (999_999_999_999_999, "999,999,999,999,999"), (1e15, "1000000000000000"), (0.5, "0.5"), (8.6, "8.6"), (-2.25, "-2.25"), (1.0 / 3, "0.333"),
    ] as [(Double, String)])
    func numbers(_ value: Double, _ expected: String) {
        #expect(Format.number(value) == expected)
    }
}
