/// Finds time expressions ("in April alone", "last month", "October last year", "May 23",
/// "fiscal year 2022", "earlier this week", "since January 2021") and resolves them against the publication date.
public enum TimeExpressions {
    /// Periods found in `text`, in text order; offsets are code points into `text` plus `offset`.
    /// Without a date, relative expressions are still found but have no `from`/`to`.
    public static func periods(in text: String, offset: Int = 0, date: Day?) -> [Period] {
        var text = text
        return text.withUTF8 { bytes in periods(in: bytes, tokens: Tokenizer.tokens(bytes), offset: offset, date: date) }
    }

    /// Periods in already tokenized text.
    static func periods(in bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], offset: Int = 0, date: Day?) -> [Period] {
        let reader = TimeReader(tokens: tokens, date: date)
        var periods: [Period] = []
        var index = 0
        while index < tokens.count {
            guard let match = reader.statedDate(at: index) ?? reader.relativePeriod(at: index) else {
                index += 1
                continue
            }
            var first = match.first
            var last = match.last
            // The preposition and "alone" belong to the expression: "in April alone".
            if first > 0, let word = tokens[first - 1].word,
                word == .inWord || word == .on || word == .during || word == .throughout
                    || (word == .earlier && tokens[first].word?.weekday != nil)
            {
                first -= 1
            }
            if last + 1 < tokens.count, tokens[last + 1].word == .alone { last += 1 }
            // "since January 2021" runs from then to the publication date.
            var from = match.from
            var to = match.to
            var granularity = match.granularity
            if first > 0, tokens[first - 1].word == .since {
                first -= 1
                to = date.flatMap { date in from.map { $0 <= date } == true ? date : nil }
                if to == nil { from = nil }
                granularity = .range
            }
            let start = tokens[first].start
            let end = tokens[last].end
            periods.append(
                Period(
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
                    start: offset + tokens[first].scalarStart, end: offset + tokens[last].scalarEnd,
                    from: from?.description, to: to?.description, granularity: granularity))
            index = match.last + 1
        }
        return periods
    }
}
