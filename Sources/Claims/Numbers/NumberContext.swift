/// What surrounds a number: ranges and ratios, units, postfix approximators, rates, the counted
/// noun phrase, and approximator phrases before it.
extension QuantityReader {
    struct RangeReading {
        var last: Int
        var lower: Double
        var upper: Double
        var isRatio: Bool
    }

    /// "10 to 20", "10-20", "between 10 and 20", "$10-20 million", "two or three", "3 to 1", "3-to-1".
    func readRange(after core: Core, opener: Word?, currency: String?) -> RangeReading? {
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
    func readRatio(after core: Core) -> (Int, Double)? {
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

    struct UnitReading {
        var last: Int
        var unit: String?
        var currency: String?
        var multiplier: Double?
        var isPercent = false
        var isDuration = false
    }

    func readUnit(after last: Int, currency: String?, scaled: Bool) -> UnitReading? {
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
    func postfixApproximator(after last: Int) -> (Int, Quantity.Bound)? {
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

    /// What a change is measured against: "from a year earlier", "compared with April", "over the same
    /// period last year", ", compared with 2019". Only phrases that name a time count.
    func baselineAfter(_ last: Int) -> String? {
        var position = last + 1
        if position < tokens.count, tokens[position].isSymbol(",") { position += 1 }
        guard position < tokens.count, let opener = tokens[position].word else { return nil }
        switch opener {
        case .from, .over, .than, .versus: position += 1
        case .compared:
            guard position + 1 < tokens.count, tokens[position + 1].word == .with || tokens[position + 1].word == .to else { return nil }
            position += 2
        default: return nil
        }
        let first = position
        var end: Int?
        var namesTime = false
        while position < tokens.count, position - first < 6 {
            let token = tokens[position]
            if token.kind == .number, token.isPlainInteger, token.integerDigits == 4 {
                namesTime = true
            } else if token.kind == .word {
                if let word = token.word {
                    if word == .and || word == .but || word == .according || word == .said || word == .asWord || word == .when {
                        break
                    }
                    if word.month != nil || word.durationUnit != nil || word.weekday != nil || word == .earlier || word == .ago
                        || word == .last || word == .previous || word == .prior
                    {
                        namesTime = true
                    }
                }
            } else {
                break
            }
            end = position
            position += 1
        }
        guard namesTime, let end else { return nil }
        return text(first, end)
    }

    /// "a day", "per month", "each year", "annually", "an hour".
    func rateAfter(_ last: Int) -> (Int, String)? {
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
        // "7% a year earlier", "a month ago": the time of a baseline, not a rate.
        if unitIndex + 1 < tokens.count, let after = tokens[unitIndex + 1].word,
            after == .earlier || after == .ago || after == .before || after == .prior || after == .later
        {
            return nil
        }
        switch unitWord {
        case .day, .week, .month, .year, .hour, .minute: return (unitIndex, unitWord.rawValue)
        default: return nil
        }
    }

    /// The counted noun phrase after a number: "temporary work visas", "Republican states", "of voters".
    func measureAfter(
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
            // A model number inside the phrase is part of it: "30 737 Max jets".
            let isModelNumber = token.isPlainInteger && notACount(at: position) == position
            guard token.kind == .word || isModelNumber, position == last + 1 || token.spaceBefore || first != nil && isCompoundJoint(position)
            else { break }
            if let word = token.word, word.endsNounPhrase || word.cardinal != nil || word.scaleExponent != nil { break }
            if words > 0, endsLikeVerbOrAdverb(token) { break }
            if first == nil { first = position }
            end = position
            words += 1
            if firstWordEnd == nil, token.word != .straight, token.word != .consecutive { firstWordEnd = position }
            if looksPlural(token) || token.word?.isIrregularPlural == true
                || token.word?.isZeroPlural == true && !pluralNounFollows(position)
            {
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
    func antecedent(before first: Int) -> Int? {
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

    /// Whether a plural noun comes right after `position`, which then only modifies it ("crew members").
    func pluralNounFollows(_ position: Int) -> Bool {
        guard position + 1 < tokens.count else { return false }
        let next = tokens[position + 1]
        guard next.spaceBefore, !next.capitalized else { return false }
        if let word = next.word { return word.isIrregularPlural || word.isZeroPlural }
        return looksPlural(next)
    }

    func isCompoundJoint(_ position: Int) -> Bool {
        position > 0 && tokens[position - 1].isDash && !tokens[position].spaceBefore
    }

    /// Verbs and adverbs end a noun phrase: "-ed", "-ing", "-ly" after its first word.
    func endsLikeVerbOrAdverb(_ token: Token) -> Bool {
        guard token.length > 4 else { return false }
        let last = bytes[token.end - 1] | 0x20
        let beforeLast = bytes[token.end - 2] | 0x20
        if beforeLast == 0x65 && last == 0x64 { return true }  // -ed
        if beforeLast == 0x6C && last == 0x79 { return true }  // -ly
        return token.length > 5 && bytes[token.end - 3] | 0x20 == 0x69 && beforeLast == 0x6E && last == 0x67  // -ing
    }

    // MARK: Approximators

    static let approximatorPhrases: [([Word], Quantity.Bound)] = [
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
    func approximatorBefore(_ first: Int, floor: Int) -> (Int, Quantity.Bound)? {
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
        if let (length, bound) = best, bound == .atMost, tokens[first - length].word == .up, first - length - 1 >= floor,
            tokens[first - length - 1].word?.movesUp == true
        {
            return nil
        }
        return best
    }
}
