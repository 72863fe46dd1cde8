import Claims

/// How numbers, periods and verdicts read in explanations.
enum Format {
    /// 234088 → "234,088"; 0.5 → "0.5"; grouping only for whole numbers.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == value.rounded(), abs(value) < 1e15 {
            // Written digit by digit from the right, straight into the string: explanations and evidence format
            // several numbers per claim.
            let magnitude = Int(abs(value))
            var digitCount = 1
            var rest = magnitude / 10
            while rest > 0 { (digitCount, rest) = (digitCount + 1, rest / 10) }
            let length = (value < 0 ? 1 : 0) + digitCount + (digitCount - 1) / 3
            return String(unsafeUninitializedCapacity: length) { text in
                var (index, rest, written) = (length, magnitude, 0)
                repeat {
                    if written > 0, written % 3 == 0 { (index, text[index - 1]) = (index - 1, UInt8(ascii: ",")) }
                    (index, text[index - 1]) = (index - 1, UInt8(ascii: "0") + UInt8(rest % 10))
                    (rest, written) = (rest / 10, written + 1)
                } while rest > 0
                if value < 0 { text[0] = UInt8(ascii: "-") }
                return length
            }
        }
        var text = String((value * 1000).rounded() / 1000)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// "May 23, 2022".
    static func day(_ day: Day) -> String { "\(monthNames[day.month - 1]) \(day.day), \(day.year)" }

    /// "April 2022", "May 23, 2022", "2022", "fiscal year 2022", or the written words when unresolved.
    static func period(_ period: Period) -> String {
        guard let fromText = period.from, let from = Day(iso: fromText) else { return "'\(period.text)'" }
        let to = period.to.flatMap(Day.init(iso:)) ?? from
        switch period.granularity {
        case .day where from == to: return day(from)
        case .month: return "\(monthNames[from.month - 1]) \(from.year)"
        case .year: return String(from.year)
        case .fiscalYear: return "fiscal year \(to.year)"
        default: return from == to ? day(from) : "\(day(from)) to \(day(to))"
        }
    }

    static func verdict(_ verdict: Verdict) -> String {
        verdict == .needsReview ? "needs review" : verdict.rawValue
    }

    /// What the claim said: "more than 234,000", "between 10 and 20", "May 23, 2022".
    static func claimed(_ quantity: Quantity) -> String {
        if quantity.kind == .date, let datePeriod = quantity.period { return period(datePeriod) }
        if quantity.bound == .between || quantity.value == nil, let lower = quantity.lower, let upper = quantity.upper {
            return "between \(number(lower)) and \(number(upper))"
        }
        let value = quantity.value.map(number) ?? quantity.text
        guard let approximator = quantity.approximator, !approximator.isEmpty else { return value }
        return approximator.lowercased() + " " + value
    }
}
