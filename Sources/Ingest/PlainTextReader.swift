/// Plain-text articles: the first line is the title when it reads like one, and paragraphs are
/// separated by blank lines (or, in files without blank lines, by line breaks).
///
/// A text file has no place for metadata, so it may open with a front-matter block, as static
/// site generators use it:
///
///     ---
///     title: Migrant caravan organizer says Mexico will issue work visas
///     published: 2022-06-07
///     byline: Jane Doe
///     url: https://www.example.com/story
///     ---
enum PlainTextReader {
    static func article(from text: String, source: String) -> Article {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingSpaces()
        }
        let frontMatter = FrontMatter(consumingFrom: &lines)
        let hasBlankLines = lines.dropFirst().dropLast().contains { $0.isEmpty }
        var blocks: [String] = []
        if hasBlankLines {
            var current: [String] = []
            for line in lines {
                if line.isEmpty {
                    if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
                    current = []
                } else {
                    current.append(line)
                }
            }
            if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
        } else {
            blocks = lines.filter { !$0.isEmpty }
        }
        var title = frontMatter.title
        if title == nil, let first = blocks.first, blocks.count > 1, looksLikeTitle(first) {
            title = first
            blocks.removeFirst()
        }
        return Article(
            source: source, title: title, byline: frontMatter.byline, published: frontMatter.published,
            url: frontMatter.url, paragraphs: blocks)
    }

    /// `key: value` lines between two `---` lines at the very top of the file.
    struct FrontMatter {
        var title: String?
        var byline: [String] = []
        var published: String?
        var url: String?

        init(consumingFrom lines: inout [String]) {
            guard lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") else { return }
            for line in lines[1..<close] {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingSpaces().lowercased()
                let value = line[line.index(after: colon)...].trimmingSpaces()
                guard !value.isEmpty else { continue }
                switch key {
                case "title", "headline": title = value
                case "byline", "author", "authors":
                    byline = value.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                case "published", "date", "datepublished": published = value
                case "url", "canonical": url = value
                default: continue
                }
            }
            lines.removeSubrange(0...close)
        }
    }

    /// A title is short and does not end like a sentence.
    private static func looksLikeTitle(_ line: String) -> Bool {
        guard line.count <= 160, let last = line.last, line.contains(where: \.isLetter) else { return false }
        return !".!?\"”’…".contains(last)
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
