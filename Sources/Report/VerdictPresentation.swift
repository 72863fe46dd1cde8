import Check

// How verdicts read on the pages: always a word and an icon, never colour alone.
extension Verdict {
    /// The order the pages list verdicts in: problems first.
    static let displayOrder: [Verdict] = [.refuted, .needsReview, .supported, .unverifiable]

    var label: String {
        switch self {
        case .supported: "Supported"
        case .refuted: "Refuted"
        case .unverifiable: "Unverifiable"
        case .needsReview: "Needs review"
        }
    }

    var icon: String {
        switch self {
        case .supported: "✓"
        case .refuted: "✗"
        case .unverifiable: "?"
        case .needsReview: "!"
        }
    }
}

/// One verdict with its words, icon and a count, as the templates show it.
struct VerdictCount {
    var verdict: String
    var label: String
    var icon: String
    var count: Int
    var isZero: Bool

    init(_ verdict: Verdict, count: Int) {
        self.verdict = verdict.rawValue
        self.label = verdict.label
        self.icon = verdict.icon
        self.count = count
        self.isZero = count == 0
    }
}

enum NumberText {
    /// "234,088", "12.5", "-3": grouped integers, shortest decimals, no locale.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == value.rounded(), abs(value) < 1e15 {
            let digits = String(Int64(abs(value)))
            var grouped = ""
            for (offset, digit) in digits.enumerated() {
                if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
                grouped.append(digit)
            }
            return value < 0 ? "-" + grouped : grouped
        }
        return String(value)
    }
}
