/// Reading the number itself: digits with scale words and suffixes, spelled numbers, vague
/// collectives, fractions and ordinal words.
extension QuantityReader {
    func readCore(at index: Int, currency: String?) -> Core? {
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

    func digitsCore(at index: Int, currency: String?) -> Core? {
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
    func spelledCore(at index: Int) -> Core? {
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
    func countsSomething(after index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        guard next.kind == .word, next.spaceBefore else { return false }
        // "at one point" is an idiom, not a count.
        if let word = next.word {
            return !word.endsNounPhrase && word != .more && word != .point && word.cardinal == nil || word.scaleExponent != nil
        }
        // "one person", not "one wants".
        return !next.capitalized && !next.pluralLike
    }

    /// "in five", "out of 10" after a number.
    func startsRatio(after index: Int) -> Bool {
        guard index + 2 < tokens.count else { return false }
        let word = tokens[index + 1].word
        let denominator = word == .out ? index + 3 : index + 2
        guard word == .inWord || word == .out && tokens[index + 2].word == .of, denominator < tokens.count else { return false }
        return tokens[denominator].kind == .number || tokens[denominator].word?.cardinal != nil
    }

    /// "dozens of", "hundreds of thousands of", "tens of thousands", "a couple of".
    func vagueCore(at index: Int) -> Core? {
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
    func fractionCore(at index: Int) -> Core? {
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
    func ordinalWordCore(at index: Int) -> Core? {
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
}
