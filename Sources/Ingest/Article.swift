/// An article as extracted from a saved page: what every later stage reads.
public struct Article: Sendable, Equatable, Codable {
    /// Where the article came from (a path, or "-" for standard input).
    public var source: String
    public var title: String?
    /// Authors, in the order the page gives them.
    public var byline: [String]
    /// ISO 8601: "2022-06-07", or a full timestamp where the page gives one.
    public var published: String?
    /// The canonical URL.
    public var url: String?
    /// Body blocks in reading order: paragraphs, headings, block quotes, list items.
    public var paragraphs: [String]

    public init(
        source: String, title: String? = nil, byline: [String] = [], published: String? = nil,
        url: String? = nil, paragraphs: [String]
    ) {
        self.source = source
        self.title = title
        self.byline = byline
        self.published = published
        self.url = url
        self.paragraphs = paragraphs
    }

    /// The paragraphs joined by blank lines; claim and sentence offsets index into this text.
    public var text: String { paragraphs.joined(separator: "\n\n") }

    /// The publication day ("2022-06-07") without any time part.
    public var publishedDay: String? { published.map { String($0.prefix(10)) } }
}
