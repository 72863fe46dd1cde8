import Ingest
import Testing
import Sentences

/// Properties every split must have, checked on the case inputs and on generated text that
/// mixes the hard parts (quotes, abbreviations, ellipses, URLs, line breaks, non-ASCII).
@Suite struct SplitPropertyTests {
    static let generatedTexts: [String] = {
        var generator = TextGenerator(seed: 0x5EED)
        return (0..<400).map { _ in generator.text() }
    }()

    static let inputs = SplitCase.all.map(\.input) + generatedTexts

    @Test(arguments: inputs)
    func keepsEveryCharacterInOrder(_ text: String) {
        let sentences = SentenceSplitter.split(text: text)
        #expect(nonSpace(sentences.map(\.text).joined()) == nonSpace(text))
    }

    @Test(arguments: inputs)
    func offsetsSliceOutEachSentence(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        var previousParagraph = 0
        for sentence in SentenceSplitter.split(text: text) {
            #expect(sentence.start >= previousEnd && sentence.start < sentence.end && sentence.end <= scalars.count)
            guard sentence.start >= 0 && sentence.start < sentence.end && sentence.end <= scalars.count else { return }
            #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
            #expect(sentence.text.first?.isWhitespace == false && sentence.text.last?.isWhitespace == false)
            #expect(sentence.paragraph >= previousParagraph)
            previousEnd = sentence.end
            previousParagraph = sentence.paragraph
        }
    }

    /// Blank lines separate paragraphs: no sentence holds one, and each new paragraph
    /// numbers its sentences one higher.
    @Test(arguments: generatedTexts)
    func paragraphsAreNumberedAndNeverCrossed(_ text: String) {
        let sentences = SentenceSplitter.split(text: text)
        let scalars = Array(text.unicodeScalars)
        for (previous, next) in zip(sentences, sentences.dropFirst()) {
            let between = scalars[previous.end..<next.start]
            let crossesBlankLine = between.filter { $0 == "\n" }.count >= 2
            #expect(next.paragraph == previous.paragraph + (crossesBlankLine ? 1 : 0))
        }
        for sentence in sentences {
            #expect(!containsBlankLine(sentence.text), "\(sentence.text.debugDescription)")
        }
    }

    private func containsBlankLine(_ text: String) -> Bool {
        var afterLineBreak = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if afterLineBreak { return true }
                afterLineBreak = true
            } else if !scalar.properties.isWhitespace {
                afterLineBreak = false
            }
        }
        return false
    }

    /// An article's offsets index its `text` (paragraphs joined by "\n\n"), and each sentence
    /// lies inside the paragraph it names.
    @Test func articleOffsetsIndexTheJoinedText() {
        let paragraphs = Self.generatedTexts.prefix(60).map { $0.replacingOccurrences(of: "\n", with: " ") }
        let article = Article(source: "generated", paragraphs: paragraphs)
        let scalars = Array(article.text.unicodeScalars)
        var paragraphStarts: [Int] = []
        var offset = 0
        for paragraph in paragraphs {
            paragraphStarts.append(offset)
            offset += paragraph.unicodeScalars.count + 2
        }
        let sentences = SentenceSplitter.split(article)
        #expect(nonSpace(sentences.map(\.text).joined()) == nonSpace(article.text))
        for sentence in sentences {
            #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
            let paragraphStart = paragraphStarts[sentence.paragraph]
            #expect(sentence.start >= paragraphStart)
            #expect(sentence.end <= paragraphStart + paragraphs[sentence.paragraph].unicodeScalars.count)
        }
    }

    @Test func offsetsCountCodePointsNotBytesOrUTF16() {
        let article = Article(source: "t", paragraphs: ["Café 😀 opened. It won.", "Ünïcödé here."])
        let sentences = SentenceSplitter.split(article)
        #expect(sentences.map(\.text) == ["Café 😀 opened.", "It won.", "Ünïcödé here."])
        #expect(sentences.map(\.start) == [0, 15, 24])
        #expect(sentences.map(\.end) == [14, 22, 37])
        #expect(sentences.map(\.paragraph) == [0, 0, 1])
    }

    @Test func plainTextParagraphsAreSeparatedByBlankLines() {
        let text = "Title line\r\n\r\nFirst one. Second\u{A0}one.\r\n \t\r\nThird one.\nStill third."
        let sentences = SentenceSplitter.split(text: text)
        #expect(sentences.map(\.text) == ["Title line", "First one.", "Second\u{A0}one.", "Third one.", "Still third."])
        #expect(sentences.map(\.paragraph) == [0, 1, 1, 2, 2])
        #expect(sentences.map(\.start) == [0, 14, 25, 42, 53])
    }

    @Test func emptyAndBlankInputsHaveNoSentences() {
        #expect(SentenceSplitter.split(text: "").isEmpty)
        #expect(SentenceSplitter.split(text: " \n\n \u{A0}\t\n").isEmpty)
        #expect(SentenceSplitter.split(paragraphs: ["", "  "]).isEmpty)
    }

    private func nonSpace(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }
}

/// Deterministic text made of the pieces sentence splitters get wrong.
struct TextGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private static let pieces = [
        "The", "council", "said", "Mr.", "Dr.", "Jones", "U.S.", "D.C.", "e.g.", "etc.", "Inc.", "No.",
        "5", "3.14", "$1.5", "million", "a.m.", "p.m.", "Tuesday", "J.", "R.", "I.", "it", "was",
        "\"We", "won.\"", "“Really?”", "‘fine’", "(see", "page", "5.)", "[...]", "...", "…", ". . .",
        "?!", "!", "?", ".", "ended.The", "next", "https://example.com/a.b", "a.b@example.org",
        "report.pdf", "10:30", "v2.0.1", "•", "⁃9.", "1.", "2)", "\n", "\n\n", " \n \n", "\u{A0}",
        "café", "Émile", "😀", "naïve", "—", "--", "'", "\"", "”", "(", ")", "said,", "she", "asked.",
        "Sen.", "Gov.", "approx.", "vol.", "p.", "12,000", "Jan.", "Sept.", "vs.", "et", "al.",
    ]

    mutating func text() -> String {
        let count = Int(next() % 60) + 1
        var text = ""
        for _ in 0..<count {
            let piece = TextGenerator.pieces[Int(next() % UInt64(TextGenerator.pieces.count))]
            switch next() % 5 {
            case 0: text += piece
            case 1: text += "  " + piece
            default: text += " " + piece
            }
        }
        return text
    }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
