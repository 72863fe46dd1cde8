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
            let failed = JSONLinesStream.process(defaultDate: fallbackDate) { id, text, date in
                LineResult(id: id, field: "quantities", values: QuantityScanner.quantities(in: text, date: date))
            }
            if failed { throw ExitCode(1) }
            return
        }
        let (article, articleDate) = try readArticle(file, date: fallbackDate)
        let quantities = QuantityScanner.quantities(in: article.text, date: articleDate)
        try writeDocument(
            ArticleResult(id: file, date: articleDate?.description, field: "quantities", values: quantities), items: quantities,
            format: format)
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

/// `{"id", "<field>": [...]}` for one input line.
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

/// An input line's id, echoed as given: a string or an integer.
enum LineID: Codable, Sendable {
    case text(String)
    case number(Int)
    case missing

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .missing: try container.encodeNil()
        }
    }
}

/// Reads `{"id", "text", "date"?}` lines from standard input and writes one result line per input
/// line as soon as it is read, in order. A bad line gets `{"id", "error"}` and the stream goes on.
enum JSONLinesStream {
    private struct Input: Decodable {
        var id: LineID
        var text: String
        var date: String?
    }

    private struct Failure: Encodable {
        var id: LineID
        var error: String
    }

    /// Returns true when some line failed.
    static func process<Result: Encodable>(defaultDate: Day?, handle: (LineID, String, Day?) -> Result) -> Bool {
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failed = false
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            let output: Data?
            do {
                let input = try decoder.decode(Input.self, from: Data(line.utf8))
                var date = defaultDate
                if let stated = input.date {
                    guard let day = Day(iso: stated), stated.utf8.count == 10 else {
                        throw LineError("line \(lineNumber): \"date\" must be YYYY-MM-DD, got \"\(stated)\"", id: input.id)
                    }
                    date = day
                }
                output = try encoder.encode(handle(input.id, input.text, date))
            } catch {
                failed = true
                let id = (error as? LineError)?.id ?? Self.salvageID(line, decoder: decoder)
                let message = (error as? LineError)?.message ?? "line \(lineNumber): \(describe(error))"
                Output.error("claimcheck: standard input \(message)")
                output = try? encoder.encode(Failure(id: id, error: message))
            }
            if let output { Output.write(String(decoding: output, as: UTF8.self) + "\n") }
        }
        return failed
    }

    private struct LineError: Error {
        var message: String
        var id: LineID
        init(_ message: String, id: LineID) {
            self.message = message
            self.id = id
        }
    }

    private struct IDOnly: Decodable { var id: LineID }

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

/// Writes an article's result: pretty JSON, or one item per line.
func writeDocument<Value: Encodable>(_ document: ArticleResult<Value>, items: [Value], format: ClaimFormat) throws {
    let encoder = JSONEncoder()
    switch format {
    case .json:
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Output.write(String(decoding: try encoder.encode(document), as: UTF8.self) + "\n")
    case .jsonl:
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines = ""
        for item in items { lines += String(decoding: try encoder.encode(item), as: UTF8.self) + "\n" }
        Output.write(lines)
    }
}
