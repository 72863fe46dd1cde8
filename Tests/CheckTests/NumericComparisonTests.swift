import Claims
import Testing
@testable import Check

/// The approximator decides how a reference figure is compared with the claimed number.
struct NumericComparisonTests {
    struct Case: Sendable, CustomStringConvertible {
        var claim: String
        var value: Double?
        var bound: Quantity.Bound
        var lower: Double? = nil
        var upper: Double? = nil
        var reference: Double
        var tolerance: Double? = nil
        var verdict: Verdict?
        var arithmetic: String?
        var description: String { "\(claim) vs \(reference)" }
    }

    static let cases: [Case] = [
        Case(claim: "more than 234,000", value: 234_000, bound: .greaterThan, reference: 234_088, verdict: .supported, arithmetic: "234,088 > 234,000"),
        Case(claim: "more than 234,000", value: 234_000, bound: .greaterThan, reference: 234_000, verdict: .refuted, arithmetic: "234,000 ≤ 234,000, not more than 234,000"),
        Case(claim: "at least 234,000", value: 234_000, bound: .atLeast, reference: 234_000, verdict: .supported, arithmetic: "234,000 ≥ 234,000"),
        Case(claim: "fewer than 200,000", value: 200_000, bound: .lessThan, reference: 234_088, verdict: .refuted, arithmetic: "234,088 ≥ 200,000, not less than 200,000"),
        Case(claim: "up to 240,000", value: 240_000, bound: .atMost, reference: 234_088, verdict: .supported, arithmetic: "234,088 ≤ 240,000"),
        Case(claim: "about 12,000", value: 12_000, bound: .approximate, reference: 12_600, verdict: .supported, arithmetic: "|12,600 − 12,000| = 600 ≤ 600 (5% of 12,000)"),
        Case(claim: "about 12,000", value: 12_000, bound: .approximate, reference: 12_601, verdict: .refuted, arithmetic: "|12,601 − 12,000| = 601 > 600 (5% of 12,000)"),
        Case(claim: "about 12,000", value: 12_000, bound: .approximate, reference: 13_000, tolerance: 0.1, verdict: .supported, arithmetic: "|13,000 − 12,000| = 1,000 ≤ 1,200 (10% of 12,000)"),
        Case(claim: "nearly 240,000", value: 240_000, bound: .justBelow, reference: 234_088, verdict: .supported, arithmetic: "228,000 ≤ 234,088 ≤ 240,000 (up to 5% below) is true"),
        Case(claim: "nearly 234,000", value: 234_000, bound: .justBelow, reference: 234_088, verdict: .refuted, arithmetic: "222,300 ≤ 234,088 ≤ 234,000 (up to 5% below) is false"),
        Case(claim: "234,000", value: 234_000, bound: .exact, reference: 234_499, verdict: .supported, arithmetic: "|234,499 − 234,000| = 499 ≤ 500 (stated precision)"),
        Case(claim: "234,000", value: 234_000, bound: .exact, reference: 234_501, verdict: .refuted, arithmetic: "|234,501 − 234,000| = 501 > 500 (stated precision)"),
        Case(claim: "234,088", value: 234_088, bound: .exact, reference: 235_785, verdict: .refuted, arithmetic: "|235,785 − 234,088| = 1,697 > 0.5 (stated precision)"),
        Case(claim: "1.5 million", value: 1_500_000, bound: .exact, reference: 1_549_000, verdict: .supported, arithmetic: "|1,549,000 − 1,500,000| = 49,000 ≤ 50,000 (stated precision)"),
        Case(claim: "4.5%", value: 4.5, bound: .exact, reference: 4.56, verdict: .refuted, arithmetic: "|4.56 − 4.5| = 0.06 > 0.05 (stated precision)"),
        Case(claim: "two dozen", value: 24, bound: .exact, reference: 24, verdict: .supported, arithmetic: "|24 − 24| = 0 ≤ 0 (stated precision)"),
        Case(claim: "20", value: 20, bound: .exact, reference: 24, verdict: .refuted, arithmetic: "|24 − 20| = 4 > 1 (stated precision, at most 5% of 20)"),
        Case(claim: "300", value: 300, bound: .exact, reference: 312, verdict: .supported, arithmetic: "|312 − 300| = 12 ≤ 15 (stated precision, at most 5% of 300)"),
        Case(claim: "2 million", value: 2_000_000, bound: .exact, reference: 1_800_000, verdict: .refuted, arithmetic: "|1,800,000 − 2,000,000| = 200,000 > 100,000 (stated precision, at most 5% of 2,000,000)"),
        Case(claim: "two dozen", value: 24, bound: .exact, reference: 25, tolerance: 0.05, verdict: .supported, arithmetic: "|25 − 24| = 1 ≤ 1.2 (5% of 24)"),
        Case(claim: "between 200,000 and 250,000", value: nil, bound: .between, lower: 200_000, upper: 250_000, reference: 234_088, verdict: .supported, arithmetic: "200,000 ≤ 234,088 ≤ 250,000 is true"),
        Case(claim: "dozens of", value: nil, bound: .vague, lower: 24, upper: 99, reference: 120, verdict: .refuted, arithmetic: "24 ≤ 120 ≤ 99 is false"),
        Case(claim: "dozens of", value: nil, bound: .vague, reference: 120, verdict: nil, arithmetic: nil),
        Case(claim: "a number read as infinite", value: .infinity, bound: .exact, reference: 120, verdict: nil, arithmetic: nil),
    ]

    @Test(arguments: cases)
    func compare(_ testCase: Case) {
        let quantity = Quantity(
            text: testCase.claim, start: 0, end: testCase.claim.count, value: testCase.value, lower: testCase.lower, upper: testCase.upper,
            kind: .count, bound: testCase.bound)
        let result = NumericComparison.compare(
            reference: testCase.reference, quantity: quantity, tolerance: testCase.tolerance ?? Rule.defaultTolerance,
            toleranceIsExplicit: testCase.tolerance != nil)
        #expect(result?.verdict == testCase.verdict)
        #expect(result?.arithmetic == testCase.arithmetic)
    }

    /// Half a unit of the last digit written: leading zeros and a whole number's trailing zeros are not significant.
    @Test(arguments: [
        ("234,000", 234_000.0, 500.0), ("234,088", 234_088, 0.5), ("1.5 million", 1_500_000, 50_000), ("two dozen", 24, 0),
        ("0.50", 0.5, 0.005), ("1,200.0", 1_200, 0.05), ("007", 7, 0.5), ("100", 100, 50), ("000", 0, 0), ("$0.08", 0.08, 0.005),
        ("4.", 4, 0.5), ("1.2.3", 1.2, 0.005),
    ])
    func statedHalfUnit(_ text: String, _ value: Double, _ expected: Double) {
        let quantity = Quantity(text: text, start: 0, end: text.count, value: value, lower: value, upper: value, kind: .count, bound: .exact)
        #expect(abs(NumericComparison.statedHalfUnit(quantity) - expected) <= expected * 1e-12)
    }
}
