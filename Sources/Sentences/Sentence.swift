/// One sentence of an article.
public struct Sentence: Sendable, Equatable, Codable {
    public var text: String
    /// Offsets in Unicode code points into `Article.text` (paragraphs joined by "\n\n"), as
    /// Python string indices: `text == article.text[start:end]`.
    public var start: Int
    public var end: Int
    /// Index of the paragraph (block) the sentence belongs to.
    public var paragraph: Int

    public init(text: String, start: Int, end: Int, paragraph: Int) {
        self.text = text
        self.start = start
        self.end = end
        self.paragraph = paragraph
    }
}
