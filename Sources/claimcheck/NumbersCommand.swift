import ArgumentParser
import Claims
import Foundation
import Ingest

struct NumbersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "numbers",
        abstract: "List the quantities of an article (HTML or .txt), or of JSON Lines {\"id\", \"text\", \"date\"?} on standard input.",
        discussion: """
            claimcheck numbers FILE [--date YYYY-MM-DD] [--format json|jsonl]
            claimcheck numbers --format jsonl -   (one {"id", "quantities": [...]} line per input line, in order)
            """
    )

    @Option(name: .long, help: "Publication date YYYY-MM-DD that relative dates resolve against (default: the article's).")
    var date: String?

    @Option(name: .long, help: "json (one document) or jsonl (one quantity per line; with '-', one record per input line).")
    var format: ClaimFormat = .json

    @Argument(help: "The article to read; '-' reads standard input.")
    var file: String

    func validate() throws {
        _ = try parseDateOption(date)
    }

    func run() throws {
        let fallbackDate = try parseDateOption(date)
        if file == "-" && format == .jsonl {
            let stream = JSONLinesStream(
                field: "quantities", defaultDate: fallbackDate,
                values: { text, date in QuantityScanner.quantities(in: text, date: date) },
                writeLine: { output, id, quantities in try output.writeLine(id: id, quantities: quantities) })
            if stream.run() { throw ExitCode(1) }
            return
        }
        let (article, articleDate) = try readArticle(file, date: fallbackDate)
        let quantities = QuantityScanner.quantities(in: article.text, date: articleDate)
        try writeDocument(
            ArticleResult(id: file, date: articleDate?.description, field: "quantities", values: quantities), items: quantities,
            format: format, writeItem: { try $0.write($1) })
    }
}

enum ClaimFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case json, jsonl
}

/// The article in `file` and the date its relative periods resolve against: `--date`, else its own.
/// A file that cannot be read gets a one-line error naming it and exit status 1.
func readArticle(_ file: String, date: Day?) throws -> (Article, Day?) {
    do {
        let article = try Ingestor.ingest(path: file)
        return (article, date ?? article.publishedDay.flatMap(Day.init(iso:)))
    } catch {
        Output.error("claimcheck: \(error.description)")
        throw ExitCode(1)
    }
}

func parseDateOption(_ value: String?) throws -> Day? {
    guard let value else { return nil }
    guard value.utf8.count == 10, let day = Day(iso: value) else {
        throw ValidationError("--date must be a calendar date YYYY-MM-DD, got '\(value)'.")
    }
    return day
}

/// `{"id", "date", "<field>": [...]}` for one article.
struct ArticleResult<Value: Encodable>: Encodable {
    var id: String
    var date: String?
    var field: String
    var values: [Value]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        try container.encode(id, forKey: DynamicKey("id"))
        if let date { try container.encode(date, forKey: DynamicKey("date")) } else { try container.encodeNil(forKey: DynamicKey("date")) }
        try container.encode(values, forKey: DynamicKey(field))
    }
}

/// `{"id", "<field>": [...]}` for one input line, as `JSONEncoder` writes it: the result of a line that the
/// byte writer cannot write, so that such a line fails (or succeeds) exactly as it did through the encoder.
struct LineResult<Value: Encodable>: Encodable {
    var id: LineID
    var field: String
    var values: [Value]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        try container.encode(id, forKey: DynamicKey("id"))
        try container.encode(values, forKey: DynamicKey(field))
    }
}

struct DynamicKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Reads `{"id", "text", "date"?}` lines from standard input and writes one result line per input
/// line, in order; what has been read is answered before waiting for more. A bad line gets `{"id", "error"}`
/// and the stream goes on.
///
/// Lines are read by `ArticleLine` and results written by `JSONBytes`, byte for byte what `JSONDecoder` and
/// `JSONEncoder` (.sortedKeys) made of them; a line the fast reader declines goes through `JSONDecoder`, so
/// malformed lines keep their errors.
struct JSONLinesStream<Value: Encodable & Sendable> {
    /// The result array's key: "quantities" or "claims".
    var field: String
    var defaultDate: Day?
    var values: (String, Day?) -> [Value]
    var writeLine: (inout JSONBytes, LineID, [Value]) throws -> Void

    private struct Input: Decodable {
        var id: LineID
        var text: String
        var date: String?
    }

    private struct IDOnly: Decodable { var id: LineID }

    private struct LineError: Error {
        var message: String
        var id: LineID
    }

    /// Output is flushed after each block read, or sooner when it grows past this.
    private static var flushThreshold: Int { 1 << 20 }

    /// Returns true when some line failed.
    func run() -> Bool {
        let decoder = JSONDecoder()
        var failed = false
        var lineNumber = 0
        var output = JSONBytes(capacity: Self.flushThreshold + (1 << 16))
        StandardInputLines.forEach { line in
            lineNumber += 1
            if line.allSatisfy(Self.isASCIIWhitespace) { return }
            do {
                let input: ArticleLine
                if let read = ArticleLine(json: line) {
                    input = read
                } else {
                    let text = String(decoding: line, as: UTF8.self)
                    if text.allSatisfy(\.isWhitespace) { return }
                    do {
                        let decoded = try decoder.decode(Input.self, from: Data(text.utf8))
                        input = ArticleLine(id: decoded.id, text: decoded.text, date: decoded.date)
                    } catch {
                        throw LineError(message: "line \(lineNumber): \(Self.describe(error))", id: Self.salvageID(text, decoder: decoder))
                    }
                }
                try writeResult(of: input, lineNumber: lineNumber, to: &output)
            } catch {
                failed = true
                let failure = error as? LineError ?? LineError(message: "line \(lineNumber): \(Self.describe(error))", id: .missing)
                Output.error("claimcheck: standard input \(failure.message)")
                output.writeLineFailure(id: failure.id, error: failure.message)
            }
            output.raw("\n")
            if output.bytes.count >= Self.flushThreshold { Self.flush(&output) }
        } afterRead: {
            Self.flush(&output)
        }
        return failed
    }

    /// Appends the line's result, without its newline.
    private func writeResult(of input: ArticleLine, lineNumber: Int, to output: inout JSONBytes) throws {
        var date = defaultDate
        if let stated = input.date {
            guard let day = Day(iso: stated), stated.utf8.count == 10 else {
                throw LineError(message: "line \(lineNumber): \"date\" must be YYYY-MM-DD, got \"\(stated)\"", id: input.id)
            }
            date = day
        }
        let values = values(input.text, date)
        let lineStart = output.bytes.count
        do {
            try writeLine(&output, input.id, values)
        } catch {
            // Only a value JSON cannot hold (an infinite number) stops the writer; the encoder's own error names it.
            output.truncate(to: lineStart)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            do {
                output.raw(String(decoding: try encoder.encode(LineResult(id: input.id, field: field, values: values)), as: UTF8.self))
            } catch {
                throw LineError(message: "line \(lineNumber): \(Self.describe(error))", id: input.id)
            }
        }
    }

    private static func flush(_ output: inout JSONBytes) {
        guard !output.bytes.isEmpty else { return }
        Output.write(output.bytes)
        output.truncate(to: 0)
    }

    /// What `Character.isWhitespace` says of ASCII bytes: tab through carriage return, and space.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// The id of a line that failed to decode, when it has one.
    private static func salvageID(_ line: String, decoder: JSONDecoder) -> LineID {
        (try? decoder.decode(IDOnly.self, from: Data(line.utf8)).id) ?? .missing
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type"
        case DecodingError.dataCorrupted: "not a JSON object"
        default: "\(error)"
        }
    }
}

/// Standard input split into lines, read in large blocks rather than line by line.
enum StandardInputLines {
    /// Calls `body` with each line (without its "\n" or "\r\n"), and `afterRead` once the lines of a block have
    /// been handled, before waiting for the next. A read error ends the input, as it ends `readLine`.
    static func forEach(_ body: (UnsafeBufferPointer<UInt8>) -> Void, afterRead: () -> Void) {
        let blockSize = 1 << 20
        var pending: [UInt8] = []
        while true {
            let unread = pending.count
            pending.append(contentsOf: repeatElement(0, count: blockSize))
            let count = pending.withUnsafeMutableBytes { buffer in
                var count: Int
                repeat { count = read(STDIN_FILENO, buffer.baseAddress! + unread, blockSize) } while count < 0 && errno == EINTR
                return count
            }
            pending.removeLast(blockSize - max(count, 0))
            if count <= 0 { break }
            let consumed = pending.withUnsafeBufferPointer { buffer in
                var lineStart = 0
                while let newline = index(of: UInt8(ascii: "\n"), in: buffer, from: max(lineStart, unread)) {
                    body(withoutReturn(UnsafeBufferPointer(rebasing: buffer[lineStart..<newline])))
                    lineStart = newline + 1
                }
                return lineStart
            }
            pending.removeFirst(consumed)
            afterRead()
        }
        if !pending.isEmpty {
            pending.withUnsafeBufferPointer { body(withoutReturn($0)) }
            afterRead()
        }
    }

    private static func index(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < buffer.count, let base = buffer.baseAddress, let found = memchr(base + start, Int32(byte), buffer.count - start) else {
            return nil
        }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    private static func withoutReturn(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard line.last == UInt8(ascii: "\r") else { return line }
        return UnsafeBufferPointer(rebasing: line.dropLast())
    }
}

/// Writes an article's result: pretty JSON, or one item per line through `JSONBytes`.
func writeDocument<Value: Encodable>(
    _ document: ArticleResult<Value>, items: [Value], format: ClaimFormat, writeItem: (inout JSONBytes, Value) throws -> Void
) throws {
    let encoder = JSONEncoder()
    switch format {
    case .json:
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Output.write(String(decoding: try encoder.encode(document), as: UTF8.self) + "\n")
    case .jsonl:
        var lines = JSONBytes()
        do {
            for item in items {
                try writeItem(&lines, item)
                lines.raw("\n")
            }
        } catch {
            // Only a value JSON cannot hold (an infinite number) stops the writer; the encoder fails on it as it always did.
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            lines = JSONBytes()
            for item in items {
                lines.raw(String(decoding: try encoder.encode(item), as: UTF8.self))
                lines.raw("\n")
            }
        }
        Output.write(lines.bytes)
    }
}
