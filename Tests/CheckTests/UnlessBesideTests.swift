import Claims
import Testing
@testable import Check

/// `unless-beside`: a percentage written next to "target" or "earnings" in an inflation story is not the
/// inflation rate, while the rate in the same sentence still is.
struct UnlessBesideTests {
    struct Case: Sendable, CustomStringConvertible {
        var sentence: String
        var number: String
        var value: Double
        var month: String
        var verdict: Verdict
        var explanation: String
        var description: String { number + " in " + sentence }
    }

    static let cases: [Case] = [
        Case(
            sentence: "A year earlier, in May 2021, the inflation rate stood at 5%, already well above the Federal Reserve's 2% target.",
            number: "2%", value: 2, month: "2021-05", verdict: .unverifiable, explanation: "Claimed 2; no rule applies to this claim: unverifiable."),
        Case(
            sentence: "A year earlier, in May 2021, the inflation rate stood at 5%, already well above the Federal Reserve's 2% target.",
            number: "5%", value: 5, month: "2021-05", verdict: .supported,
            explanation: "Claimed 5; the CPI-U rose 5% in the 12 months through May 2021 (BLS): supported."),
        Case(
            sentence: "Consumer prices rose 9.1% in June from a year earlier, and average hourly earnings were up 5.2% over the same period.",
            number: "5.2%", value: 5.2, month: "2022-06", verdict: .unverifiable, explanation: "Claimed 5.2; no rule applies to this claim: unverifiable."),
        Case(
            sentence: "Consumer prices rose 9.1% in June from a year earlier, and average hourly earnings were up 5.2% over the same period.",
            number: "9.1%", value: 9.1, month: "2022-06", verdict: .supported,
            explanation: "Claimed 9.1; the CPI-U rose 9.1% in the 12 months through June 2022 (BLS): supported."),
        // The same number twice: only one of its places is beside "target", so the rule still applies.
        Case(
            sentence: "Inflation was 2% in February 2020, exactly the Fed's 2% target.",
            number: "2%", value: 2, month: "2020-02", verdict: .refuted,
            explanation: "Claimed 2; the CPI-U rose 2.3% in the 12 months through February 2020 (BLS): refuted."),
    ]

    @Test(arguments: cases) func verdict(_ testCase: Case) throws {
        let period = Make.period(testCase.month, testCase.month + "-01", testCase.month + "-28", .month)
        let claim = Make.numeric(testCase.number, in: testCase.sentence, value: testCase.value, kind: .percent, measure: nil, period: period)
        let checked = try Bundled.verifier().check(claim, articleDate: Day(year: 2022, month: 8, day: 5))
        #expect(checked.verdict == testCase.verdict)
        #expect(checked.explanation == testCase.explanation)
    }
}
