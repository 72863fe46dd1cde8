import Claims
import Testing
@testable import Check

/// `type: record` checks "the highest since December 1981" against the figure the same sentence gives.
struct RecordTests {
    static let manifest = """
        name: rate
        title: A monthly rate
        publisher: Test
        source: test
        licence: CC0
        files: [{path: rate.csv}]
        columns:
          year: {type: integer}
          month: {type: integer}
          rate: {type: number}
          since_year: {type: integer}
          since_month: {type: integer}
        keys: [year, month]

        """
    static let data = "year,month,rate,since_year,since_month\n2022,5,8.6,1981,12\n2022,6,9.1,1981,11\n2022,7,8.5,2022,5\n1981,1,11.8,,\n"
    static let rules = """
        rules:
          - id: record
            description: The last earlier month at least as high.
            type: record
            applies-to: {context: [highest since, largest increase since]}
            lookup:
              dataset: rate
              filters: {year: "{period.year}", month: "{period.month}"}
              record: {year: since_year, month: since_month}
            says: the rate for {period} was last as high in {value}
            examples:
              - {sentence: "Prices rose 8.6% through May, the highest since December 1981.", date: 2022-06-10, verdict: supported}
              - {sentence: "Prices rose 8.6% through May, the highest since 1990.", date: 2022-06-10, verdict: refuted}

        """

    static func verifier() throws -> Verifier {
        let scratch = Scratch()
        _ = scratch.write("reference/rate/dataset.yaml", Self.manifest)
        _ = scratch.write("reference/rate/rate.csv", Self.data)
        _ = scratch.write("rules/record.yaml", Self.rules)
        let library = try ReferenceLibrary.load(directory: scratch.path + "/reference")
        return Verifier(rules: try RuleSet.load(directory: scratch.path + "/rules", library: library), library: library)
    }

    /// The sentence's two claims: the figure for `month` of 2022 and the record's date.
    static func claims(_ sentence: String, month: Int, since: Period, sinceKind: Quantity.Kind) -> [Claim] {
        let figureText = "8.6%"
        let figurePeriod = Make.period("through month \(month)", "2022-0\(month)-01", "2022-0\(month)-28", .month)
        guard case .numeric(var figure) = Make.numeric(figureText, in: sentence, value: 8.6, kind: .percent, measure: nil, period: figurePeriod),
              case .numeric(var record) = Make.numeric(since.text, in: sentence, value: nil, kind: sinceKind, measure: nil, period: since)
        else { return [] }
        figure.id = "n1"
        record.id = "n2"
        record.start = 40
        record.end = 40 + since.text.count
        record.period = since
        return [.numeric(figure), .numeric(record)]
    }

    @Test(arguments: [
        ("Prices rose 8.6% through May, the highest since December 1981.", 5, Make.period("December 1981", "1981-12-01", "1981-12-31", .month), Verdict.supported,
         "Claimed a record since December 1981; the rate for May 2022 was last as high in December 1981: supported."),
        ("Prices rose 9.1% through June, the largest increase since December 1981.", 6, Make.period("December 1981", "1981-12-01", "1981-12-31", .month), .refuted,
         "Claimed a record since December 1981; the rate for June 2022 was last as high in November 1981: refuted."),
        ("Prices rose 9.1% through June, the highest since 1981.", 6, Make.period("1981", "1981-01-01", "1981-12-31", .year), .supported,
         "Claimed a record since 1981; the rate for June 2022 was last as high in November 1981: supported."),
    ])
    func theRecordGoesBackToTheClaimedPeriod(_ sentence: String, month: Int, since: Period, verdict: Verdict, explanation: String) throws {
        let claims = Self.claims(sentence, month: month, since: since, sinceKind: since.granularity == .year ? .year : .date)
        let checked = try Self.verifier().check(claims, articleDate: Day(year: 2022, month: 7, day: 20))
        #expect(checked.last?.verdict == verdict)
        #expect(checked.last?.explanation == explanation)
    }

    @Test func withoutAFigureTheRecordNeedsReview() throws {
        let sentence = "It was the highest since December 1981."
        let since = Make.period("December 1981", "1981-12-01", "1981-12-31", .month)
        let claim = Make.numeric("December 1981", in: sentence, value: nil, kind: .date, measure: nil, period: since)
        let checked = try Self.verifier().check([claim], articleDate: Day(year: 2022, month: 7, day: 20))
        #expect(checked.first?.verdict == .needsReview)
        #expect(checked.first?.explanation
            == "Claimed a record since December 1981; the sentence gives no figure for a period before it, so the record cannot be checked: needs review.")
    }
}
