import Ingest

/// Splits English news text into sentences: a rule-based splitter that reads UTF-8 bytes in one
/// linear pass (see `BlockSplitter` for the rules).
public enum SentenceSplitter {
    /// The sentences of an article; offsets index into `article.text`.
    public static func split(_ article: Article) -> [Sentence] {
        split(paragraphs: article.paragraphs)
    }

    /// The sentences of paragraphs joined by "\n\n"; offsets index into that joined text and
    /// `paragraph` is the index into `paragraphs`.
    public static func split(paragraphs: [String]) -> [Sentence] {
        var builder = SentenceBuilder()
        var paragraphOffset = 0
        for (index, paragraph) in paragraphs.enumerated() {
            paragraphOffset += builder.add(paragraph, scalarOffset: paragraphOffset, paragraph: index) + 2
        }
        return builder.sentences
    }

    /// The sentences of plain text in which blank lines separate paragraphs; offsets index into
    /// `text` and `paragraph` counts its paragraphs from 0.
    public static func split(text: String) -> [Sentence] {
        var builder = SentenceBuilder()
        _ = builder.add(text, scalarOffset: 0, paragraph: nil)
        return builder.sentences
    }
}

/// Collects sentences block by block, reusing its scratch buffers between blocks.
struct SentenceBuilder {
    private(set) var sentences: [Sentence] = []
    private var spanFinder = QuotedSpanFinder()
    private var cuts: [Int] = []

    /// Adds the sentences of `string`, whose first character is at `scalarOffset` in the whole
    /// text; blocks are numbered from 0 when `paragraph` is nil. Returns the string's length in
    /// Unicode scalars.
    mutating func add(_ string: String, scalarOffset: Int, paragraph: Int?) -> Int {
        var contiguous = string
        contiguous.makeContiguousUTF8()
        if let length = contiguous.utf8.withContiguousStorageIfAvailable({ bytes in
            add(UTF8Text(bytes: bytes), scalarOffset: scalarOffset, paragraph: paragraph)
        }) {
            return length
        }
        return Array(contiguous.utf8).withUnsafeBufferPointer { bytes in
            add(UTF8Text(bytes: bytes), scalarOffset: scalarOffset, paragraph: paragraph)
        }
    }

    private mutating func add(_ text: UTF8Text, scalarOffset: Int, paragraph: Int?) -> Int {
        var counter = ScalarCounter(bytes: text.bytes)
        var blockNumber = 0
        for block in Blocks(text: text) {
            spanFinder.find(in: text, block: block)
            var scratch: [Int] = []
            swap(&scratch, &cuts)
            var splitter = BlockSplitter(text: text, block: block, spans: spanFinder.spans, cuts: scratch)
            splitter.run()
            cuts = splitter.cuts
            var pieceStart = block.lowerBound
            for cutIndex in 0...cuts.count {
                let pieceEnd = cutIndex < cuts.count ? cuts[cutIndex] : block.upperBound
                let piece = trimmed(text, pieceStart..<pieceEnd)
                pieceStart = pieceEnd
                guard !piece.isEmpty else { continue }
                let start = scalarOffset + counter.scalars(upTo: piece.lowerBound)
                let end = scalarOffset + counter.scalars(upTo: piece.upperBound)
                let sentenceText = String(decoding: UnsafeBufferPointer(rebasing: text.bytes[piece]), as: UTF8.self)
                sentences.append(Sentence(text: sentenceText, start: start, end: end, paragraph: paragraph ?? blockNumber))
            }
            blockNumber += 1
        }
        return counter.scalars(upTo: text.bytes.count)
    }

    private func trimmed(_ text: UTF8Text, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let length = text.spaceLength(at: lower)
            if length == 0 { break }
            lower += length
        }
        while upper > lower {
            let length = text.spaceLength(endingAt: upper)
            if length == 0 { break }
            upper -= length
        }
        return lower..<upper
    }
}

/// The blocks of a text: runs of lines between blank (or whitespace-only) lines.
struct Blocks: Sequence, IteratorProtocol {
    let text: UTF8Text
    private var lineStart = 0

    init(text: UTF8Text) { self.text = text }

    mutating func next() -> Range<Int>? {
        let bytes = text.bytes
        var blockStart = -1
        var blockEnd = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            var isBlank = true
            while lineEnd < bytes.count && bytes[lineEnd] != ByteClass.newline {
                if isBlank {
                    let length = text.spaceLength(at: lineEnd)
                    if length == 0 { isBlank = false } else { lineEnd += length; continue }
                }
                lineEnd += 1
            }
            let line = lineStart..<lineEnd
            lineStart = lineEnd + 1
            if isBlank {
                if blockStart >= 0 { return blockStart..<blockEnd }
            } else {
                if blockStart < 0 { blockStart = line.lowerBound }
                blockEnd = line.upperBound
            }
        }
        return blockStart >= 0 ? blockStart..<blockEnd : nil
    }
}

/// Converts increasing byte offsets into Unicode scalar offsets (Python string indices),
/// counting each byte once over the whole text.
struct ScalarCounter {
    let bytes: UnsafeBufferPointer<UInt8>
    private var byteIndex = 0
    private var scalarIndex = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func scalars(upTo target: Int) -> Int {
        var count = scalarIndex
        var index = byteIndex
        // Eight bytes at a time: every byte starts a scalar except continuation bytes (10xxxxxx).
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= target {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
                count += 8 - continuations.nonzeroBitCount
                index += 8
            }
        }
        while index < target {
            if !ByteClass.isContinuation(bytes[index]) { count += 1 }
            index += 1
        }
        byteIndex = index
        scalarIndex = count
        return count
    }
}
