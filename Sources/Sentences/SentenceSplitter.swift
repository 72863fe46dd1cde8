import Ingest

/// Splits article text into sentences. Placeholder: splits on ". " only; the sentence issue
/// replaces it with the real splitter behind the same API.
public enum SentenceSplitter {
    /// The sentences of an article; offsets index into `article.text`.
    public static func split(_ article: Article) -> [Sentence] {
        split(paragraphs: article.paragraphs)
    }

    /// The sentences of paragraphs joined by "\n\n".
    public static func split(paragraphs: [String]) -> [Sentence] {
        var sentences: [Sentence] = []
        var paragraphStart = 0
        for (index, paragraph) in paragraphs.enumerated() {
            let scalars = Array(paragraph.unicodeScalars)
            var start = 0
            var position = 0
            while position < scalars.count {
                let atEnd = position == scalars.count - 1
                if atEnd || (scalars[position] == "." && scalars[position + 1] == " ") {
                    let end = position + 1
                    let text = String(String.UnicodeScalarView(scalars[start..<end]))
                    sentences.append(Sentence(text: text, start: paragraphStart + start, end: paragraphStart + end, paragraph: index))
                    start = end + (atEnd ? 0 : 1)
                }
                position += 1
            }
            paragraphStart += scalars.count + 2
        }
        return sentences
    }
}
