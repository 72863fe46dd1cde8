/// Chooses the article's metadata and body blocks from a parsed page.
enum ArticleExtractor {
    static func extract(from document: HTMLDocument, source: String) -> Article {
        var title: String?
        var paragraphs: [String] = []
        for (index, node) in document.nodes.enumerated() {
            switch node.tag {
            case "title" where title == nil:
                title = document.rawText(of: index).trimmingSpaces()
            case "p":
                let text = collapseSpaces(document.rawText(of: index))
                if !text.isEmpty { paragraphs.append(text) }
            default:
                continue
            }
        }
        return Article(source: source, title: title, paragraphs: paragraphs)
    }

    static func collapseSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
