/// One token of the article text, read from its UTF-8 bytes. Words carry a hash of their lower-cased
/// bytes so lexicon look-ups need no `String`.
struct AttributionToken {
    enum Kind: UInt8 {
        case word, comma, period, terminal, colon, semicolon, dash, openQuote, closeQuote, straightQuote
        case openParen, closeParen, other
    }

    var kind: Kind
    /// Byte offsets into the article's UTF-8 text.
    var start: Int
    var end: Int
    /// Code-point offsets, as the claim JSON reports them.
    var scalarStart: Int
    var scalarEnd: Int
    /// FNV-1a hash of the lower-cased word (curly apostrophes read as "'"); 0 for punctuation.
    var key: UInt64
    var isCapitalized: Bool
    var isAllCaps: Bool
    var paragraph: Int
    /// The quotation this token belongs to (its marks included), or -1.
    var quote: Int = -1

    var isWord: Bool { kind == .word }
    var isQuoteMark: Bool { kind == .openQuote || kind == .closeQuote || kind == .straightQuote }
}

/// FNV-1a over lower-cased ASCII; used for both the text and the lexicons so they agree.
enum WordKey {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always) static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        return (hash ^ UInt64(lower)) &* prime
    }

    static func of(_ word: String) -> UInt64 {
        var hash = offsetBasis
        for byte in word.utf8 { hash = mix(hash, byte) }
        return hash
    }
}

/// Splits UTF-8 text into word and punctuation tokens in one pass, counting code points as it goes.
enum AttributionTokenizer {
    static func tokens(_ bytes: [UInt8]) -> [AttributionToken] {
        var tokens: [AttributionToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        var scalar = 0
        var paragraph = 0
        let count = bytes.count

        @inline(__always) func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        }
        /// Length of the punctuation or space sequence that is not part of a word at `position`, 0 if a letter.
        @inline(__always) func nonLetterLength(_ position: Int) -> Int {
            let byte = bytes[position]
            if byte < 0x80 { return isASCIILetterOrDigit(byte) ? 0 : 1 }
            if byte == 0xC2, position + 1 < count, [0xA0, 0xAB, 0xBB].contains(bytes[position + 1]) { return 2 }
            if byte == 0xE2, position + 2 < count, bytes[position + 1] == 0x80 {
                let last = bytes[position + 2]
                if (0x90...0x9F).contains(last) || (0xA6...0xAF).contains(last) || last == 0xB2 || last == 0xB3 { return 3 }
            }
            return 0
        }
        @inline(__always) func isWordStart(_ position: Int) -> Bool { position < count && nonLetterLength(position) == 0 }
        @inline(__always) func scalarLength(_ byte: UInt8) -> Int {
            byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        }

        while index < count {
            let byte = bytes[index]
            let start = index
            let scalarStart = scalar
            var kind: AttributionToken.Kind = .other
            switch byte {
            case 0x0A:
                paragraph += 1
                while index < count, bytes[index] == 0x0A || bytes[index] == 0x20 || bytes[index] == 0x0D { index += 1; scalar += 1 }
                continue
            case 0x20, 0x09, 0x0D:
                index += 1; scalar += 1
                continue
            case 0x2C: kind = .comma
            case 0x2E: kind = .period
            case 0x21, 0x3F: kind = .terminal
            case 0x3A: kind = .colon
            case 0x3B: kind = .semicolon
            case 0x22: kind = .straightQuote
            case 0x28, 0x5B: kind = .openParen
            case 0x29, 0x5D: kind = .closeParen
            case 0x2D:
                // "--" and a spaced " - " are dashes; a hyphen inside a word never reaches here.
                if index + 1 < count, bytes[index + 1] == 0x2D {
                    index += 2; scalar += 2
                    while index < count, bytes[index] == 0x2D { index += 1; scalar += 1 }
                    tokens.append(punctuation(.dash, start, index, scalarStart, scalar, paragraph))
                    continue
                }
                kind = (index + 1 >= count || bytes[index + 1] == 0x20) ? .dash : .other
            default:
                if byte >= 0x80 {
                    if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
                        index += 2; scalar += 1
                        continue
                    }
                    let length = nonLetterLength(index)
                    if length > 0 {
                        let last = bytes[index + length - 1]
                        switch (byte, last) {
                        case (0xE2, 0x9C), (0xC2, 0xAB): kind = .openQuote
                        case (0xE2, 0x9D), (0xC2, 0xBB): kind = .closeQuote
                        case (0xE2, 0x93), (0xE2, 0x94), (0xE2, 0x95): kind = .dash
                        default: kind = .other
                        }
                        index += length; scalar += 1
                        tokens.append(punctuation(kind, start, index, scalarStart, scalar, paragraph))
                        continue
                    }
                } else if !isASCIILetterOrDigit(byte) {
                    index += 1; scalar += 1
                    tokens.append(punctuation(.other, start, index, scalarStart, scalar, paragraph))
                    continue
                }
                // A word: letters and digits, with apostrophes, hyphens, periods and digit-group commas inside.
                var hash = WordKey.offsetBasis
                var upperCount = 0
                var letterCount = 0
                var hasInnerPeriod = false
                // Latin-1 capitals ("Á", "É", "Ñ") count as capitals too.
                let firstIsUpper = (byte >= 0x41 && byte <= 0x5A)
                    || (byte == 0xC3 && index + 1 < count && bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x9E && bytes[index + 1] != 0x97)
                while index < count {
                    let current = bytes[index]
                    if current < 0x80 {
                        if isASCIILetterOrDigit(current) {
                            if current >= 0x41 && current <= 0x5A { upperCount += 1 }
                            if current >= 0x41 { letterCount += 1 }
                            hash = WordKey.mix(hash, current)
                            index += 1; scalar += 1
                            continue
                        }
                        let next = index + 1 < count ? bytes[index + 1] : 0
                        let nextIsWord = index + 1 < count && isWordStart(index + 1)
                        // Apostrophes, hyphens and ampersands join letters: "O'Brien", "R-Texas", "PG&E".
                        if (current == 0x27 || current == 0x2D || current == 0x26) && nextIsWord {
                            hash = WordKey.mix(hash, current)
                            index += 1; scalar += 1
                            continue
                        }
                        if current == 0x2E && nextIsWord && next != 0x20 {
                            hasInnerPeriod = true
                            hash = WordKey.mix(hash, current)
                            index += 1; scalar += 1
                            continue
                        }
                        if current == 0x2C, index + 3 < count, isDigit(bytes[index - 1]), isDigit(next),
                            isDigit(bytes[index + 2]), isDigit(bytes[index + 3])
                        {
                            index += 1; scalar += 1
                            continue
                        }
                        // A possessive apostrophe after a plural: "states' rights".
                        if current == 0x27, bytes[index - 1] | 0x20 == 0x73, !nextIsWord {
                            hash = WordKey.mix(hash, current)
                            index += 1; scalar += 1
                        }
                        break
                    }
                    // Curly apostrophe ’ inside or after a plural, read as "'".
                    if current == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                        let nextIsWord = isWordStart(index + 3)
                        if nextIsWord || bytes[index - 1] | 0x20 == 0x73 {
                            hash = WordKey.mix(hash, 0x27)
                            index += 3; scalar += 1
                            if nextIsWord { continue }
                        }
                        break
                    }
                    if nonLetterLength(index) > 0 { break }
                    let length = scalarLength(current)
                    for offset in 0..<min(length, count - index) { hash = WordKey.mix(hash, bytes[index + offset]) }
                    letterCount += 1
                    index += length; scalar += 1
                }
                // Abbreviations and initials keep their period: "Dr.", "U.S.", "J.".
                if index < count, bytes[index] == 0x2E {
                    let keyWithoutPeriod = hash
                    if hasInnerPeriod || (letterCount == 1 && firstIsUpper)
                        || AttributionLexicon.abbreviations.contains(keyWithoutPeriod)
                    {
                        hash = WordKey.mix(hash, 0x2E)
                        index += 1; scalar += 1
                    }
                }
                tokens.append(
                    AttributionToken(
                        kind: .word, start: start, end: index, scalarStart: scalarStart, scalarEnd: scalar, key: hash,
                        isCapitalized: firstIsUpper, isAllCaps: upperCount >= 2 && upperCount == letterCount,
                        paragraph: paragraph))
                continue
            }
            index += 1; scalar += 1
            tokens.append(punctuation(kind, start, index, scalarStart, scalar, paragraph))
        }
        return tokens
    }

    @inline(__always) private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func punctuation(
        _ kind: AttributionToken.Kind, _ start: Int, _ end: Int, _ scalarStart: Int, _ scalarEnd: Int, _ paragraph: Int
    ) -> AttributionToken {
        AttributionToken(
            kind: kind, start: start, end: end, scalarStart: scalarStart, scalarEnd: scalarEnd, key: 0,
            isCapitalized: false, isAllCaps: false, paragraph: paragraph)
    }
}
