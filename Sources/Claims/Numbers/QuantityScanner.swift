/// Finds every number mention a fact-checker could check and reads it exactly: value, bounds,
/// unit, rate and period. Works on UTF-8 bytes; offsets are code points into the input.
public enum QuantityScanner {
    public static func quantities(in text: String, date: Day?) -> [Quantity] {
        scan(text, date: date).map(\.quantity)
    }

    /// Quantities with the noun phrase each one counts, for the claims stage.
    static func scan(_ text: String, date: Day?) -> [ScannedQuantity] {
        var text = text
        return text.withUTF8 { bytes in QuantityReader(bytes: bytes, date: date).readAll() }
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

    init(bytes: UnsafeBufferPointer<UInt8>, date: Day?) {
        self.bytes = bytes
        tokens = Tokenizer.tokens(bytes)
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

    // MARK: Non-counts

    /// Numbers that are not quantities: times of day, phone numbers, list numbering, identifiers
    /// ("Title 42", "COVID-19", "G7"), street addresses and ages after names. Returns the last token to skip.
    private func notACount(at index: Int) -> Int? {
        let token = tokens[index]
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let previous = index > 0 ? tokens[index - 1] : nil
        // Time of day: "10:30", "5 p.m.", "9am".
        if let next, next.isSymbol(":"), !next.spaceBefore, index + 2 < tokens.count, tokens[index + 2].kind == .number,
            !tokens[index + 2].spaceBefore, tokens[index + 2].integerDigits == 2
        {
            return clockSuffixEnd(after: index + 2) ?? index + 2
        }
        if token.isPlainInteger, token.integerDigits <= 2, let end = clockSuffixEnd(after: index) { return end }
        if let end = phoneNumberEnd(at: index) { return end }
        // List numbering: "1." or "2)" opening a line.
        if token.lineStart, token.isPlainInteger, token.integerDigits <= 2, let next, !next.spaceBefore,
            next.isSymbol(".") || next.isSymbol(")"), index + 2 >= tokens.count || tokens[index + 2].spaceBefore
        {
            return index + 1
        }
        if let previous, !token.spaceBefore {
            // Letters glued to the number: "G7", "H1N1".
            if previous.kind == .word { return index }
            if previous.isSymbol("#") { return index }
            // "COVID-19", "F-16", but not "mid-2000s".
            if previous.isDash, index >= 2, tokens[index - 2].kind == .word, !previous.spaceBefore {
                let word = tokens[index - 2].word
                if word != .mid && word != .early && word != .late { return index }
            }
        }
        if token.isPlainInteger, let previous, previous.kind == .word, token.spaceBefore {
            if previous.word?.namesWhatFollows == true { return index }
            // An unknown capitalized word names what follows ("Apollo 11", "Boeing 737").
            if previous.word == nil, previous.capitalized, !previous.allCaps || previous.length <= 3, !previous.lineStart || index == 1 {
                return index
            }
        }
        if token.isPlainInteger, token.spaceBefore || index == 0, let previous, previous.isSymbol("."), index >= 2,
            tokens[index - 2].word == .no, tokens[index - 2].capitalized
        {
            return index
        }
        if token.isPlainInteger, token.integerDigits <= 5, let end = streetAddressEnd(after: index) { return end }
        // "Luis Villigran, 45, said": an age set off by commas after a name.
        if token.isPlainInteger, token.integerDigits <= 3, let previous, previous.isSymbol(","), index >= 2,
            tokens[index - 2].kind == .word, tokens[index - 2].capitalized, tokens[index - 2].word == nil, let next, next.isSymbol(",")
        {
            return index
        }
        return nil
    }

    /// "am", "pm", "a.m.", "p.m." after a clock number; returns the last token of the suffix.
    private func clockSuffixEnd(after index: Int) -> Int? {
        guard index + 1 < tokens.count else { return nil }
        let next = tokens[index + 1]
        if next.word == .am || next.word == .pm { return index + 1 }
        guard next.kind == .word, next.length == 1, bytes[next.start] | 0x20 == 0x61 || bytes[next.start] | 0x20 == 0x70,
            index + 3 < tokens.count, tokens[index + 2].isSymbol("."), !tokens[index + 2].spaceBefore,
            tokens[index + 3].word == .m, !tokens[index + 3].spaceBefore
        else { return nil }
        return index + 4 < tokens.count && tokens[index + 4].isSymbol(".") && !tokens[index + 4].spaceBefore ? index + 4 : index + 3
    }

    /// "555-0123", "202-555-0123", "1-800-555-0199", "(202) 555-0123".
    private func phoneNumberEnd(at index: Int) -> Int? {
        var groups: [Int8] = []
        var position = index
        var last = index
        if index > 0, tokens[index - 1].isSymbol("("), position + 1 < tokens.count, tokens[position + 1].isSymbol(")") {
            groups.append(tokens[position].integerDigits)
            position += 2
        }
        while position < tokens.count, tokens[position].isPlainInteger {
            groups.append(tokens[position].integerDigits)
            last = position
            guard position + 2 < tokens.count, tokens[position + 1].isDash || tokens[position + 1].isSymbol("."),
                !tokens[position + 1].spaceBefore, !tokens[position + 2].spaceBefore
            else { break }
            position += 2
        }
        let shapes: [[Int8]] = [[3, 4], [3, 3, 4], [1, 3, 3, 4]]
        guard shapes.contains(groups) else { return nil }
        // "200-1000" is a range, not a number to call.
        if groups == [3, 4], tokens[last].mantissa % 100 == 0 { return nil }
        return last
    }

    /// "1600 Pennsylvania Avenue", "10 Downing Street".
    private func streetAddressEnd(after index: Int) -> Int? {
        var position = index + 1
        var names = 0
        while position < tokens.count, names < 4, tokens[position].kind == .word, tokens[position].capitalized,
            tokens[position].spaceBefore
        {
            if tokens[position].word?.isStreetSuffix == true, names > 0 {
                if position + 1 < tokens.count, tokens[position + 1].isSymbol("."), !tokens[position + 1].spaceBefore {
                    return position + 1
                }
                return position
            }
            names += 1
            position += 1
        }
        return nil
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
        var claimEnd = tokens[last].scalarEnd
        var measureStart = last
        if let (end, period) = rateAfter(last) {
            rate = period
            claimEnd = tokens[end].scalarEnd
            measureStart = end
        }

        // What the number counts.
        var measure: String?
        if let (measureFirst, measureLast) = measureAfter(
            measureStart, kind: kind, isPercent: isPercent, isMoney: currency != nil, measured: unit != nil && !isPercent, core: core),
            !isDuration
        {
            measure = text(measureFirst, measureLast)
            claimEnd = tokens[measureLast].scalarEnd
            if unit == nil, kind == .count || kind == .ordinal || kind == .range {
                unit = text(measureLast, measureLast)
            }
            if rate == nil, let (end, period) = rateAfter(measureLast) {
                rate = period
                claimEnd = tokens[end].scalarEnd
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
            comparative: comparative)
        return .mention(ScannedQuantity(quantity: quantity, measure: measure, claimEnd: max(claimEnd, quantity.end)), last: last)
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

    private func currencySymbol(_ token: Token) -> String? {
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

    // MARK: Core readers

    private func readCore(at index: Int, currency: String?) -> Core? {
        let token = tokens[index]
        if token.kind == .number { return digitsCore(at: index, currency: currency) }
        guard let word = token.word else { return nil }
        if let multiple = word.multiple {
            return Core(
                first: index, last: index, value: multiple, kind: .ratio, lower: multiple, upper: multiple,
                comparative: multiple >= 1 ? "increase" : "decrease")
        }
        if word == .twice {
            return Core(first: index, last: index, value: 2, kind: .ratio, lower: 2, upper: 2)
        }
        if let fraction = fractionCore(at: index) { return fraction }
        if let vague = vagueCore(at: index) { return vague }
        if word.ordinal != nil, let ordinal = ordinalWordCore(at: index) { return ordinal }
        return spelledCore(at: index)
    }

    private func digitsCore(at index: Int, currency: String?) -> Core? {
        let token = tokens[index]
        var exponent = -Int(token.fractionDigits)
        var precisionExponent = token.fractionDigits > 0 ? -Int(token.fractionDigits) : Int(token.trailingZeros)
        var last = index
        var scale = 0
        var multiplier = 1.0
        if index + 1 < tokens.count, tokens[index + 1].kind == .word, !tokens[index + 1].spaceBefore {
            let suffix = tokens[index + 1]
            guard let word = suffix.word else { return nil }
            if let exponent = word.scaleExponent, word != .hundred {
                scale = exponent
            } else if word == .m || word == .b || word == .t, currency != nil || suffix.allCaps && word != .t {
                scale = word == .m ? 6 : word == .b ? 9 : 12
            } else if word == .st || word == .nd || word == .rd || word == .th {
                guard token.isPlainInteger else { return nil }
                return Core(first: index, last: index + 1, value: token.value, kind: .ordinal, lower: token.value, upper: token.value)
            } else if word.measurementUnit == nil && word != .mph {
                return nil
            }
            if scale > 0 { last = index + 1 }
        }
        if scale == 0 {
            var next = index + 1
            var hyphenated = false
            if next + 1 < tokens.count, tokens[next].isDash, !tokens[next].spaceBefore, !tokens[next + 1].spaceBefore,
                (tokens[next + 1].word?.scaleExponent ?? 0) >= 6
            {
                next += 1
                hyphenated = true
            }
            while next < tokens.count, tokens[next].spaceBefore || hyphenated, let word = tokens[next].word,
                let exponent = word.scaleExponent, word != .k, tokens[next].kind == .word
            {
                // "hundred thousand" at most: one scale word after an optional "hundred".
                if scale >= 3 || exponent == 2 && scale > 0 { break }
                scale += exponent
                last = next
                next += 1
                hyphenated = false
            }
            if scale == 0, next < tokens.count, tokens[next].word == .dozen, tokens[next].spaceBefore {
                multiplier = 12
                last = next
            }
        }
        exponent += scale
        precisionExponent += scale
        let value = Decimal10.value(mantissa: token.mantissa, exponent: exponent) * multiplier
        let precision = multiplier == 1 ? Decimal10.value(mantissa: 1, exponent: precisionExponent) : nil
        return Core(first: index, last: last, value: value, precision: precision, scaleExponent: scale)
    }

    /// "two hundred thirty-four thousand", "a hundred and two", "a million", "one and a half million",
    /// "two dozen", "twenty-first".
    private func spelledCore(at index: Int) -> Core? {
        enum Last { case none, article, unit, tens, hundred, scale, and, half, dozen }
        var total = 0.0
        var current = 0.0
        var lastPart = Last.none
        var position = index
        var last = index
        var scale = 0
        var exact = true
        while position < tokens.count {
            let token = tokens[position]
            guard token.kind == .word, let word = token.word else { break }
            if (word == .a || word == .an), lastPart == .none {
                current = 1
                lastPart = .article
                position += 1
                // "a foot", "a mile": one unit, read by the unit reader.
                if position < tokens.count, tokens[position].word?.measurementUnit != nil {
                    return Core(first: index, last: index, value: 1, precision: 1)
                }
                continue
            }
            if let cardinal = word.cardinal {
                let allowed: Bool
                switch lastPart {
                case .none, .hundred, .scale, .and: allowed = true
                case .tens: allowed = cardinal < 10 && cardinal > 0
                default: allowed = false
                }
                guard allowed else { break }
                current += cardinal
                lastPart = word.isTens ? .tens : .unit
                last = position
                position += 1
                // "thirty-four", "twenty-first".
                if lastPart == .tens, position + 1 < tokens.count, tokens[position].isDash, !tokens[position].spaceBefore,
                    !tokens[position + 1].spaceBefore, let joined = tokens[position + 1].word
                {
                    if let unit = joined.cardinal, unit > 0, unit < 10 {
                        current += unit
                        lastPart = .unit
                        last = position + 1
                        position += 2
                    } else if let ordinal = joined.ordinal, ordinal < 10, total == 0 {
                        let value = current + Double(ordinal)
                        return Core(first: index, last: position + 1, value: value, kind: .ordinal, lower: value, upper: value)
                    }
                }
                continue
            }
            if word == .hundred, lastPart == .unit || lastPart == .article {
                current = max(current, 1) * 100
                lastPart = .hundred
                last = position
                position += 1
                continue
            }
            if let exponent = word.scaleExponent, exponent >= 3, word != .k, word != .mn, word != .mln, word != .bn,
                word != .bln, word != .tn, word != .trn, lastPart != .none, lastPart != .scale, lastPart != .and
            {
                total += max(current, 1) * Decimal10.value(mantissa: 1, exponent: exponent)
                scale = exponent
                current = 0
                lastPart = .scale
                last = position
                position += 1
                continue
            }
            if word == .dozen, lastPart == .unit || lastPart == .article || lastPart == .tens {
                current *= 12
                lastPart = .dozen
                last = position
                position += 1
                exact = false
                continue
            }
            if word == .and, lastPart == .hundred || lastPart == .scale || lastPart == .unit, position + 1 < tokens.count {
                let following = tokens[position + 1].word
                // "one and a half".
                if lastPart == .unit, following == .a, position + 2 < tokens.count, tokens[position + 2].word == .half {
                    current += 0.5
                    lastPart = .half
                    last = position + 2
                    position += 3
                    continue
                }
                if lastPart != .unit, let following, following.cardinal != nil {
                    lastPart = .and
                    position += 1
                    continue
                }
            }
            break
        }
        guard lastPart != .none, lastPart != .article, lastPart != .and else { return nil }
        let value = total + current
        // A bare "one" is usually a pronoun ("one of the", "including one in October").
        if index == last, tokens[index].word == .one, !countsSomething(after: index), !startsRatio(after: index) { return nil }
        if index == last, tokens[index].word == .zero { return nil }
        let precision: Double?
        if exact, value == value.rounded() {
            var zeros = 0
            var remaining = value
            while remaining >= 10, remaining.truncatingRemainder(dividingBy: 10) == 0 {
                remaining /= 10
                zeros += 1
            }
            precision = Decimal10.value(mantissa: 1, exponent: zeros)
        } else {
            precision = exact ? Decimal10.value(mantissa: 1, exponent: max(scale - 1, 0)) : 1
        }
        return Core(first: index, last: last, value: value, precision: precision, scaleExponent: scale)
    }

    /// After a bare "one": a noun it counts, not "of", a preposition or a relative pronoun.
    private func countsSomething(after index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        guard next.kind == .word, next.spaceBefore else { return false }
        if let word = next.word { return !word.endsNounPhrase && word != .more && word.cardinal == nil || word.scaleExponent != nil }
        // "one person", not "one wants".
        return !next.capitalized && !next.pluralLike
    }

    /// "in five", "out of 10" after a number.
    private func startsRatio(after index: Int) -> Bool {
        guard index + 2 < tokens.count else { return false }
        let word = tokens[index + 1].word
        let denominator = word == .out ? index + 3 : index + 2
        guard word == .inWord || word == .out && tokens[index + 2].word == .of, denominator < tokens.count else { return false }
        return tokens[denominator].kind == .number || tokens[denominator].word?.cardinal != nil
    }

    /// "dozens of", "hundreds of thousands of", "tens of thousands", "a couple of".
    private func vagueCore(at index: Int) -> Core? {
        let token = tokens[index]
        var position = index
        if token.word == .a || token.word == .couple {
            if token.word == .a { position += 1 }
            guard position + 1 < tokens.count, tokens[position].word == .couple, tokens[position + 1].word == .of else { return nil }
            return Core(
                first: index, last: position + 1, value: 2, bound: .vague, lower: 2, upper: 3, countsWhatFollowsOf: true)
        }
        guard let base = token.word?.vagueScale else { return nil }
        var product = 1.0
        var last = index
        position = index + 1
        while position + 1 < tokens.count, product == 1, tokens[position].word == .of, let scale = tokens[position + 1].word?.vagueScale,
            scale >= 1000
        {
            product *= scale
            last = position + 1
            position += 2
        }
        // "tens" alone is not a number.
        if base == 10 && product == 1 { return nil }
        if position < tokens.count, tokens[position].word == .of { last = position }
        let lower = 2 * base * product
        let upper = (base == 12 ? 144 : base * 10) * product - 1
        return Core(first: index, last: last, value: nil, bound: .vague, lower: lower, upper: upper, countsWhatFollowsOf: true)
    }

    /// "two thirds of", "a third of", "one-quarter", "three quarters", "half of", "half a million".
    private func fractionCore(at index: Int) -> Core? {
        let token = tokens[index]
        guard let word = token.word else { return nil }
        if word == .half {
            if index > 0, let before = tokens[index - 1].word, before == .first || before == .second || before == .and {
                return nil
            }
            guard index + 1 < tokens.count, tokens[index + 1].spaceBefore, let next = tokens[index + 1].word else { return nil }
            if next == .a, index + 2 < tokens.count, tokens[index + 2].word == .dozen {
                return Core(first: index, last: index + 2, value: 6, precision: 1)
            }
            if next == .a || next == .an, index + 2 < tokens.count, let exponent = tokens[index + 2].word?.scaleExponent, exponent >= 3 {
                let value = 0.5 * Decimal10.value(mantissa: 1, exponent: exponent)
                return Core(first: index, last: index + 2, value: value, precision: value, scaleExponent: exponent)
            }
            if next == .of {
                return Core(first: index, last: index + 1, value: 0.5, kind: .ratio, countsWhatFollowsOf: true)
            }
            switch next {
            case .the, .its, .their, .his, .her, .all, .our:
                return Core(first: index, last: index, value: 0.5, kind: .ratio)
            default: return nil
            }
        }
        let numerator: Double
        if word == .a || word == .an { numerator = 1 } else if let cardinal = word.cardinal, cardinal >= 1, cardinal <= 10 {
            numerator = cardinal
        } else {
            return nil
        }
        var position = index + 1
        if position + 1 < tokens.count, tokens[position].isDash, !tokens[position].spaceBefore, !tokens[position + 1].spaceBefore {
            position += 1
        }
        guard position < tokens.count, let denominatorWord = tokens[position].word, let denominator = denominatorWord.denominator
        else { return nil }
        if denominatorWord.isPluralFraction ? numerator < 2 : numerator != 1 { return nil }
        let value = numerator / denominator
        let next = position + 1 < tokens.count ? tokens[position + 1] : nil
        if let next, let exponent = next.word?.scaleExponent, exponent >= 3, next.spaceBefore {
            let scaled = value * Decimal10.value(mantissa: 1, exponent: exponent)
            return Core(first: index, last: position + 1, value: scaled, scaleExponent: exponent)
        }
        if let next, next.word == .of {
            return Core(first: index, last: position + 1, value: value, kind: .ratio, countsWhatFollowsOf: true)
        }
        // "a third straight month" is an ordinal; a singular "one third" needs "of".
        guard denominatorWord.isPluralFraction || denominatorWord == .half else { return nil }
        return Core(first: index, last: position, value: value, kind: .ratio)
    }

    /// "the third straight month", "a fifth consecutive year", "second-largest".
    private func ordinalWordCore(at index: Int) -> Core? {
        guard let word = tokens[index].word, let ordinal = word.ordinal else { return nil }
        if word == .first || word == .second {
            guard index + 1 < tokens.count else { return nil }
            var next = index + 1
            if tokens[next].isDash, !tokens[next].spaceBefore, next + 1 < tokens.count { next += 1 }
            guard let following = tokens[next].word,
                following == .straight || following == .consecutive || following == .time || following.isSuperlative
            else { return nil }
        }
        let value = Double(ordinal)
        // "second-largest" is read whole.
        var last = index
        if index + 2 < tokens.count, tokens[index + 1].isDash, !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore,
            tokens[index + 2].word?.isSuperlative == true
        {
            last = index + 2
        }
        return Core(first: index, last: last, value: value, kind: .ordinal, lower: value, upper: value)
    }

    // MARK: After the number

    private struct RangeReading {
        var last: Int
        var lower: Double
        var upper: Double
        var isRatio: Bool
    }

    /// "10 to 20", "10-20", "between 10 and 20", "$10-20 million", "two or three", "3 to 1", "3-to-1".
    private func readRange(after core: Core, opener: Word?, currency: String?) -> RangeReading? {
        guard let firstValue = core.value else { return nil }
        var position = core.last + 1
        // "5% to 7%", "10%-20%": both ends carry the sign.
        let percentFirst = position + 2 < tokens.count && tokens[position].isSymbol("%")
        if percentFirst { position += 1 }
        guard position + 1 < tokens.count else { return nil }
        let joiner = tokens[position]
        var isTo = joiner.word == .to
        let isDash = joiner.isDash
        let isAnd = joiner.word == .and && opener == .between
        let isOr = joiner.word == .or && firstValue < 100
        // "3-to-1".
        if isDash, !joiner.spaceBefore, tokens[position + 1].word == .to, position + 2 < tokens.count,
            tokens[position + 2].isDash
        {
            position += 2
            isTo = true
        }
        guard (isTo && opener != .from) || isDash || isAnd || isOr else { return nil }
        // "passed the Senate 51-50", "the court ruled 6-3", "failed 48 to 52": a vote, two counts.
        if isTo || isDash, core.first > 0, tokens[core.first - 1].word?.introducesTally == true { return nil }
        // "-12.99 -5.44%": a spaced dash glued to the next number is its sign.
        if isDash, joiner.spaceBefore, !tokens[position + 1].spaceBefore { return nil }
        position += 1
        guard position < tokens.count else { return nil }
        if let code = currencySymbol(tokens[position]) {
            guard code == currency, position + 1 < tokens.count else { return nil }
            position += 1
        }
        guard tokens[position].kind == .number || tokens[position].word?.cardinal != nil,
            let second = readCore(at: position, currency: currency), second.kind == .count, second.bound == .exact,
            var upper = second.value
        else { return nil }
        if percentFirst {
            guard second.last + 1 < tokens.count, tokens[second.last + 1].isSymbol("%") || tokens[second.last + 1].word == .percent
            else { return nil }
        }
        if isTo, upper == 1, firstValue > 1, core.scaleExponent == 0 {
            return RangeReading(last: second.last, lower: firstValue, upper: 1, isRatio: true)
        }
        var lower = firstValue
        if second.scaleExponent > 0, core.scaleExponent == 0 {
            let shared = lower * Decimal10.value(mantissa: 1, exponent: second.scaleExponent)
            if shared <= upper { lower = shared }
        }
        if isOr && (lower >= upper) { return nil }
        guard upper > lower else { return nil }
        if second.kind != .count { upper = second.value ?? upper }
        return RangeReading(last: second.last, lower: lower, upper: upper, isRatio: false)
    }

    /// "one in five", "1 in 4", "two out of three": a share, as a fraction.
    private func readRatio(after core: Core) -> (Int, Double)? {
        guard let numerator = core.value, numerator > 0, core.scaleExponent == 0 else { return nil }
        var position = core.last + 1
        guard position + 1 < tokens.count else { return nil }
        var perUnit = false
        if tokens[position].word == .inWord {
            position += 1
        } else if tokens[position].word == .per, tokens[position + 1].kind == .number {
            // "7.2 per 1,000 births".
            position += 1
            perUnit = true
        } else if tokens[position].word == .out, tokens[position + 1].word == .of, position + 2 < tokens.count {
            position += 2
        } else {
            return nil
        }
        let denominatorToken = tokens[position]
        guard denominatorToken.kind == .number && (denominatorToken.isPlainInteger && denominatorToken.integerDigits <= 3 || perUnit)
            || denominatorToken.word?.cardinal != nil,
            let denominator = readCore(at: position, currency: nil), denominator.kind == .count,
            denominator.scaleExponent == 0 || perUnit, let denominatorValue = denominator.value, denominatorValue > numerator,
            !perUnit || denominatorToken.grouped || denominatorValue == 100 || denominatorValue == 1000
        else { return nil }
        return (denominator.last, numerator / denominatorValue)
    }

    private struct UnitReading {
        var last: Int
        var unit: String?
        var currency: String?
        var multiplier: Double?
        var isPercent = false
        var isDuration = false
    }

    private func readUnit(after last: Int, currency: String?, scaled: Bool) -> UnitReading? {
        var position = last + 1
        guard position < tokens.count else { return nil }
        if tokens[position].isSymbol("%") { return UnitReading(last: position, unit: "%", isPercent: true) }
        // "10-year", "45-year-old", "a 10-mile stretch".
        var hyphenated = false
        if tokens[position].isDash, !tokens[position].spaceBefore, position + 1 < tokens.count, !tokens[position + 1].spaceBefore {
            position += 1
            hyphenated = true
        }
        guard tokens[position].kind == .word, let word = tokens[position].word else { return nil }
        let next = position + 1 < tokens.count ? tokens[position + 1].word : nil
        if !hyphenated {
            switch word {
            case .percent, .pct:
                return UnitReading(last: position, unit: "%", isPercent: true)
            case .per where next == .cent:
                return UnitReading(last: position + 1, unit: "%", isPercent: true)
            case .percentage where next == .point || next == .points:
                return UnitReading(last: position + 1, unit: "percentage points", isPercent: true)
            case .basis where next == .points || next == .point:
                return UnitReading(last: position + 1, unit: "basis points", isPercent: true)
            case .cents:
                return UnitReading(last: position, unit: "USD", currency: "USD", multiplier: 0.01)
            case .pounds, .pound:
                if currency != nil || scaled { return UnitReading(last: position, unit: "GBP", currency: "GBP") }
                return UnitReading(last: position, unit: "lb")
            default:
                break
            }
            if let code = word.currencyCode, !word.isCurrencyCodeWord || tokens[position].allCaps {
                return UnitReading(last: position, unit: code, currency: code)
            }
            if word == .square, let next, let unit = next.measurementUnit {
                return UnitReading(last: position + 1, unit: "sq " + unit)
            }
        }
        if let unit = word.measurementUnit { return UnitReading(last: position, unit: unit) }
        if let unit = word.durationUnit {
            var end = position
            // "45-year-old", "45 years old".
            if end + 2 < tokens.count, tokens[end + 1].isDash, tokens[end + 2].word == .old {
                end += 2
            } else if end + 1 < tokens.count, tokens[end + 1].word == .old {
                end += 1
            }
            return UnitReading(last: end, unit: unit, isDuration: true)
        }
        return nil
    }

    /// "or more", "or higher", "-plus", "+", "or fewer", "or so".
    private func postfixApproximator(after last: Int) -> (Int, Quantity.Bound)? {
        let position = last + 1
        guard position < tokens.count else { return nil }
        let token = tokens[position]
        if token.isSymbol("+"), !token.spaceBefore { return (position, .atLeast) }
        if token.word == .plus { return (position, .atLeast) }
        if token.isDash, !token.spaceBefore, position + 1 < tokens.count, tokens[position + 1].word == .plus {
            return (position + 1, .atLeast)
        }
        guard token.word == .or, position + 1 < tokens.count, let next = tokens[position + 1].word else { return nil }
        switch next {
        case .more, .higher, .above, .greater, .over: return (position + 1, .atLeast)
        case .less, .fewer, .under, .lower, .below: return (position + 1, .atMost)
        case .so: return (position + 1, .approximate)
        default: return nil
        }
    }

    /// "a day", "per month", "each year", "annually", "an hour".
    private func rateAfter(_ last: Int) -> (Int, String)? {
        var position = last + 1
        guard position < tokens.count else { return nil }
        if let adverb = tokens[position].word?.rateAdverb, tokens[position].spaceBefore { return (position, adverb) }
        let hyphenated = tokens[position].isDash && !tokens[position].spaceBefore
        if hyphenated { position += 1 }
        guard position + 1 < tokens.count, let word = tokens[position].word,
            word == .a || word == .an || word == .per || word == .each || word == .every
        else { return nil }
        var unitIndex = position + 1
        if tokens[unitIndex].isDash, !tokens[unitIndex].spaceBefore, unitIndex + 1 < tokens.count { unitIndex += 1 }
        guard let unitWord = tokens[unitIndex].word else { return nil }
        switch unitWord {
        case .day, .week, .month, .year, .hour, .minute: return (unitIndex, unitWord.rawValue)
        default: return nil
        }
    }

    /// The counted noun phrase after a number: "temporary work visas", "Republican states", "of voters".
    private func measureAfter(
        _ last: Int, kind: Quantity.Kind, isPercent: Bool, isMoney: Bool, measured: Bool, core: Core
    ) -> (Int, Int)? {
        var position = last + 1
        guard position < tokens.count else { return nil }
        if kind == .date || kind == .year || kind == .duration { return nil }
        if core.countsWhatFollowsOf, tokens[last].word != .of {
            guard tokens[position].word == .of else { return nil }
            position += 1
        } else if measured, tokens[position].word == .of {
            // "4.9 pounds of trash", "2 million barrels of oil".
            position += 1
        } else if isPercent || isMoney || kind == .ratio {
            if core.countsWhatFollowsOf {
                // "of" already read with the fraction.
            } else if tokens[position].word == .of || isMoney && tokens[position].word == .inWord {
                position += 1
            } else {
                return nil
            }
        }
        while position < tokens.count, let word = tokens[position].word, word == .the || word == .all || word == .its || word == .their {
            position += 1
        }
        // The phrase ends at its first plural noun ("temporary work visas", "Republican states"); without
        // one, it is the first word ("person"), or two after "straight"/"consecutive" ("straight month").
        var first: Int?
        var end: Int?
        var firstWordEnd: Int?
        var words = 0
        var pluralFound = false
        while position < tokens.count, words < 4 {
            let token = tokens[position]
            guard token.kind == .word, position == last + 1 || token.spaceBefore || first != nil && isCompoundJoint(position) else { break }
            if let word = token.word, word.endsNounPhrase || word.cardinal != nil || word.scaleExponent != nil { break }
            if words > 0, endsLikeVerbOrAdverb(token) { break }
            if first == nil { first = position }
            end = position
            words += 1
            if firstWordEnd == nil, token.word != .straight, token.word != .consecutive { firstWordEnd = position }
            if looksPlural(token) || token.word?.isIrregularPlural == true {
                pluralFound = true
                break
            }
            // One of something is singular: "one estimate puts …" ends at "estimate".
            if kind == .count, core.value == 1, firstWordEnd != nil { break }
            position += 1
            // "U.S.-Mexico", "work-visa": hyphenated compounds stay one word.
            if position + 1 < tokens.count, tokens[position].isDash, !tokens[position].spaceBefore, !tokens[position + 1].spaceBefore,
                tokens[position + 1].kind == .word
            {
                position += 1
            }
        }
        guard let first, let end else { return nil }
        if pluralFound { return (first, end) }
        // Many of something is plural: "13,000 false or misleading claims" has no noun right after it.
        // After a unit the noun is a mass noun: "4.9 pounds of trash".
        if !measured, kind == .count || kind == .range, let value = core.value, value != 1 { return nil }
        return (first, firstWordEnd ?? end)
    }

    /// The nearest plural noun before a number that has none after it, introduced by "the", "these",
    /// "those" or "of" ("the migrants").
    private func antecedent(before first: Int) -> Int? {
        var position = first - 1
        while position > 0 {
            let token = tokens[position]
            if token.kind == .number { return nil }
            if token.kind == .word, token.word == nil, !token.capitalized, looksPlural(token),
                let determiner = tokens[position - 1].word, determiner == .the || determiner == .these || determiner == .those || determiner == .of
            {
                return position
            }
            position -= 1
        }
        return nil
    }

    private func isCompoundJoint(_ position: Int) -> Bool {
        position > 0 && tokens[position - 1].isDash && !tokens[position].spaceBefore
    }

    /// Verbs and adverbs end a noun phrase: "-ed", "-ing", "-ly" after its first word.
    private func endsLikeVerbOrAdverb(_ token: Token) -> Bool {
        guard token.length > 4 else { return false }
        let last = bytes[token.end - 1] | 0x20
        let beforeLast = bytes[token.end - 2] | 0x20
        if beforeLast == 0x65 && last == 0x64 { return true }  // -ed
        if beforeLast == 0x6C && last == 0x79 { return true }  // -ly
        return token.length > 5 && bytes[token.end - 3] | 0x20 == 0x69 && beforeLast == 0x6E && last == 0x67  // -ing
    }

    // MARK: Approximators

    private static let approximatorPhrases: [([Word], Quantity.Bound)] = [
        ([.approximately], .approximate), ([.about], .approximate), ([.around], .approximate), ([.roughly], .approximate),
        ([.someWord], .approximate), ([.an, .estimated], .approximate), ([.estimated], .approximate),
        ([.circa], .approximate),
        ([.more, .than], .greaterThan), ([.over], .greaterThan), ([.above], .greaterThan), ([.exceeding], .greaterThan),
        ([.upwards, .of], .greaterThan), ([.inWord, .excess, .of], .greaterThan), ([.well, .over], .greaterThan),
        ([.just, .over], .greaterThan), ([.just, .above], .greaterThan), ([.greater, .than], .greaterThan),
        ([.higher, .than], .greaterThan), ([.north, .of], .greaterThan), ([.well, .above], .greaterThan),
        ([.at, .least], .atLeast), ([.no, .fewer, .than], .atLeast), ([.no, .less, .than], .atLeast),
        ([.a, .minimum, .of], .atLeast), ([.not, .less, .than], .atLeast),
        ([.nearly], .justBelow), ([.almost], .justBelow), ([.just, .under], .justBelow), ([.close, .to], .justBelow),
        ([.just, .shy, .of], .justBelow), ([.shy, .of], .justBelow), ([.just, .below], .justBelow),
        ([.approaching], .justBelow),
        ([.less, .than], .lessThan), ([.under], .lessThan), ([.fewer, .than], .lessThan), ([.below], .lessThan),
        ([.lower, .than], .lessThan), ([.well, .under], .lessThan), ([.well, .below], .lessThan),
        ([.up, .to], .atMost), ([.asWord, .many, .asWord], .atMost), ([.asWord, .much, .asWord], .atMost),
        ([.at, .most], .atMost), ([.no, .more, .than], .atMost), ([.a, .maximum, .of], .atMost),
        ([.asWord, .high, .asWord], .atMost), ([.not, .more, .than], .atMost),
    ]

    /// The longest approximator phrase ending just before `first`, not reaching back past `floor`.
    private func approximatorBefore(_ first: Int, floor: Int) -> (Int, Quantity.Bound)? {
        guard first - 1 >= floor, tokens[first - 1].kind == .word, tokens[first - 1].word != nil else { return nil }
        var best: (Int, Quantity.Bound)?
        for (phrase, bound) in QuantityReader.approximatorPhrases where phrase.count > (best?.0 ?? 0) {
            let start = first - phrase.count
            guard start >= floor else { continue }
            var matches = true
            for (offset, word) in phrase.enumerated() where tokens[start + offset].word != word {
                matches = false
                break
            }
            if matches { best = (phrase.count, bound) }
        }
        return best
    }

    // MARK: Text

    func text(_ first: Int, _ last: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[first].start..<tokens[last].end]), as: UTF8.self)
    }

    private func spelling(of token: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
    }
}
