/// Byte-level character classes for UTF-8 text. Multi-byte characters the splitter cares about
/// (curly quotes, the ellipsis, bullets, no-break space) are recognised by their byte sequences.
enum ByteClass {
    static let period = UInt8(ascii: ".")
    static let question = UInt8(ascii: "?")
    static let exclamation = UInt8(ascii: "!")
    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let straightQuote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    /// Lead byte of the three-byte punctuation below (U+2000–U+2FFF).
    static let punctuationLead: UInt8 = 0xE2

    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    /// First byte of a multi-byte character: counted as a word character, since letters beyond
    /// ASCII ("é", "ñ") are what such characters mostly are in English news text.
    @inline(__always) static func isMultiByteLead(_ byte: UInt8) -> Bool { byte >= 0xC2 }
    @inline(__always) static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    @inline(__always) static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte &- 0x09 < 5  // space, \t \n \v \f \r
    }

    /// Bytes that close a sentence-final quotation or parenthesis on their own.
    @inline(__always) static func isASCIICloser(_ byte: UInt8) -> Bool {
        byte == straightQuote || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "}")
    }

    /// Bytes that open a quotation or parenthesis.
    @inline(__always) static func isASCIIOpener(_ byte: UInt8) -> Bool {
        byte == straightQuote || byte == apostrophe || byte == UInt8(ascii: "(")
            || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{")
    }

    @inline(__always) static func isTerminator(_ byte: UInt8) -> Bool {
        byte == period || byte == question || byte == exclamation
    }
}

/// A set of bytes as a 256-entry table, for scanning loops that skip most bytes at the cost of
/// one well-predicted branch each.
struct ByteSet: Sendable {
    private let members: [Bool]

    init(_ bytes: [UInt8]) {
        var members = [Bool](repeating: false, count: 256)
        for byte in bytes { members[Int(byte)] = true }
        self.members = members
    }

    @inline(__always) func withTable<Result>(_ body: (UnsafeBufferPointer<Bool>) throws -> Result) rethrows -> Result {
        try members.withUnsafeBufferPointer(body)
    }
}

/// The UTF-8 text being split, with the multi-byte look-ups the splitter needs. Reads outside
/// `bytes` yield a space, which keeps every check at the edges of a block simple.
struct UTF8Text {
    let bytes: UnsafeBufferPointer<UInt8>

    @inline(__always) subscript(_ index: Int) -> UInt8 {
        index >= 0 && index < bytes.count ? bytes[index] : ByteClass.space
    }

    @inline(__always) func isThreeByte(_ index: Int, _ second: UInt8, _ third: UInt8) -> Bool {
        self[index] == ByteClass.punctuationLead && self[index + 1] == second && self[index + 2] == third
    }

    /// Length of the whitespace character at `index` (ASCII space, no-break space U+00A0 or a
    /// typographic space U+2000–U+200A, U+202F), 0 if there is none.
    @inline(__always) func spaceLength(at index: Int) -> Int {
        let byte = self[index]
        if ByteClass.isASCIISpace(byte) { return 1 }
        if byte == 0xC2 && self[index + 1] == 0xA0 { return 2 }
        if byte == ByteClass.punctuationLead && self[index + 1] == 0x80 {
            let third = self[index + 2]
            if third &- 0x80 < 0x0B || third == 0xAF { return 3 }
        }
        return 0
    }

    /// Length of the whitespace character that ends just before `end`, 0 if there is none.
    @inline(__always) func spaceLength(endingAt end: Int) -> Int {
        let byte = self[end - 1]
        if ByteClass.isASCIISpace(byte) { return 1 }
        if byte == 0xA0 && self[end - 2] == 0xC2 { return 2 }
        if self[end - 3] == ByteClass.punctuationLead && self[end - 2] == 0x80 && (byte &- 0x80 < 0x0B || byte == 0xAF) {
            return 3
        }
        return 0
    }

    @inline(__always) func isSpace(_ index: Int) -> Bool { spaceLength(at: index) > 0 }

    /// Length of a closing quotation mark or bracket at `index` (`"`, `)`, `]`, `”`, `»`, and
    /// `'`/`’` when they are not an apostrophe inside a word), or of a numbered citation such as
    /// "[42]" after a sentence; 0 if there is none.
    func closerLength(at index: Int) -> Int {
        let byte = self[index]
        if ByteClass.isASCIICloser(byte) { return 1 }
        if byte == UInt8(ascii: "[") { return citationLength(at: index) }
        if byte == ByteClass.apostrophe { return endsWord(after: index + 1) ? 1 : 0 }
        if byte == 0xC2 && self[index + 1] == 0xBB { return 2 }  // »
        if isThreeByte(index, 0x80, 0x9D) { return 3 }  // ”
        if isThreeByte(index, 0x80, 0x99) { return endsWord(after: index + 3) ? 3 : 0 }  // ’
        return 0
    }

    private func citationLength(at index: Int) -> Int {
        var position = index + 1
        while ByteClass.isDigit(self[position]) && position - index <= 3 { position += 1 }
        return position > index + 1 && self[position] == UInt8(ascii: "]") ? position + 1 - index : 0
    }

    /// Length of an opening quotation mark or bracket at `index`, 0 if there is none.
    func openerLength(at index: Int) -> Int {
        let byte = self[index]
        if ByteClass.isASCIIOpener(byte) { return 1 }
        if byte == 0xC2 && (self[index + 1] == 0xAB || self[index + 1] == 0xBF || self[index + 1] == 0xA1) {
            return 2  // « ¿ ¡
        }
        if isThreeByte(index, 0x80, 0x9C) || isThreeByte(index, 0x80, 0x98) { return 3 }  // “ ‘
        return 0
    }

    /// Length of a list bullet at `index` (• ‣ ⁃ ◦ ● ▪ ■), 0 if there is none.
    func bulletLength(at index: Int) -> Int {
        guard self[index] == ByteClass.punctuationLead else { return 0 }
        switch (self[index + 1], self[index + 2]) {
        case (0x80, 0xA2), (0x80, 0xA3), (0x81, 0x83), (0x97, 0xA6), (0x97, 0x8F), (0x96, 0xAA), (0x96, 0xA0):
            return 3
        default:
            return 0
        }
    }

    @inline(__always) func isEllipsis(_ index: Int) -> Bool { isThreeByte(index, 0x80, 0xA6) }

    /// Whether the character ending just before `end` ends a sentence: `.`, `?`, `!` or `…`.
    func endsWithTerminator(_ end: Int) -> Bool {
        ByteClass.isTerminator(self[end - 1]) || isEllipsis(end - 3)
    }

    private func endsWord(after index: Int) -> Bool {
        let next = self[index]
        return !ByteClass.isAlphanumeric(next) && !ByteClass.isMultiByteLead(next)
    }

    /// Classifies the character that starts at `index` as a cased letter, for characters beyond
    /// ASCII ("É", "ñ"); decodes only at the rare positions the splitter asks about.
    func scalar(at index: Int) -> Unicode.Scalar? {
        let lead = self[index]
        var value: UInt32
        var length: Int
        switch lead {
        case 0xC2...0xDF: value = UInt32(lead & 0x1F); length = 2
        case 0xE0...0xEF: value = UInt32(lead & 0x0F); length = 3
        case 0xF0...0xF4: value = UInt32(lead & 0x07); length = 4
        default: return lead < 0x80 ? Unicode.Scalar(lead) : nil
        }
        for offset in 1..<length {
            let byte = self[index + offset]
            guard ByteClass.isContinuation(byte) else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return Unicode.Scalar(value)
    }
}
