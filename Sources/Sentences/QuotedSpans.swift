/// A quotation or parenthesis: the byte index of its opening mark and of its closing mark.
struct QuotedSpan {
    var open: Int
    var close: Int
    var closeLength: Int
}

/// Pairs the quotation marks and brackets of one block in a single pass. Unpaired marks pair
/// with nothing, so an unbalanced quote never reaches past its block, nor changes how the rest
/// of the block splits. Single quotes pair only where they cannot be apostrophes: one opens
/// before a capital, one closes after a word and before a space or punctuation.
struct QuotedSpanFinder {
    private var bracketOpeners: [(index: Int, closing: UInt8)] = []
    private(set) var spans: [QuotedSpan] = []

    private static let markBytes = ByteSet([
        ByteClass.straightQuote, ByteClass.apostrophe, UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
        UInt8(ascii: "]"), ByteClass.punctuationLead,
    ])

    /// Brackets nest no deeper than this; deeper ones are left unpaired.
    private static let maximumDepth = 32

    mutating func find(in text: UTF8Text, block: Range<Int>) {
        spans.removeAll(keepingCapacity: true)
        bracketOpeners.removeAll(keepingCapacity: true)
        var openQuote = -1
        var openSingleQuote = -1
        var index = block.lowerBound
        let bytes = text.bytes
        QuotedSpanFinder.markBytes.withTable { isMark in
            while index < block.upperBound {
                let byte = bytes[index]
                index += 1
                guard isMark[Int(byte)] else { continue }
                let position = index - 1
                switch byte {
                case ByteClass.straightQuote:
                    switch straightQuoteRole(text, at: position) {
                    case .opening: openQuote = position
                    case .closing:
                        if openQuote >= 0 {
                            spans.append(QuotedSpan(open: openQuote, close: position, closeLength: 1))
                            openQuote = -1
                        }
                    case .unknown: break
                    }
                case ByteClass.apostrophe:
                    if opensSingleQuote(text, at: position, length: 1) {
                        openSingleQuote = position
                    } else if openSingleQuote >= 0 && closesSingleQuote(text, at: position, length: 1) {
                        spans.append(QuotedSpan(open: openSingleQuote, close: position, closeLength: 1))
                        openSingleQuote = -1
                    }
                case UInt8(ascii: "("), UInt8(ascii: "["):
                    if bracketOpeners.count < QuotedSpanFinder.maximumDepth {
                        bracketOpeners.append((position, byte == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")))
                    }
                case UInt8(ascii: ")"), UInt8(ascii: "]"):
                    if let last = bracketOpeners.last, last.closing == byte {
                        bracketOpeners.removeLast()
                        spans.append(QuotedSpan(open: last.index, close: position, closeLength: 1))
                    }
                default:  // the lead byte of “ ” ‘ ’
                    guard text[position + 1] == 0x80 else { break }
                    switch text[position + 2] {
                    case 0x9C:
                        openQuote = position
                    case 0x9D where openQuote >= 0:
                        spans.append(QuotedSpan(open: openQuote, close: position, closeLength: 3))
                        openQuote = -1
                    case 0x98 where opensSingleQuote(text, at: position, length: 3):
                        openSingleQuote = position
                    case 0x99 where openSingleQuote >= 0 && closesSingleQuote(text, at: position, length: 3):
                        spans.append(QuotedSpan(open: openSingleQuote, close: position, closeLength: 3))
                        openSingleQuote = -1
                    default:
                        break
                    }
                }
            }
        }
        if spans.count > 1 { spans.sort { $0.open < $1.open } }
    }

    private func opensSingleQuote(_ text: UTF8Text, at index: Int, length: Int) -> Bool {
        opensAfter(text, index) && ByteClass.isUpper(text[index + length])
    }

    private func closesSingleQuote(_ text: UTF8Text, at index: Int, length: Int) -> Bool {
        let after = text[index + length]
        return text.spaceLength(endingAt: index) == 0 && !ByteClass.isAlphanumeric(after) && !ByteClass.isMultiByteLead(after)
    }

    /// Whether a quotation mark at `index` follows a space or an opening mark, as one that
    /// opens a quotation does.
    private func opensAfter(_ text: UTF8Text, _ index: Int) -> Bool {
        let before = text[index - 1]
        return text.spaceLength(endingAt: index) > 0 || before == UInt8(ascii: "(") || before == UInt8(ascii: "[")
            || before == UInt8(ascii: ":") || before == UInt8(ascii: "-") || before == ByteClass.straightQuote
            || text.isThreeByte(index - 3, 0x80, 0x94)  // —
            || text.isThreeByte(index - 3, 0x80, 0x9C)  // “
    }

    private enum Role { case opening, closing, unknown }

    /// A straight quote opens after a space or an opening mark and before a word; it closes
    /// after a word. With space on both sides it could be either, so it is left alone.
    private func straightQuoteRole(_ text: UTF8Text, at index: Int) -> Role {
        let spaceAfter = text.isSpace(index + 1)
        if opensAfter(text, index) { return spaceAfter ? .unknown : .opening }
        return .closing
    }
}
