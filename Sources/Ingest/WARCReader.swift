import Foundation

/// One record of a WARC file (ISO 28500): its named headers and its content block.
public struct WARCRecord: Sendable {
    /// Header names as written; look them up with `header(_:)`, which ignores case.
    public var headers: [(name: String, value: String)]
    public var block: [UInt8]

    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    public var type: String { header("WARC-Type")?.lowercased() ?? "" }
    public var targetURI: String? { header("WARC-Target-URI") }
    /// The capture time, "2022-06-07T10:00:00Z".
    public var date: String? { header("WARC-Date") }
}

/// Reads the records of a `.warc` or `.warc.gz` file one at a time, so memory holds one record, not the archive.
public final class WARCReader {
    public let path: String
    private let reader: BufferedByteReader

    public init(path: String) throws(Ingestor.Failure) {
        self.path = path
        reader = try BufferedByteReader.open(path: path)
    }

    public static func isArchive(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz")
    }

    /// The next record, nil at the end of the file; a malformed record ends the file with an error naming it.
    public func next() throws(Ingestor.Failure) -> WARCRecord? {
        var versionLine: [UInt8]
        repeat {
            guard let line = try reader.readLine() else { return nil }
            versionLine = line
        } while versionLine.isEmpty
        guard versionLine.starts(with: Array("WARC/".utf8)) else {
            throw Ingestor.Failure(source: path, reason: "not a WARC record: expected 'WARC/1.x', found '\(Self.text(versionLine.prefix(40)))'")
        }
        var headers: [(name: String, value: String)] = []
        while let line = try reader.readLine(), !line.isEmpty {
            if line.first == UInt8(ascii: " ") || line.first == UInt8(ascii: "\t"), !headers.isEmpty {
                // A folded continuation of the previous header.
                headers[headers.count - 1].value += " " + Self.text(line[...]).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            headers.append((Self.text(line[..<colon]), Self.text(line[(colon + 1)...]).trimmingCharacters(in: .whitespaces)))
        }
        var record = WARCRecord(headers: headers, block: [])
        guard let lengthText = record.header("Content-Length"), let length = Int(lengthText), length >= 0 else {
            throw Ingestor.Failure(source: path, reason: "WARC record \(record.header("WARC-Record-ID") ?? "") has no valid Content-Length")
        }
        record.block = try reader.read(count: length)
        guard record.block.count == length else {
            throw Ingestor.Failure(source: path, reason: "truncated WARC record \(record.header("WARC-Record-ID") ?? "")")
        }
        return record
    }

    static func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
}

/// The HTML page inside a WARC `response` record: HTTP status line and headers stripped, chunked transfer decoded.
public enum HTTPPayload {
    /// The page, or nil when the record is no HTTP response carrying HTML.
    public static func html(of record: WARCRecord) -> [UInt8]? {
        guard record.type == "response" else { return nil }
        let block = record.block
        guard block.starts(with: Array("HTTP/".utf8)), let (headerEnd, bodyStart) = headerBoundary(block) else { return nil }
        var contentType: String?
        var chunked = false
        for line in String(decoding: block[..<headerEnd], as: UTF8.self).split(whereSeparator: \.isNewline).dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces).lowercased()
            if name == "content-type" { contentType = value }
            if name == "transfer-encoding", value.contains("chunked") { chunked = true }
        }
        let body = Array(block[bodyStart...])
        if let contentType {
            guard contentType.contains("html") else { return nil }
        } else {
            guard body.prefix(4096).contains(UInt8(ascii: "<")) else { return nil }
        }
        return chunked ? dechunk(body) : body
    }

    /// Where the headers end and the body begins: after the first blank line ("\r\n\r\n", or "\n\n" from lax servers).
    static func headerBoundary(_ block: [UInt8]) -> (Int, Int)? {
        var index = 0
        while index < block.count {
            if block[index] == UInt8(ascii: "\n") {
                if index + 1 < block.count, block[index + 1] == UInt8(ascii: "\n") { return (index, index + 2) }
                if index + 2 < block.count, block[index + 1] == UInt8(ascii: "\r"), block[index + 2] == UInt8(ascii: "\n") {
                    return (index, index + 3)
                }
            }
            index += 1
        }
        return nil
    }

    /// Joins the chunks of a chunked body (hex size line, data, CRLF; a zero size ends it); what is malformed is kept as is.
    static func dechunk(_ body: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(body.count)
        var index = 0
        while index < body.count {
            guard let lineEnd = body[index...].firstIndex(of: UInt8(ascii: "\n")) else { return body }
            var size = 0
            var digits = 0
            for byte in body[index..<lineEnd] {
                guard let digit = hexValue(byte) else { break }
                size = size * 16 + digit
                digits += 1
                if size > body.count { return body }
            }
            guard digits > 0 else { return body }
            if size == 0 { return result }
            let dataStart = lineEnd + 1
            guard dataStart + size <= body.count else { return body }
            result += body[dataStart..<(dataStart + size)]
            index = dataStart + size
            while index < body.count, body[index] == UInt8(ascii: "\r") || body[index] == UInt8(ascii: "\n") { index += 1 }
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
