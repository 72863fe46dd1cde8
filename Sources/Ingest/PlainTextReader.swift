/// Plain-text articles: the first line is the title when it reads like one, and paragraphs are
/// separated by blank lines (or, in files without blank lines, by line breaks).
enum PlainTextReader {
    static func article(from text: String, source: String) -> Article {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingSpaces()
        }
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
        var title: String?
        if let first = blocks.first, blocks.count > 1, looksLikeTitle(first) {
            title = first
            blocks.removeFirst()
        }
        return Article(source: source, title: title, paragraphs: blocks)
    }

    /// A title is short and does not end like a sentence.
    private static func looksLikeTitle(_ line: String) -> Bool {
        guard line.count <= 160, let last = line.last else { return false }
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
