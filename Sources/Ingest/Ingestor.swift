import Foundation

/// Reads a saved page (HTML or plain text) and extracts its article.
public enum Ingestor {
    public enum Format: Sendable { case html, plainText }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var source: String
        public var reason: String
        public var description: String { "\(source): \(reason)" }
    }

    /// Reads and extracts the file at `path`; "-" reads standard input.
    public static func ingest(path: String) throws(Failure) -> Article {
        let bytes = try contents(of: path)
        if let problem = InputScreening.problem(with: bytes) { throw Failure(source: path, reason: problem) }
        return try ingest(bytes: bytes, source: path, format: format(of: path, bytes: bytes))
    }

    /// The whole file (or standard input for "-"), with the system's reason when it cannot be read.
    public static func contents(of path: String) throws(Failure) -> [UInt8] {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Failure(source: path, reason: String(cString: strerror(errno))) }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw Failure(source: path, reason: "is a directory")
        }
        var bytes: [UInt8] = []
        if status.st_size > 0 { bytes.reserveCapacity(Int(status.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(source: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    public static func ingest(bytes: [UInt8], source: String, format: Format) throws(Failure) -> Article {
        switch format {
        case .plainText:
            // Plain text declares nothing: a "charset=" in its prose must not switch the decoding.
            return PlainTextReader.article(from: TextDecoding.utf8String(from: bytes, declared: "utf-8"), source: source)
        case .html:
            let document: HTMLDocument
            do {
                document = try LibXML.parseHTML(utf8: parserInput(html: bytes))
            } catch {
                throw Failure(source: source, reason: "\(error)")
            }
            return ArticleExtractor.extract(from: document, source: source)
        }
    }

    /// What libxml2 is given of an HTML page: the bytes as UTF-8, with script and style contents
    /// and comments removed. Public for the ingest benchmark, which times each step.
    public static func parserInput(html bytes: [UInt8]) -> [UInt8] {
        RawTextStripper.strip(TextDecoding.htmlToUTF8(bytes))
    }

    /// The parsed page, nothing extracted yet: the parse step of `ingest`, for the ingest benchmark.
    public static func document(parserInput bytes: [UInt8]) throws -> HTMLDocument {
        try LibXML.parseHTML(utf8: bytes)
    }

    /// Only libxml2's parse of a page's bytes with its own tree builder (parse and free the tree,
    /// nothing converted or extracted): the baseline the ingest benchmark measures extraction against.
    public static func parseOnly(bytes: [UInt8]) -> Bool {
        LibXML.parseOnly(utf8: bytes)
    }

    /// `.txt` files are plain text; anything else is HTML unless it plainly has no markup.
    public static func format(of path: String, bytes: [UInt8]) -> Format {
        let lower = path.lowercased()
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") { return .plainText }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        return bytes.prefix(4096).contains(UInt8(ascii: "<")) ? .html : .plainText
    }
}
