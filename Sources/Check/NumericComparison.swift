import Claims

/// Compares a reference value with a claimed quantity, honouring its approximator.
struct NumericComparison {
    var verdict: Verdict
    /// The arithmetic, for the evidence ("234,088 > 234,000").
    var arithmetic: String
    var lower: Double?
    var upper: Double?

    /// Half a unit of the last significant digit as written: "234,000" → 500, "1.5 million" → 50,000,
    /// "234,088" → 0.5; 0 when the text has no digits ("two dozen").
    static func statedHalfUnit(_ quantity: Quantity) -> Double {
        guard let value = quantity.value, value.isFinite, value != 0 else { return 0 }
        // Significant digits: without leading zeros, and without trailing zeros of a whole number; counted as
        // the text is read rather than collected.
        var sawDigit = false
        var sawPoint = false
        var decimals = 0
        var significant = 0
        var trailingZeros = 0
        for byte in quantity.text.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                sawDigit = true
                if sawPoint { decimals += 1 }
                if significant > 0 || byte != UInt8(ascii: "0") {
                    significant += 1
                    trailingZeros = byte == UInt8(ascii: "0") ? trailingZeros + 1 : 0
                }
            } else if byte == UInt8(ascii: "."), sawDigit, !sawPoint {
                sawPoint = true
            }
        }
        guard sawDigit else { return 0 }
        let count = max(decimals == 0 ? significant - trailingZeros : significant, 1)
        let magnitude = Int((abs(value)).log10Floor)
        return pow10(magnitude - count + 1) / 2
    }

    static func compare(reference: Double, quantity: Quantity, tolerance: Double, toleranceIsExplicit: Bool) -> NumericComparison? {
        let ref = Format.number(reference)
        switch quantity.bound {
        case .between, .vague:
            guard let lower = quantity.lower, let upper = quantity.upper, lower.isFinite, upper.isFinite else { return nil }
            let inside = reference >= lower && reference <= upper
            return NumericComparison(
                verdict: inside ? .supported : .refuted,
                arithmetic: "\(Format.number(lower)) ≤ \(ref) ≤ \(Format.number(upper)) is \(inside)", lower: lower, upper: upper)
        default: break
        }
        guard let value = quantity.value, value.isFinite else { return nil }
        let stated = Format.number(value)
        switch quantity.bound {
        case .greaterThan:
            return NumericComparison(verdict: reference > value ? .supported : .refuted, arithmetic: reference > value ? "\(ref) > \(stated)" : "\(ref) ≤ \(stated), not more than \(stated)", lower: value, upper: nil)
        case .atLeast:
            return NumericComparison(verdict: reference >= value ? .supported : .refuted, arithmetic: reference >= value ? "\(ref) ≥ \(stated)" : "\(ref) < \(stated)", lower: value, upper: nil)
        case .lessThan:
            return NumericComparison(verdict: reference < value ? .supported : .refuted, arithmetic: reference < value ? "\(ref) < \(stated)" : "\(ref) ≥ \(stated), not less than \(stated)", lower: nil, upper: value)
        case .atMost:
            return NumericComparison(verdict: reference <= value ? .supported : .refuted, arithmetic: reference <= value ? "\(ref) ≤ \(stated)" : "\(ref) > \(stated)", lower: nil, upper: value)
        case .justBelow:
            let lower = value * (1 - tolerance)
            let inside = reference >= lower && reference <= value
            return NumericComparison(
                verdict: inside ? .supported : .refuted,
                arithmetic: "\(Format.number(lower)) ≤ \(ref) ≤ \(stated) (up to \(percent(tolerance)) below) is \(inside)", lower: lower, upper: value)
        case .approximate, .exact:
            // "about X" widens to the tolerance; a bare number keeps its written precision, which an explicit
            // tolerance may widen and the default tolerance caps ("20 states" is not read as 15 to 25).
            let precision = statedHalfUnit(quantity)
            let relative = abs(value) * tolerance
            let widens = quantity.bound == .approximate || toleranceIsExplicit
            let margin = widens ? max(precision, relative) : min(precision, relative)
            let why = margin == precision ? "stated precision" : widens ? "\(percent(tolerance)) of \(stated)" : "stated precision, at most \(percent(tolerance)) of \(stated)"
            let difference = abs(reference - value)
            let inside = difference <= margin
            return NumericComparison(
                verdict: inside ? .supported : .refuted,
                arithmetic: "|\(ref) − \(stated)| = \(Format.number(difference)) \(inside ? "≤" : ">") \(Format.number(margin)) (\(why))",
                lower: value - margin, upper: value + margin)
        case .between, .vague:
            return nil
        }
    }

    static func percent(_ fraction: Double) -> String { Format.number(fraction * 100) + "%" }

    static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        if exponent >= 0 { for _ in 0..<exponent { result *= 10 } } else { for _ in 0..<(-exponent) { result /= 10 } }
        return result
    }
}

extension Double {
    /// ⌊log10(self)⌋ for positive finite values, by repeated division (no Foundation needed).
    var log10Floor: Double {
        guard isFinite else { return 0 }
        var exponent = 0.0
        var value = self
        while value >= 10 { value /= 10; exponent += 1 }
        while value < 1 && value > 0 { value *= 10; exponent -= 1 }
        return exponent
    }
}
