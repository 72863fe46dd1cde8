/// Finds every number mention a fact-checker could check and reads it exactly: value, bounds,
/// unit, rate and period. Works on UTF-8 bytes; offsets are code points into the input.
public enum QuantityScanner {
    public static func quantities(in text: String, date: Day?) -> [Quantity] {
        scan(text, date: date).map(\.quantity)
    }

    /// Quantities with the noun phrase each one counts, for the claims stage.
    static func scan(_ text: String, date: Day?) -> [ScannedQuantity] {
        var text = text
        return text.withUTF8 { bytes in scan(bytes, tokens: Tokenizer.tokens(bytes), date: date) }
    }

    /// Quantities in already tokenized text.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], date: Day?) -> [ScannedQuantity] {
        QuantityReader(bytes: bytes, tokens: tokens, date: date).readAll()
    }
}

/// A quantity and what it counts, as found in its text.
struct ScannedQuantity {
    var quantity: Quantity
    /// The counted noun phrase ("temporary work visas").
    var measure: String?
    /// Where the claim ends: after the measure and a rate that follows it ("… visas a day").
    var claimEnd: Int
}

/// One pass over the tokens of a text.
struct QuantityReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let time: TimeReader

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], date: Day?) {
        self.bytes = bytes
        self.tokens = tokens
        time = TimeReader(tokens: tokens, date: date)
    }

    enum Step {
        case mention(ScannedQuantity, last: Int)
        case skip(last: Int)
        case nothing
    }

    func readAll() -> [ScannedQuantity] {
        var results: [ScannedQuantity] = []
        var index = 0
        var floor = 0
        while index < tokens.count {
            switch read(at: index, floor: floor) {
            case .mention(let mention, let last):
                results.append(mention)
                index = last + 1
                floor = index
            case .skip(let last):
                index = last + 1
                floor = index
            case .nothing:
                index += 1
            }
        }
        return results
    }

    private func read(at index: Int, floor: Int) -> Step {
        let token = tokens[index]
        switch token.kind {
        case .symbol:
            return .nothing
        case .number:
            if let last = notACount(at: index) { return .skip(last: last) }
        case .word:
            guard let word = token.word, isAnchor(word, at: index) else { return .nothing }
        }
        if let match = time.statedDate(at: index) {
            if let kind = match.quantityKind { return .mention(dateMention(match, kind: kind, floor: floor), last: match.last) }
            return .skip(last: match.last)
        }
        return numberMention(at: index, floor: floor)
    }

    /// Words that can start a number, a date or a fiscal year.
    private func isAnchor(_ word: Word, at index: Int) -> Bool {
        if word.cardinal != nil || word.ordinal != nil || word.vagueScale != nil || word.multiple != nil || word.month != nil {
            return true
        }
        switch word {
        case .a, .an:
            guard index + 1 < tokens.count, let next = tokens[index + 1].word else { return false }
            // "more than a foot", "nearly a mile".
            if next.measurementUnit != nil, index > 0, let before = tokens[index - 1].word,
                before == .than || before == .nearly || before == .almost || before == .about || before == .over
            {
                return true
            }
            return next == .hundred || next == .dozen || next == .couple || next == .half || next.denominator != nil
                || (next.scaleExponent ?? 0) >= 3 && tokens[index + 1].spaceBefore
        case .half, .couple, .twice, .fiscal, .fy, .q, .hundred, .thousand, .million, .billion, .trillion: return true
        default: return false
        }
    }

    // MARK: Dates

    private func dateMention(_ match: TimeMatch, kind: Quantity.Kind, floor: Int) -> ScannedQuantity {
        let text = self.text(match.first, match.last)
        let start = tokens[match.first].scalarStart
        let end = tokens[match.last].scalarEnd
        let period = Period(
            text: text, start: start, end: end, from: match.from?.description, to: match.to?.description,
            granularity: match.granularity)
        let isRange = match.value == nil && match.lower != nil
        var quantity = Quantity(
            text: text, start: start, end: end, value: match.value, lower: match.lower ?? match.value,
            upper: match.upper ?? match.value, kind: kind, bound: isRange ? .between : .exact, period: period)
        // "the highest since 2000", "the biggest increase since 1981".
        if match.first >= floor + 2, tokens[match.first - 1].word == .since {
            for back in 2...4 where match.first - back >= floor {
                if let superlative = tokens[match.first - back].word, superlative.isSuperlative {
                    quantity.comparative = superlative.rawValue + " since"
                    break
                }
            }
        }
        return ScannedQuantity(quantity: quantity, measure: nil, claimEnd: end)
    }

    // MARK: Numbers

    /// The number read at a token, before approximators, ranges and units are applied.
    struct Core {
        var first: Int
        var last: Int
        var value: Double?
        var precision: Double?
        var scaleExponent = 0
        var kind: Quantity.Kind = .count
        var bound: Quantity.Bound = .exact
        var lower: Double?
        var upper: Double?
        var comparative: String?
        /// "dozens of", "two thirds of": the quantity is of what follows "of".
        var countsWhatFollowsOf = false
    }

    private func numberMention(at anchor: Int, floor: Int) -> Step {
        // Sign and currency glued before the number: "-5", "$4bn", "US$5", "€2", "USD 4 million".
        var first = anchor
        var currency: String?
        var negative = false
        if tokens[anchor].kind == .number {
            if first - 1 >= floor, tokens[first - 1].isSymbol("-") || tokens[first - 1].scalar == 0x2212 && tokens[first - 1].kind == .symbol,
                !tokens[first].spaceBefore, first - 1 == 0 || tokens[first - 1].spaceBefore || tokens[first - 2].isSymbol("(")
            {
                negative = true
                first -= 1
            }
            if first - 1 >= floor, let code = currencySymbol(tokens[first - 1]) {
                currency = code
                first -= 1
                if first - 1 >= floor, !tokens[first].spaceBefore, tokens[first - 1].kind == .word, tokens[first - 1].allCaps,
                    let prefixed = dollarPrefix(tokens[first - 1]), code == "USD"
                {
                    currency = prefixed
                    first -= 1
                }
            } else if first - 1 >= floor, tokens[first - 1].word?.isCurrencyCodeWord == true, tokens[first - 1].allCaps {
                currency = tokens[first - 1].word?.currencyCode
                first -= 1
            }
        }
        guard var core = readCore(at: anchor, currency: currency) else { return .nothing }
        if negative, let value = core.value { core.value = -value }

        // Approximators and range openers before the number.
        var approximator: (first: Int, last: Int)?
        var bound = core.bound
        var opener: Word?
        if let (length, phraseBound) = approximatorBefore(first, floor: floor) {
            approximator = (first - length, first - 1)
            bound = phraseBound
            first -= length
        } else if first - 1 >= floor, let word = tokens[first - 1].word, word == .between || word == .from {
            opener = word
            if word == .between { first -= 1 }
        }
        var comparative = core.comparative
        if first - 1 >= floor, let change = tokens[first - 1].word?.change {
            comparative = change
        } else if first - 2 >= floor, tokens[first - 1].word == .by, let change = tokens[first - 2].word?.change {
            comparative = change
            // "fell by 11,000 to 229,000": a change and a new level, not a range.
            opener = .from
        }

        var last = core.last
        var kind = core.kind
        var lower = core.lower
        var upper = core.upper
        var value = core.value
        var unit: String?

        // Ranges and ratios: "10 to 20", "3 to 1", "one in five".
        if core.kind == .count, core.bound == .exact, let (ratioLast, ratio) = readRatio(after: core) {
            last = ratioLast
            kind = .ratio
            value = ratio
            lower = ratio
            upper = ratio
        } else if core.kind == .count, core.bound == .exact, let range = readRange(after: core, opener: opener, currency: currency) {
            last = range.last
            if range.isRatio {
                kind = .ratio
                value = (core.value ?? 0) / range.upper
                lower = value
                upper = value
            } else {
                value = nil
                lower = range.lower
                upper = range.upper
                bound = .between
                kind = .range
            }
        } else if opener == .between {
            first += 1
        }

        // Units: "%", "percent", "percentage points", currency words, measures, durations.
        var isPercent = false
        var isDuration = false
        if kind == .count || kind == .range, tokens[last].word != .of,
            let reading = readUnit(after: last, currency: currency, scaled: core.scaleExponent > 0)
        {
            last = reading.last
            unit = reading.unit
            if let multiplier = reading.multiplier {
                value = value.map { $0 * multiplier }
                lower = lower.map { $0 * multiplier }
                upper = upper.map { $0 * multiplier }
            }
            if let code = reading.currency { currency = code }
            isPercent = reading.isPercent
            isDuration = reading.isDuration
        }
        if let currency, unit == nil { unit = currency }
        if kind == .count {
            if isPercent { kind = .percent } else if currency != nil { kind = .money } else if isDuration { kind = .duration }
        }

        // "1,000 or more", "1,000-plus", "12,000 or so".
        if let (end, postfixBound) = postfixApproximator(after: last) {
            if approximator == nil {
                approximator = (tokens[last + 1].isDash ? last + 2 : last + 1, end)
                bound = postfixBound
            }
            last = end
        }

        // A rate right after the number ("$15 an hour") belongs to the claim, not to the number's text.
        var rate: String?
        var claimLast = last
        if let (end, period) = rateAfter(last) {
            rate = period
            claimLast = end
        }
        let measureStart = claimLast

        // What the number counts.
        var measure: String?
        if let (measureFirst, measureLast) = measureAfter(
            measureStart, kind: kind, isPercent: isPercent, isMoney: currency != nil, measured: unit != nil && !isPercent, core: core),
            !isDuration
        {
            measure = text(measureFirst, measureLast)
            claimLast = measureLast
            if unit == nil, kind == .count || kind == .ordinal || kind == .range {
                unit = text(measureLast, measureLast)
            }
            if rate == nil, let (end, period) = rateAfter(measureLast) {
                rate = period
                claimLast = end
            }
        }

        // "… the migrants in the caravan, which number approximately 12,000": the count's noun comes before it.
        if measure == nil, kind == .count, last + 1 >= tokens.count || tokens[last + 1].kind == .symbol,
            let noun = antecedent(before: first)
        {
            measure = text(noun, noun)
        }

        if bound != .between && bound != .vague, let value {
            (lower, upper) = QuantityReader.bounds(of: value, bound)
        }
        // Absurd inputs ("a trillion trillion …") must not produce numbers JSON cannot carry.
        guard [value, lower, upper].allSatisfy({ $0?.isFinite ?? true }) else { return .skip(last: last) }
        let quantity = Quantity(
            text: text(first, last), start: tokens[first].scalarStart, end: tokens[last].scalarEnd, value: value,
            lower: lower, upper: upper, kind: kind, unit: unit, approximator: approximator.map { text($0.first, $0.last) },
            bound: bound, rate: rate, precision: kind == .ordinal || kind == .ratio ? nil : core.precision,
            comparative: comparative, baseline: comparative == nil ? nil : baselineAfter(claimLast))
        return .mention(ScannedQuantity(quantity: quantity, measure: measure, claimEnd: tokens[claimLast].scalarEnd), last: last)
    }

    /// The values an approximator allows: ≈ X is read as within 10%, "nearly X" as up to 10% below it.
    static func bounds(of value: Double, _ bound: Quantity.Bound) -> (Double?, Double?) {
        let tenth = abs(value) * 0.1
        switch bound {
        case .exact: return (value, value)
        case .approximate: return (value - tenth, value + tenth)
        case .greaterThan, .atLeast: return (value, nil)
        case .justBelow: return (value - tenth, value)
        case .lessThan, .atMost: return (nil, value)
        case .between, .vague: return (nil, nil)
        }
    }

    func currencySymbol(_ token: Token) -> String? {
        guard token.kind == .symbol else { return nil }
        switch token.scalar {
        case 0x24: return "USD"
        case 0x20AC: return "EUR"
        case 0xA3: return "GBP"
        case 0xA5: return "JPY"
        case 0x20B9: return "INR"
        default: return nil
        }
    }

    /// "US$", "C$", "A$", "HK$", "NZ$", "S$".
    private func dollarPrefix(_ token: Token) -> String? {
        switch spelling(of: token) {
        case "US": "USD"
        case "C", "CA": "CAD"
        case "A", "AU": "AUD"
        case "HK": "HKD"
        case "NZ": "NZD"
        case "S": "SGD"
        default: nil
        }
    }

    // MARK: Text

    func text(_ first: Int, _ last: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[first].start..<tokens[last].end]), as: UTF8.self)
    }

    private func spelling(of token: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
    }
}
