import Claims

/// Reads "YYYY-MM-DD" from its bytes. Claims carry their periods and datasets their dates in that form, and
/// `Day(iso:)` splits the text into substrings to read it, which the check stage did thousands of times per
/// article; any other form is left to `Day(iso:)`, so both give the same day.
enum ISODay {
    static func parse(_ text: String) -> Day? {
        let utf8 = text.utf8
        var digits = (year: 0, month: 0, day: 0)
        var offset = 0
        for byte in utf8 {
            if offset == 10 {
                // An ASCII byte after the tenth cannot join the tenth character, so the prefix is the ten bytes.
                guard byte < 0x80 else { return Day(iso: text) }
                break
            }
            switch offset {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return Day(iso: text) }
            default:
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return Day(iso: text) }
                let digit = Int(byte - UInt8(ascii: "0"))
                switch offset {
                case ..<4: digits.year = digits.year * 10 + digit
                case ..<7: digits.month = digits.month * 10 + digit
                default: digits.day = digits.day * 10 + digit
                }
            }
            offset += 1
        }
        guard offset == 10 else { return Day(iso: text) }
        guard (1...12).contains(digits.month), (1...Day.daysIn(month: digits.month, year: digits.year)).contains(digits.day) else { return nil }
        return Day(year: digits.year, month: digits.month, day: digits.day)
    }
}
