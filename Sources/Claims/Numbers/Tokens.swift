/// One token of text read at the byte level: a word (letters), a number (digits with grouping and
/// decimals), or a single symbol. Whitespace is not a token; it is recorded on the token after it.
struct Token {
    enum Kind: UInt8 { case word, number, symbol }

    var kind: Kind
    /// UTF-8 byte offsets into the scanned text.
    var start: Int
    var end: Int
    /// Code-point offsets: what mentions report.
    var scalarStart: Int
    var scalarEnd: Int
    /// Whitespace separates this token from the previous one.
    var spaceBefore: Bool
    /// First token of a line (or of the text).
    var lineStart: Bool
    /// Words: the known word, if any. Symbols: nil.
    var word: Word?
    /// Words: FNV-1a hash of the bytes, ASCII capitals lower-cased (the key of `Word` look-ups and casing evidence).
    var hash: UInt64
    /// Words: first letter upper-case; symbols: unused.
    var capitalized: Bool
    /// Words: every letter upper-case.
    var allCaps: Bool
    /// Words: ends in "s" but not "ss", "us" or "is", and is longer than three letters ("visas", not "bus").
    var pluralLike: Bool
    /// Symbols: the code point.
    var scalar: UInt32
    /// Numbers: digits without grouping or point as an integer, and how many of them follow the point.
    var mantissa: Int64
    var fractionDigits: Int8
    var integerDigits: Int8
    /// Numbers: zeros ending the integer part of a number without decimals ("234,000" has 3).
    var trailingZeros: Int8
    /// Numbers: written with thousands separators.
    var grouped: Bool

    var length: Int { end - start }

    /// The number's value.
    var value: Double { Decimal10.value(mantissa: mantissa, exponent: -Int(fractionDigits)) }

    /// A plain integer written without grouping or decimals ("2022", "23").
    var isPlainInteger: Bool { kind == .number && !grouped && fractionDigits == 0 && integerDigits > 0 }

    func isSymbol(_ character: Unicode.Scalar) -> Bool { kind == .symbol && scalar == character.value }

    /// "-", "–" (en dash) or "‐"/"‑" (hyphens): joins ranges and compounds.
    var isDash: Bool { kind == .symbol && (scalar == 0x2D || scalar == 0x2013 || scalar == 0x2010 || scalar == 0x2011) }
}

/// Exact decimal scaling: a mantissa times a power of ten without the rounding drift of repeated
/// multiplication ("2.3tn" is 23 × 10^11, exactly 2300000000000).
enum Decimal10 {
    /// 10^0 … 10^22, all exact in a Double.
    static let powers: [Double] = (0...22).map(pow10)

    static func value(mantissa: Int64, exponent: Int) -> Double {
        if exponent >= 0 {
            return Double(mantissa) * (exponent < powers.count ? powers[exponent] : pow10(exponent))
        }
        return Double(mantissa) / (-exponent < powers.count ? powers[-exponent] : pow10(-exponent))
    }

    static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}

/// Splits UTF-8 text into tokens in one pass without allocating per token.
enum Tokenizer {
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4)
        let count = bytes.count
        var index = 0
        var spaceBefore = false
        var lineStart = true
        var scalars = 0
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 {
                spaceBefore = true
                index += 1
                scalars += 1
                continue
            }
            if byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                spaceBefore = true
                lineStart = true
                index += 1
                scalars += 1
                continue
            }
            var token = Token(
                kind: .symbol, start: index, end: index + 1, scalarStart: scalars, scalarEnd: scalars + 1,
                spaceBefore: spaceBefore, lineStart: lineStart, word: nil, hash: 0,
                capitalized: false, allCaps: false, pluralLike: false, scalar: UInt32(byte), mantissa: 0, fractionDigits: 0,
                integerDigits: 0, trailingZeros: 0, grouped: false)
            if isDigit(byte) || (byte == 0x2E && index + 1 < count && isDigit(bytes[index + 1]) && !followsWordOrNumber(tokens, index)) {
                readNumber(bytes, from: index, into: &token)
                token.scalarEnd = scalars + scalarCount(bytes, token.start, token.end)
            } else if isLetter(byte) {
                token.scalarEnd = scalars + readWord(bytes, from: index, into: &token)
            } else if byte >= 0x80 {
                let (scalar, length) = decode(bytes, at: index)
                if isSpace(scalar) {
                    spaceBefore = true
                    if scalar == 0x2028 || scalar == 0x2029 { lineStart = true }
                    index += length
                    scalars += 1
                    continue
                }
                if isWordScalar(scalar) {
                    token.scalarEnd = scalars + readWord(bytes, from: index, into: &token)
                } else {
                    token.scalar = scalar
                    token.end = index + length
                }
            }
            scalars = token.scalarEnd
            tokens.append(token)
            index = token.end
            spaceBefore = false
            lineStart = false
        }
        return tokens
    }

    /// A "." starts a number (".08") only when it does not end a previous word or number.
    private static func followsWordOrNumber(_ tokens: [Token], _ index: Int) -> Bool {
        guard let last = tokens.last, last.end == index else { return false }
        return last.kind != .symbol
    }

    /// Code points in a byte range: every byte that is not a UTF-8 continuation byte starts one.
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var count = 0
        for index in start..<end where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Reads a word into `token`; returns its length in code points.
    private static func readWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into token: inout Token) -> Int {
        var index = start
        var hash = Word.hashSeed
        var upper = 0
        var letters = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard isLetter(byte) else { break }
                let isUpper = byte >= 0x41 && byte <= 0x5A
                if isUpper { upper += 1 }
                letters += 1
                hash = Word.mix(hash, isUpper ? byte | 0x20 : byte)
                index += 1
            } else {
                let (scalar, length) = decode(bytes, at: index)
                guard isWordScalar(scalar) else { break }
                for offset in 0..<length { hash = Word.mix(hash, bytes[index + offset]) }
                letters += 1
                index += length
            }
        }
        token.kind = .word
        token.end = index
        token.hash = hash
        let first = bytes[start]
        token.capitalized = first >= 0x41 && first <= 0x5A
        token.allCaps = upper == letters
        if index - start > 3, bytes[index - 1] | 0x20 == 0x73 {
            let before = bytes[index - 2] | 0x20
            token.pluralLike = before != 0x73 && before != 0x75 && before != 0x69
        }
        if index - start <= Word.longest {
            token.word = Word.lookup(hash: hash, bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        }
        return letters
    }

    private static func readNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into token: inout Token) {
        let count = bytes.count
        var index = start
        var mantissa: Int64 = 0
        var digits = 0
        var integerDigits = 0
        var fractionDigits = 0
        var runDigits = 0
        var trailingZeros = 0
        var grouped = false
        var spaceGrouped = false
        var inFraction = false
        func accumulate(_ byte: UInt8) {
            // Beyond 18 digits the value keeps 18 significant digits, scaled by the dropped ones.
            if digits < 18 {
                mantissa = mantissa * 10 + Int64(byte - 0x30)
                digits += 1
                if inFraction { fractionDigits += 1 }
            } else if !inFraction {
                fractionDigits -= 1
            }
        }
        while index < count {
            let byte = bytes[index]
            if isDigit(byte) {
                accumulate(byte)
                if !inFraction {
                    integerDigits += 1
                    trailingZeros = byte == 0x30 ? trailingZeros + 1 : 0
                }
                runDigits += 1
                index += 1
                continue
            }
            // Thousands separator: "," then exactly three digits; the first group has at most three.
            if byte == 0x2C, !inFraction, !spaceGrouped, runDigits >= 1, grouped || runDigits <= 3,
                threeDigitsFollow(bytes, at: index + 1)
            {
                grouped = true
                runDigits = 0
                index += 1
                continue
            }
            // "816 000": a space (or no-break/thin space) as separator, same shape. A plain space
            // must be followed by "000" or by two groups, so "roughly 400 737 Max jets" stays apart.
            if !inFraction, !grouped || spaceGrouped, runDigits >= 1, spaceGrouped || integerDigits <= 3 {
                let separatorLength = groupSpaceLength(bytes, at: index)
                if separatorLength > 0, threeDigitsFollow(bytes, at: index + separatorLength),
                    separatorLength > 1 || spaceGrouped || plainSpaceGroupIsConvincing(bytes, at: index + 1)
                {
                    grouped = true
                    spaceGrouped = true
                    runDigits = 0
                    index += separatorLength
                    continue
                }
            }
            if byte == 0x2E, !inFraction, index + 1 < count, isDigit(bytes[index + 1]) {
                inFraction = true
                trailingZeros = 0
                index += 1
                continue
            }
            break
        }
        token.kind = .number
        token.end = index
        token.mantissa = mantissa
        token.fractionDigits = Int8(clamping: fractionDigits)
        token.integerDigits = Int8(clamping: integerDigits)
        token.trailingZeros = Int8(clamping: inFraction ? 0 : trailingZeros)
        token.grouped = grouped
    }

    /// After a plain space: "000", or three digits followed by another space-separated group.
    private static func plainSpaceGroupIsConvincing(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        if bytes[index] == 0x30, bytes[index + 1] == 0x30, bytes[index + 2] == 0x30 { return true }
        return index + 4 < bytes.count && bytes[index + 3] == 0x20 && threeDigitsFollow(bytes, at: index + 4)
    }

    /// Exactly three digits at `index`, then no further digit.
    private static func threeDigitsFollow(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 3 <= bytes.count, isDigit(bytes[index]), isDigit(bytes[index + 1]), isDigit(bytes[index + 2])
        else { return false }
        return index + 3 == bytes.count || !isDigit(bytes[index + 3])
    }

    /// Length of a single grouping space (" ", U+00A0, U+202F, U+2009) at `index`, or 0.
    private static func groupSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xAF || bytes[index + 2] == 0x89 {
            return 3
        }
        return 0
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// Decodes the scalar at a lead byte; malformed sequences count as one replacement byte.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return (0xFFFD, 1) }
        var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let continuation = bytes[index + offset]
            guard continuation & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            scalar = scalar << 6 | UInt32(continuation & 0x3F)
        }
        return (scalar, length)
    }

    static func isSpace(_ scalar: UInt32) -> Bool {
        scalar == 0xA0 || (scalar >= 0x2000 && scalar <= 0x200B) || scalar == 0x202F || scalar == 0x205F
            || scalar == 0x3000 || scalar == 0x2028 || scalar == 0x2029 || scalar == 0xFEFF || scalar == 0x85
    }

    /// Letters outside ASCII (accented names) belong to words; punctuation and symbols do not.
    static func isWordScalar(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return isLetter(UInt8(scalar)) }
        if (scalar >= 0x2000 && scalar <= 0x2BFF) || (scalar >= 0xA0 && scalar <= 0xBF) || scalar == 0xD7 || scalar == 0xF7 {
            return false
        }
        return Unicode.Scalar(scalar)?.properties.isAlphabetic ?? false
    }
}
