/// A span of the article text to wrap in a `<mark>`, with the opening tags to write.
struct TextMark {
    /// Half-open span in Unicode code points of the article text (paragraphs joined by "\n\n").
    var start: Int
    var end: Int
    /// Written where the mark first opens; carries the element id and tab stop.
    var openingTag: [UInt8]
    /// Written where a mark is reopened after a paragraph break or a crossing mark split it.
    var continuationTag: [UInt8]
    /// Written where the mark ends for good (a split mark's earlier pieces end with a plain `</mark>`).
    var finalClosingTag: [UInt8]
}

/// Writes the article paragraphs as escaped HTML with marks nested in place, working on UTF-8 bytes.
///
/// Marks that contain others (an attribution around its numbers) nest. Marks that cross each other or a
/// paragraph break are closed and reopened, so the markup always stays well-formed.
enum ArticleMarkup {
    private static let splitClosingTag = Array("</mark>".utf8)
    private static let paragraphOpen = Array("<p>".utf8)
    private static let paragraphClose = Array("</p>\n".utf8)
    private static let separatorLength = 2  // "\n\n" between paragraphs

    /// Appends the paragraphs with their marks to `output`; returns for each mark whether any of it is in the
    /// text (false for spans outside it or empty).
    static func render(paragraphs: [String], marks: [TextMark], into output: inout [UInt8]) -> [Bool] {
        output.reserveCapacity(output.count + paragraphs.reduce(0) { $0 + $1.utf8.count + 8 } + marks.count * 160)
        var placed = [Bool](repeating: false, count: marks.count)

        let lengths = paragraphs.map(scalarCount)
        let textLength = lengths.reduce(0, +) + max(0, paragraphs.count - 1) * separatorLength
        let valid = marks.indices.filter { marks[$0].start >= 0 && marks[$0].end <= textLength && marks[$0].start < marks[$0].end }
        let byStart = valid.sorted { marks[$0].start < marks[$1].start }
        var nextByStart = 0
        var active: [Int] = []

        var paragraphStart = 0
        for (paragraph, length) in zip(paragraphs, lengths) {
            var paragraph = paragraph
            let paragraphEnd = paragraphStart + length
            while nextByStart < byStart.count && marks[byStart[nextByStart]].start < paragraphEnd {
                active.append(byStart[nextByStart])
                nextByStart += 1
            }
            active.removeAll { marks[$0].end <= paragraphStart }

            var segments: [Segment] = []
            for index in active {
                let start = max(marks[index].start, paragraphStart) - paragraphStart
                let end = min(marks[index].end, paragraphEnd) - paragraphStart
                if start < end {
                    segments.append(Segment(mark: index, start: start, end: end, isLast: marks[index].end <= paragraphEnd))
                }
            }
            segments.sort { ($0.start, -$0.end, $0.mark) < ($1.start, -$1.end, $1.mark) }

            output.append(contentsOf: paragraphOpen)
            paragraph.withUTF8 { bytes in
                writeParagraph(bytes, segments: segments, marks: marks, placed: &placed, into: &output)
            }
            output.append(contentsOf: paragraphClose)
            paragraphStart = paragraphEnd + separatorLength
        }
        return placed
    }

    private struct Segment {
        var mark: Int
        var start: Int
        var end: Int
        /// The mark ends in this paragraph.
        var isLast: Bool
    }

    private static func writeParagraph(
        _ bytes: UnsafeBufferPointer<UInt8>, segments: [Segment], marks: [TextMark], placed: inout [Bool],
        into output: inout [UInt8]
    ) {
        var boundaries = segments.flatMap { [$0.start, $0.end] }
        boundaries.sort()
        var open: [Segment] = []
        var nextSegment = 0
        var scalar = 0
        var byte = 0
        var written = 0
        var previousBoundary = -1

        for boundary in boundaries where boundary != previousBoundary {
            previousBoundary = boundary
            while scalar < boundary && byte < bytes.count {
                byte += 1
                while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                scalar += 1
            }
            HTMLEscaping.append(escaping: UnsafeBufferPointer(rebasing: bytes[written..<byte]), to: &output)
            written = byte

            if let lowest = open.firstIndex(where: { $0.end == boundary }) {
                var survivors: [Segment] = []
                while open.count > lowest {
                    let segment = open.removeLast()
                    if segment.end == boundary {
                        output.append(contentsOf: segment.isLast ? marks[segment.mark].finalClosingTag : splitClosingTag)
                    } else {
                        output.append(contentsOf: splitClosingTag)
                        survivors.append(segment)
                    }
                }
                survivors.sort { $0.end > $1.end }
                for segment in survivors {
                    output.append(contentsOf: marks[segment.mark].continuationTag)
                    open.append(segment)
                }
            }
            while nextSegment < segments.count && segments[nextSegment].start == boundary {
                let segment = segments[nextSegment]
                nextSegment += 1
                output.append(contentsOf: placed[segment.mark] ? marks[segment.mark].continuationTag : marks[segment.mark].openingTag)
                placed[segment.mark] = true
                open.append(segment)
            }
        }
        HTMLEscaping.append(escaping: UnsafeBufferPointer(rebasing: bytes[written...]), to: &output)
        for _ in open { output.append(contentsOf: splitClosingTag) }
    }

    /// Code points in `string`: its UTF-8 bytes that do not continue a sequence (`10xxxxxx`), counted eight at a time.
    static func scalarCount(_ string: String) -> Int {
        var string = string
        return string.withUTF8 { bytes in
            var count = 0
            var index = 0
            if let base = bytes.baseAddress {
                while index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    // A byte's high bit set and the bit below it (shifted up into its place) clear.
                    let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
                    count += 8 - continuations.nonzeroBitCount
                    index += 8
                }
            }
            for byte in bytes[index...] where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }
}
