import Testing
@testable import Claims

/// A sentence that continues the one before it takes the period and context words it leaves unsaid.
@Suite struct ContinuationTests {
    /// Paragraphs (joined by blank lines) with one claim marked → its period ("-" for none) and subject words.
    static let cases: [(String, String, [String])] = [
        (
            "CBP counted 100,000 encounters at the southwest border in February.\n\nBorder Patrol agents made [97,643] of those encounters.",
            "2022-02-01..2022-02-28", ["Border Patrol", "earlier: CBP", "earlier: at the southwest border"]
        ),
        (
            "CBP counted 100,000 encounters in February. Agents made 97,643 of them. [About 74,000] ended in expulsions under Title 42, the order put in place last March.",
            "2022-02-01..2022-02-28", ["Title 42", "earlier: CBP"]
        ),
        (
            "Border Patrol agents stop most people between ports. Agents accounted for [201,800 encounters] in April.",
            "2022-04-01..2022-04-30", ["earlier: Border Patrol"]
        ),
        // Its own period wins over the carried one.
        ("CBP counted 100,000 encounters in February. Agents made [90,000 arrests] in March.", "2022-03-01..2022-03-31", ["earlier: CBP"]),
        // Three sentences on, the period no longer carries; a new paragraph drops the context words.
        ("CBP counted 100,000 encounters in February. The agency gave no reason. Officials declined to comment.\n\nAgents made [90,000 arrests].", "-", []),
        // A new paragraph that names nothing keeps where things happened, not who did them.
        (
            "CBP counted 100,000 encounters at the southwest border in February.\n\nEncounters peaked at [213,593] in May.",
            "2022-05-01..2022-05-31", ["earlier: at the southwest border"]
        ),
        (
            "CBP counted 100,000 encounters at the southwest border in February.\n\nIn Texas, shelters took in [9,000 people] in May.",
            "2022-05-01..2022-05-31", ["Texas"]
        ),
        // "Of those encounters" reaches into the previous paragraph for the count's context too.
        (
            "CBP counted 178,795 encounters at the southwest border in April.\n\n[More than 112,000] of those encounters ended under Title 42.",
            "2022-04-01..2022-04-30", ["Title 42", "earlier: CBP", "earlier: at the southwest border"]
        ),
        (
            "CBP counted 178,795 encounters at the southwest border in April.\n\n[More than 112,000 migrants] ended under Title 42.",
            "2022-04-01..2022-04-30", ["Title 42"]
        ),
        // With nothing before, a later clause's period is the best there is.
        ("Agents made [9,000 arrests], most of them in May.", "2022-05-01..2022-05-31", []),
        // Dates and durations are their own time.
        ("CBP counted 100,000 encounters in February. The order lasted [two years].", "-", ["earlier: CBP"]),
    ]

    /// A bare count right after "from" counts what the count before it counted; elsewhere it stays bare.
    @Test(arguments: [
        ("The group helped about 400 migrants in May, down from [more than 600] in April.", "migrants"),
        ("Shelters housed 1,200 families, up from [900] a year earlier.", "families"),
        ("Agents made 400 arrests in May; the total was [600] in April.", "-"),
        ("From [600] in April, the count fell.", "-"),
    ])
    func bareCountAfterFromSharesTheMeasure(marked: String, unit: String) throws {
        let (text, spans) = try #require(MarkedText.parse(marked))
        let claims = NumericClaimTests.numericClaims(text)
        let claim = try #require(claims.first { $0.start == spans[0].start }, "\(claims.map(\.text))")
        #expect(claim.text == spans[0].text)
        #expect((claim.quantity.unit ?? "-") == unit)
        #expect((claim.measure ?? "-") == unit)
    }

    @Test(arguments: cases)
    func continuation(marked: String, period: String, subject: [String]) throws {
        let (text, spans) = try #require(MarkedText.parse(marked))
        let claims = NumericClaimTests.numericClaims(text)
        let claim = try #require(claims.first { $0.start == spans[0].start }, "\(claims.map(\.text))")
        #expect(claim.text == spans[0].text)
        #expect((claim.period.map { "\($0.from ?? "nil")..\($0.to ?? "nil")" } ?? "-") == period)
        #expect(claim.subject == subject)
    }
}
