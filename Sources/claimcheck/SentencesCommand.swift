import ArgumentParser
import Foundation
import Ingest
import Sentences

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Split an article (HTML or .txt) into sentences.",
        discussion: """
            plain: one sentence per line (line breaks inside a sentence become spaces).
            json: an array of {"text", "start", "end", "paragraph"}; start and end are offsets in \
            Unicode code points into the article text of `claimcheck text --format json`.
            jsonl: reads JSON Lines {"id": any, "text": string} from FILE ('-' for standard input) \
            and writes {"id": same, "sentences": [string]} per line, in input order; blank lines \
            in "text" separate paragraphs. A bad line gets {"id": ..., "error": "..."}.
            """
    )

    @Option(name: .long, help: "Output format: plain, json or jsonl (JSON Lines in and out).")
    var format: OutputFormat = .plain

    @Argument(help: "The article to read, or with --format jsonl the JSON Lines input; '-' reads standard input.")
    var file: String

    func run() throws {
        if format == .jsonl {
            try SentenceBatch.run(path: file)
            return
        }
        let article: Article
        do {
            article = try Ingestor.ingest(path: file)
        } catch {
            Output.error("claimcheck: \(error.description)")
            throw ExitCode(1)
        }
        let sentences = SentenceSplitter.split(article)
        switch format {
        case .plain:
            var output = ""
            for sentence in sentences {
                output += SentencesCommand.singleLine(sentence.text)
                output += "\n"
            }
            Output.write(output)
        case .json, .jsonl:
            let objects = sentences.map { sentence in
                "{\"text\":\(JSONWriter.quote(sentence.text)),\"start\":\(sentence.start),"
                    + "\"end\":\(sentence.end),\"paragraph\":\(sentence.paragraph)}"
            }
            Output.write(objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n")
        }
    }

    static func singleLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        var line = ""
        line.unicodeScalars.append(contentsOf: text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
        return line
    }
}

/// The JSON Lines batch interface: one input line in, one output line out, in order, holding
/// only the current line in memory.
private enum SentenceBatch {
    static func run(path: String) throws {
        let stream: UnsafeMutablePointer<FILE>
        if path == "-" {
            guard let standardInput = fdopen(STDIN_FILENO, "rb") else { throw ExitCode(1) }
            stream = standardInput
        } else {
            guard let opened = fopen(path, "rb") else {
                Output.error("claimcheck: \(path): cannot be opened (\(String(cString: strerror(errno))))")
                throw ExitCode(1)
            }
            stream = opened
        }
        defer { fclose(stream) }

        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        var lineNumber = 0
        while true {
            let length = getline(&buffer, &capacity, stream)
            guard length >= 0, let buffer else { break }
            lineNumber += 1
            var line = UnsafeRawBufferPointer(start: buffer, count: length)[...]
            if lineNumber == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }  // BOM
            guard line.contains(where: { !isJSONSpace($0) }) else { continue }
            let reply = answer(Array(line))
            if let error = reply.error {
                Output.error("claimcheck: \(path): line \(lineNumber): \(error)")
            }
            FileHandle.standardOutput.write(Data(reply.json))
        }
        if ferror(stream) != 0 {
            Output.error("claimcheck: \(path): read error")
            throw ExitCode(1)
        }
    }

    /// One output line, and the error it reports if the input line was bad.
    struct Reply {
        var json: [UInt8]
        var error: String?
    }

    static func answer(_ line: [UInt8]) -> Reply {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            return failure(id: nil, "not valid JSON")
        }
        guard let fields = object as? [String: Any] else {
            return failure(id: nil, "not a JSON object")
        }
        let id = RawJSON.member("id", in: line)
        guard let text = fields["text"] as? String else {
            return failure(id: id, fields["text"] == nil ? "missing \"text\"" : "\"text\" is not a string")
        }
        var json: [UInt8] = []
        json.reserveCapacity(text.utf8.count + 64)
        json.append(contentsOf: #"{"id":"#.utf8)
        json.append(contentsOf: id ?? Array("null".utf8)[...])
        json.append(contentsOf: #","sentences":["#.utf8)
        for (index, sentence) in SentenceSplitter.split(text: text).enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            JSONString.append(sentence.text, to: &json)
        }
        json.append(contentsOf: "]}\n".utf8)
        return Reply(json: json)
    }

    private static func failure(id: ArraySlice<UInt8>?, _ message: String) -> Reply {
        var json = Array(#"{"id":"#.utf8)
        json.append(contentsOf: id ?? Array("null".utf8)[...])
        json.append(contentsOf: #","error":"#.utf8)
        JSONString.append(message, to: &json)
        json.append(contentsOf: "}\n".utf8)
        return Reply(json: json, error: message)
    }
}

/// Writes JSON strings straight into UTF-8 output, escaping in one pass over the bytes.
private enum JSONString {
    static func append(_ string: String, to json: inout [UInt8]) {
        json.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                json.append(UInt8(ascii: "\\"))
                json.append(byte)
            case UInt8(ascii: "\n"):
                json.append(UInt8(ascii: "\\"))
                json.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"):
                json.append(UInt8(ascii: "\\"))
                json.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"):
                json.append(UInt8(ascii: "\\"))
                json.append(UInt8(ascii: "t"))
            case ..<0x20:
                let low = byte & 0x0F
                json.append(contentsOf: #"\u00"#.utf8)
                json.append(UInt8(ascii: "0") + byte >> 4)
                json.append(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
            default:
                json.append(byte)
            }
        }
        json.append(UInt8(ascii: "\""))
    }
}

private func isJSONSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

/// Reads a member of a top-level JSON object as its exact source text, so that an "id" is
/// echoed as given (number formatting, key order and escapes kept). Expects valid JSON.
private enum RawJSON {
    static func member(_ name: String, in json: [UInt8]) -> ArraySlice<UInt8>? {
        var scanner = ByteScanner(bytes: json)
        scanner.skipSpace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        while true {
            scanner.skipSpace()
            guard let key = scanner.string() else { return nil }
            scanner.skipSpace()
            guard scanner.take(UInt8(ascii: ":")) else { return nil }
            scanner.skipSpace()
            let valueStart = scanner.position
            guard scanner.skipValue() else { return nil }
            if decodedKey(json[key]) == name {
                return json[valueStart..<scanner.position]
            }
            scanner.skipSpace()
            guard scanner.take(UInt8(ascii: ",")) else { return nil }
        }
    }

    /// A key's text without its quotes; escapes are decoded only when present.
    private static func decodedKey(_ quoted: ArraySlice<UInt8>) -> String? {
        guard quoted.contains(UInt8(ascii: "\\")) else {
            return String(decoding: quoted.dropFirst().dropLast(), as: UTF8.self)
        }
        return (try? JSONSerialization.jsonObject(with: Data(quoted), options: [.fragmentsAllowed])) as? String
    }

    private struct ByteScanner {
        let bytes: [UInt8]
        var position = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func skipSpace() {
            while position < bytes.count, isJSONSpace(bytes[position]) { position += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        /// Skips a string and returns its range, quotes included.
        mutating func string() -> Range<Int>? {
            let start = position
            guard take(UInt8(ascii: "\"")) else { return nil }
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "\\"): position += 2
                case UInt8(ascii: "\""):
                    position += 1
                    return start..<position
                default: position += 1
                }
            }
            return nil
        }

        mutating func skipValue() -> Bool {
            guard position < bytes.count else { return false }
            switch bytes[position] {
            case UInt8(ascii: "\""):
                return string() != nil
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while position < bytes.count {
                    switch bytes[position] {
                    case UInt8(ascii: "\""):
                        guard string() != nil else { return false }
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 {
                            position += 1
                            return true
                        }
                    default: break
                    }
                    position += 1
                }
                return false
            default:
                // A number or a literal: runs to the next delimiter.
                let start = position
                while position < bytes.count, bytes[position] != UInt8(ascii: ","), bytes[position] != UInt8(ascii: "}"),
                    bytes[position] != UInt8(ascii: "]"), !isJSONSpace(bytes[position])
                {
                    position += 1
                }
                return position > start
            }
        }
    }
}
