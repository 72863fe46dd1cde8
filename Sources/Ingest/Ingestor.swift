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
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Failure(source: path, reason: "no such file")
            }
            guard !isDirectory.boolValue else { throw Failure(source: path, reason: "is a directory") }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Failure(source: path, reason: "cannot be read (permission denied?)")
            }
            bytes = Array(data)
        }
        return try ingest(bytes: bytes, source: path, format: format(of: path, bytes: bytes))
    }

    public static func ingest(bytes: [UInt8], source: String, format: Format) throws(Failure) -> Article {
        switch format {
        case .plainText:
            return PlainTextReader.article(from: TextDecoding.utf8String(from: bytes, declared: nil), source: source)
        case .html:
            let utf8 = TextDecoding.htmlToUTF8(bytes)
            let document: HTMLDocument
            do {
                document = try LibXML.parseHTML(utf8: utf8)
            } catch {
                throw Failure(source: source, reason: "\(error)")
            }
            return ArticleExtractor.extract(from: document, source: source)
        }
    }

    /// Only the libxml2 parse of a page (decoding, parse, free), for the benchmark's baseline.
    public static func parseOnly(bytes: [UInt8]) -> Bool {
        LibXML.parseOnly(utf8: TextDecoding.htmlToUTF8(bytes))
    }

    /// `.txt` files are plain text; anything else is HTML unless it plainly has no markup.
    public static func format(of path: String, bytes: [UInt8]) -> Format {
        let lower = path.lowercased()
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") { return .plainText }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        return bytes.prefix(4096).contains(UInt8(ascii: "<")) ? .html : .plainText
    }
}
