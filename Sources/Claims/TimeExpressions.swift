/// Finds time expressions ("in April alone", "last month", "October last year", "May 23",
/// "fiscal year 2022", "earlier this week") and resolves them against the publication date.
public enum TimeExpressions {
    /// Periods found in `text`, in text order; offsets are code points into `text` plus `offset`.
    /// Without a date, relative expressions are still found but have no `from`/`to`.
    public static func periods(in text: String, offset: Int = 0, date: Day?) -> [Period] {
        var text = text
        return text.withUTF8 { bytes in
            let tokens = Tokenizer.tokens(bytes)
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
                let start = tokens[first].start
                let end = tokens[last].end
                periods.append(
                    Period(
                        text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
                        start: offset + tokens[first].scalarStart, end: offset + tokens[last].scalarEnd,
                        from: match.from?.description, to: match.to?.description, granularity: match.granularity))
                index = match.last + 1
            }
            return periods
        }
    }
}
