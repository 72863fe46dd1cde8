/// Finds time expressions ("in April", "last month", "October last year") and resolves them
/// against the publication date. Minimal first version; the numeric-claims issue extends it.
public enum TimeExpressions {
    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// Periods found in `text`; offsets are code points into `text` plus `offset`.
    public static func periods(in text: String, offset: Int = 0, date: Day?) -> [Period] {
        let words = Words(text)
        var periods: [Period] = []
        for (index, word) in words.items.enumerated() {
            let lower = word.text.lowercased()
            if lower == "month" || lower == "year", index > 0, words.items[index - 1].text.lowercased() == "last" {
                let first = words.items[index - 1]
                let span = (first.start, word.end)
                let text = words.text(span)
                guard let date else {
                    periods.append(Period(text: text, start: offset + span.0, end: offset + span.1, from: nil, to: nil, granularity: lower == "month" ? .month : .year))
                    continue
                }
                if lower == "month" {
                    let (year, month) = date.month == 1 ? (date.year - 1, 12) : (date.year, date.month - 1)
                    let (from, to) = Day.monthBounds(year: year, month: month)
                    periods.append(Period(text: text, start: offset + span.0, end: offset + span.1, from: from.description, to: to.description, granularity: .month))
                } else {
                    periods.append(Period(text: text, start: offset + span.0, end: offset + span.1, from: "\(date.year - 1)-01-01", to: "\(date.year - 1)-12-31", granularity: .year))
                }
            } else if let month = monthNames.firstIndex(of: lower).map({ $0 + 1 }) {
                guard let date else {
                    periods.append(Period(text: word.text, start: offset + word.start, end: offset + word.end, from: nil, to: nil, granularity: .month))
                    continue
                }
                // The most recent such month not after the article's date.
                let year = month <= date.month ? date.year : date.year - 1
                let (from, to) = Day.monthBounds(year: year, month: month)
                periods.append(Period(text: word.text, start: offset + word.start, end: offset + word.end, from: from.description, to: to.description, granularity: .month))
            }
        }
        return periods
    }

    /// Words with code-point offsets.
    struct Words {
        struct Item { var text: String; var start: Int; var end: Int }
        let scalars: [Unicode.Scalar]
        var items: [Item] = []

        init(_ text: String) {
            scalars = Array(text.unicodeScalars)
            var start: Int?
            for (index, scalar) in scalars.enumerated() {
                let isWordScalar = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                if isWordScalar, start == nil { start = index }
                if !isWordScalar, let begin = start {
                    items.append(Item(text: String(String.UnicodeScalarView(scalars[begin..<index])), start: begin, end: index))
                    start = nil
                }
            }
            if let begin = start {
                items.append(Item(text: String(String.UnicodeScalarView(scalars[begin...])), start: begin, end: scalars.count))
            }
        }

        func text(_ span: (Int, Int)) -> String { String(String.UnicodeScalarView(scalars[span.0..<span.1])) }
    }
}
