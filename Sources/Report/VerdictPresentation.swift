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
        guard value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return String(value) }
        // Digits written from the right into a small buffer, a comma before every third.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var magnitude = UInt64(abs(value))
            var position = buffer.count
            var digits = 0
            repeat {
                if digits > 0 && digits % 3 == 0 {
                    position -= 1
                    buffer[position] = UInt8(ascii: ",")
                }
                position -= 1
                buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                digits += 1
            } while magnitude > 0
            if value < 0 {
                position -= 1
                buffer[position] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[position...]), as: UTF8.self)
        }
    }
}
