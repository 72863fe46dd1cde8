/// The compact case notation: expected spans are marked with brackets inside the text,
/// "There were [more than 234,000] encounters". Offsets are code points into the unmarked text.
enum MarkedText {
    struct Span: Equatable {
        var start: Int
        var end: Int
        var text: String
    }

    static func parse(_ marked: String) -> (text: String, spans: [Span])? {
        var text = String.UnicodeScalarView()
        var spans: [Span] = []
        var open: Int?
        var position = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "[":
                guard open == nil else { return nil }
                open = position
            case "]":
                guard let start = open else { return nil }
                let slice = Array(text)[start..<position]
                spans.append(Span(start: start, end: position, text: String(String.UnicodeScalarView(slice))))
                open = nil
            default:
                text.append(scalar)
                position += 1
            }
        }
        guard open == nil else { return nil }
        return (String(text), spans)
    }
}
