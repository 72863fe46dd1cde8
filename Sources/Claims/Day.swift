/// A calendar day, used to resolve relative periods against an article's publication date.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads "2022-06-07" or the date part of an ISO 8601 timestamp.
    public init?(iso: String) {
        // Periods and dataset cells are read thousands of times per article, nearly all "YYYY-MM-DD": those are
        // read from their bytes; any other form by splitting, which gives the same day.
        guard let reading = Self.fixedForm(iso) ?? Self.splitReading(iso) else { return nil }
        self = reading
    }

    /// The day of text that starts "YYYY-MM-DD", read digit by digit; nil when the text is not of that form (an
    /// impossible date of that form, "2022-02-30", is left to `splitReading` too, which rejects it).
    static func fixedForm(_ text: String) -> Day? {
        var digits = (year: 0, month: 0, day: 0)
        var offset = 0
        for byte in text.utf8 {
            if offset == 10 {
                // An ASCII byte after the tenth cannot join the tenth character, so the prefix is the ten bytes.
                guard byte < 0x80 else { return nil }
                break
            }
            switch offset {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            default:
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                let digit = Int(byte - UInt8(ascii: "0"))
                switch offset {
                case ..<4: digits.year = digits.year * 10 + digit
                case ..<7: digits.month = digits.month * 10 + digit
                default: digits.day = digits.day * 10 + digit
                }
            }
            offset += 1
        }
        guard offset == 10, (1...12).contains(digits.month), (1...Day.daysIn(month: digits.month, year: digits.year)).contains(digits.day)
        else { return nil }
        return Day(year: digits.year, month: digits.month, day: digits.day)
    }

    /// The first ten characters split on "-" into year, month and day.
    static func splitReading(_ text: String) -> Day? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// "2022-05-23". Explanations name several days per claim, so the usual form is written straight into its
    /// string; other values (a year past 9999 or before 0) are padded part by part.
    public var description: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else { return paddedDescription }
        return String(unsafeUninitializedCapacity: 10) { text in
            for (offset, value, width) in [(0, year, 4), (5, month, 2), (8, day, 2)] {
                var rest = value
                for index in stride(from: offset + width - 1, through: offset, by: -1) {
                    (text[index], rest) = (UInt8(ascii: "0") + UInt8(rest % 10), rest / 10)
                }
            }
            (text[4], text[7]) = (UInt8(ascii: "-"), UInt8(ascii: "-"))
            return 10
        }
    }

    var paddedDescription: String {
        zeroPadded(year, width: 4) + "-" + zeroPadded(month, width: 2) + "-" + zeroPadded(day, width: 2)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The first and last day of a month.
    public static func monthBounds(year: Int, month: Int) -> (Day, Day) {
        (Day(year: year, month: month, day: 1), Day(year: year, month: month, day: daysIn(month: month, year: year)))
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for day arithmetic.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    public init(ordinal: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let monthNumber = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (monthNumber <= 2 ? 1 : 0), month: monthNumber, day: day)
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int { ((ordinal % 7) + 11) % 7 }
}

/// Zero-padded decimal digits.
func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
