/// A quotation: its marks and the quoted tokens, one piece per paragraph when it runs over several
/// (an opening mark at each paragraph, a closing one only at the end).
struct Quotation {
    var open: Int
    /// The closing mark; nil when the quotation is left open at the end of its last paragraph.
    var close: Int?
    /// Token ranges of the quoted words, marks excluded.
    var pieces: [Range<Int>]

    /// The last token of the quotation, its closing mark included.
    var last: Int { close ?? (pieces.last.map { $0.upperBound - 1 } ?? open) }
}

/// Pairs quotation marks paragraph by paragraph. A mark left open runs to the end of its paragraph
/// and continues only into a paragraph that opens with a mark, so a stray mark never swallows the article.
enum QuotationScanner {
    static func scan(_ tokens: inout [AttributionToken]) -> [Quotation] {
        var quotations: [Quotation] = []
        var current: Quotation?
        var pieceStart = 0

        func finish(at end: Int, close: Int?) {
            guard var quotation = current else { return }
            quotation.pieces.append(pieceStart..<max(pieceStart, end))
            quotation.close = close
            let last = close ?? (end - 1)
            let number = quotations.count
            if quotation.open <= last {
                for index in quotation.open...last { tokens[index].quote = number }
            }
            quotations.append(quotation)
            current = nil
        }

        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if index > 0, token.paragraph != tokens[index - 1].paragraph, current != nil {
                if token.kind == .openQuote || (token.kind == .straightQuote && opensByContext(tokens, index)) {
                    current!.pieces.append(pieceStart..<index)
                    pieceStart = index + 1
                    index += 1
                    continue
                }
                finish(at: index, close: nil)
            }
            switch token.kind {
            case .openQuote:
                if current != nil { finish(at: index, close: nil) }
                current = Quotation(open: index, close: nil, pieces: [])
                pieceStart = index + 1
            case .closeQuote:
                if current != nil { finish(at: index, close: index) }
            case .straightQuote:
                let opens = opensByContext(tokens, index)
                let closes = closesByContext(tokens, index)
                if current == nil {
                    if !closes || opens {
                        current = Quotation(open: index, close: nil, pieces: [])
                        pieceStart = index + 1
                    }
                } else if opens && !closes {
                    finish(at: index, close: nil)
                    current = Quotation(open: index, close: nil, pieces: [])
                    pieceStart = index + 1
                } else {
                    finish(at: index, close: index)
                }
            default:
                break
            }
            index += 1
        }
        finish(at: tokens.count, close: nil)
        return quotations
    }

    /// A straight mark opens when a word follows it directly and it does not touch the word before.
    private static func opensByContext(_ tokens: [AttributionToken], _ index: Int) -> Bool {
        let touchesNext = index + 1 < tokens.count && tokens[index + 1].start == tokens[index].end
            && tokens[index + 1].paragraph == tokens[index].paragraph
        let touchesPrevious = index > 0 && tokens[index - 1].end == tokens[index].start
            && tokens[index - 1].kind != .openParen && tokens[index - 1].kind != .dash
        return touchesNext && !touchesPrevious
    }

    /// A straight mark closes when it touches the word or punctuation before it and not a word after.
    private static func closesByContext(_ tokens: [AttributionToken], _ index: Int) -> Bool {
        let touchesPrevious = index > 0 && tokens[index - 1].end == tokens[index].start
        let touchesNextWord = index + 1 < tokens.count && tokens[index + 1].start == tokens[index].end
            && tokens[index + 1].isWord
        return touchesPrevious && !touchesNextWord
    }
}
