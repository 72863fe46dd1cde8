/// Numbers that are not counts: clock times, phone numbers, list numbering, identifiers, addresses, ages.
extension QuantityReader {
    /// Numbers that are not quantities: times of day, phone numbers, list numbering, identifiers
    /// ("Title 42", "COVID-19", "G7"), street addresses and ages after names. Returns the last token to skip.
    func notACount(at index: Int) -> Int? {
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
            // "737 Max 8", "Surface Pro 9".
            if previous.capitalized, previous.word?.namesVariant == true { return index }
            // An unknown capitalized word names what follows ("Apollo 11", "Boeing 737"), and so does a
            // product name with an inner capital ("iPhone 14").
            if previous.word == nil, previous.capitalized ? !previous.allCaps || previous.length <= 3 : hasInnerCapital(previous) {
                return index
            }
        }
        // A variant word names the number before it ("the 737 Max", "an iPhone 14 Pro"), unless the number
        // follows a verb or preposition that counts what comes next ("delivered 12 Max jets").
        if token.isPlainInteger, token.spaceBefore || index == 0, let next, next.spaceBefore, next.capitalized,
            next.word?.namesVariant == true, canStartName(at: index)
        {
            return index
        }
        // A model number after a determiner names a vehicle in the singular: "the 747 jumbo jet", "a 737
        // jetliner", "the 787 Dreamliner". Four digits are left to the year reader ("the 2019 jet").
        if token.isPlainInteger, token.integerDigits == 2 || token.integerDigits == 3, token.spaceBefore,
            previous?.word?.introducesModelNumber == true, namesSingularVehicle(after: index)
        {
            return index
        }
        // A dotted designator: "BA.5", "XBB.1".
        if let previous, !token.spaceBefore, previous.isSymbol("."), !previous.spaceBefore, index >= 2,
            tokens[index - 2].kind == .word, tokens[index - 2].allCaps, tokens[index - 2].length >= 2
        {
            return index
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

    /// Whether the words after the number at `index` are a singular vehicle: a vehicle noun ("jumbo jet")
    /// or an unknown capitalized word ("Dreamliner"), with no plural noun in the next four words for the
    /// number to count. Plurals stay counts even when they could be a model's ("the 747 jets were
    /// grounded"): nothing the reader keeps tells a fleet from a count there, and a count can be checked.
    func namesSingularVehicle(after index: Int) -> Bool {
        var namesVehicle = false
        var position = index + 1
        while position < tokens.count, position <= index + 4 {
            let token = tokens[position]
            // A number further on leaves the phrase open: "the 30 Boeing 737 jets", "the 400 Airbus A320 jets".
            if token.kind == .number { return false }
            guard token.kind == .word, token.spaceBefore else { break }
            if position + 1 < tokens.count, tokens[position + 1].kind == .number, !tokens[position + 1].spaceBefore {
                return false
            }
            if let word = token.word {
                if word.endsNounPhrase { break }
                if word.isIrregularPlural || word.isZeroPlural || word.measurementUnit != nil || word.durationUnit != nil
                    || word.currencyCode != nil
                {
                    return false
                }
                if word.isVehicleNoun { namesVehicle = true }
            } else if token.pluralLike {
                return false
            } else if position == index + 1, token.capitalized, !token.allCaps {
                namesVehicle = true
            }
            if position > index + 1, endsLikeVerbOrAdverb(token) { break }
            position += 1
        }
        return namesVehicle
    }

    /// A word in lower case apart from later capitals: a product name ("iPhone", "eVTOL").
    func hasInnerCapital(_ token: Token) -> Bool {
        guard token.kind == .word, !token.capitalized else { return false }
        return bytes[token.start..<token.end].contains { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// Whether what starts at `index` can be a name rather than a count: it opens the text or a clause, or
    /// follows a determiner, a possessive, a name or another number.
    func canStartName(at index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        switch previous.kind {
        case .number: return true
        case .symbol:
            // Clause punctuation and opening quotes, not a currency sign or a dash ("$737", "10-12").
            switch previous.scalar {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x28, 0x22, 0x27, 0x201C, 0x2018: return true
            default: return false
            }
        case .word:
            if previous.capitalized && previous.word == nil { return true }
            switch previous.word {
            case .the, .a, .an, .its, .their, .his, .her, .this, .these: return true
            default: return false
            }
        }
    }

    /// "am", "pm", "a.m.", "p.m." after a clock number; returns the last token of the suffix.
    func clockSuffixEnd(after index: Int) -> Int? {
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
    func phoneNumberEnd(at index: Int) -> Int? {
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
    func streetAddressEnd(after index: Int) -> Int? {
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
}
