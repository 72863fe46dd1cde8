import Foundation
import Ingest
import Sentences
import Testing
@testable import Claims

/// `numbers`/`claims --format jsonl -` read their lines with `ArticleLine` and write their results with
/// `JSONBytes`; these tests hold both to what `JSONDecoder` and `JSONEncoder` (.sortedKeys) did before.
struct JSONLinesTests {
    // MARK: Reading lines

    /// The input the commands decoded with Foundation.
    struct DecodedLine: Decodable {
        var id: LineID
        var text: String
        var date: String?
    }

    static func decoded(_ line: String) -> ArticleLine? {
        guard let input = try? JSONDecoder().decode(DecodedLine.self, from: Data(line.utf8)) else { return nil }
        return ArticleLine(id: input.id, text: input.text, date: input.date)
    }

    static func read(_ line: String) -> ArticleLine? {
        Array(line.utf8).withUnsafeBufferPointer { ArticleLine(json: $0) }
    }

    /// Well-formed lines: the fast reader must read them itself, to exactly what the decoder reads.
    @Test(arguments: [
        (#"{"id":1,"text":"Some 1,000 visas a day.","date":"2022-06-07"}"#, ArticleLine(id: .number(1), text: "Some 1,000 visas a day.", date: "2022-06-07")),
        (#"{"date":"2022-06-07","text":"a","id":"x-1"}"#, ArticleLine(id: .text("x-1"), text: "a", date: "2022-06-07")),
        (#"{"text":"a","id":-42}"#, ArticleLine(id: .number(-42), text: "a", date: nil)),
        (#"{"id":0,"text":"","date":null}"#, ArticleLine(id: .number(0), text: "", date: nil)),
        (#"  { "id" : 7 , "text" : "a" }  "#, ArticleLine(id: .number(7), text: "a", date: nil)),
        (#"{"id":9223372036854775807,"text":"a"}"#, ArticleLine(id: .number(Int.max), text: "a", date: nil)),
        (#"{"id":-9223372036854775808,"text":"a"}"#, ArticleLine(id: .number(Int.min), text: "a", date: nil)),
        (#"{"id":1,"text":"He said \"no\".\nThen\tleft \\ \/ \b\f\r"}"#, ArticleLine(id: .number(1), text: "He said \"no\".\nThen\tleft \\ / \u{8}\u{C}\r", date: nil)),
        (#"{"id":1,"text":"caf\u00e9 \u00E9 \u2028 \u0000 \ud83d\ude00 \uD83C\uDDFA"}"#, ArticleLine(id: .number(1), text: "café é \u{2028} \u{0} 😀 \u{1F1FA}", date: nil)),
        (#"{"id":"\u0041\"","text":"Año 2022 — 12 000 €"}"#, ArticleLine(id: .text("A\""), text: "Año 2022 — 12 000 €", date: nil)),
        (#"{"\u0069d":3,"t\u0065xt":"a"}"#, ArticleLine(id: .number(3), text: "a", date: nil)),
        (#"{"id":1,"url":"https://x/y","meta":{"tags":["a",1,-2.5e+3,true,false,null,{}],"n":[]},"text":"a"}"#, ArticleLine(id: .number(1), text: "a", date: nil)),
        (#"{"id":1,"x":1,"x":2,"text":"a"}"#, ArticleLine(id: .number(1), text: "a", date: nil)),
        (#"{"id":1,"text":"a","date":"June 7"}"#, ArticleLine(id: .number(1), text: "a", date: "June 7")),
        ("{\"id\":1,\"text\":\"\u{7F} raw DEL\"}", ArticleLine(id: .number(1), text: "\u{7F} raw DEL", date: nil)),
    ])
    func fastReaderReadsWellFormedLines(line: String, expected: ArticleLine) {
        #expect(Self.read(line) == expected)
        #expect(Self.decoded(line) == expected)
    }

    /// Lines the fast reader declines, so the decoder decides: its lenient readings ("1.0" as 1, a trailing
    /// comma, the first of two ids) and its errors stay as they were.
    @Test(arguments: [
        #"{"id":1.0,"text":"a"}"#, #"{"id":1e3,"text":"a"}"#, #"{"id":-0,"text":"a"}"#, #"{"id":01,"text":"a"}"#,
        #"{"id":99999999999999999999,"text":"a"}"#, #"{"id":9223372036854775808,"text":"a"}"#,
        #"{"id":1,"text":"a","id":2}"#, #"{"id":1,"text":"a","text":"b"}"#, #"{"id":1,"text":"a",}"#,
        #"{"id":1,"text":"\ud800"}"#, #"{"id":1,"text":"\udc00x"}"#, #"{"id":1,"text":"\ud83d\u0041"}"#, #"{"id":1,"text":"\x"}"#,
        "{\"id\":1,\"text\":\"a\tb\"}", #"{"id":1,"text":"a"} x"#, "[1]", #""x""#, "{}", "{",
        #"{"id":true,"text":"a"}"#, #"{"id":null,"text":"a"}"#, #"{"text":"a"}"#, #"{"id":1}"#, #"{"id":1,"text":null}"#,
        #"{"id":1,"text":"a","date":5}"#, #"{"id":1,"text":"a","x":nul}"#, #"{"id":1,"text":"a","x":1.}"#,
        #"{"id":1,"text":"a","x":-}"#, #"{"id":1,"text":"a","x":.5}"#, #"{"id":1,"text":"a","x":[1,]}"#,
        #"{"id":1,"text":"a","x":"\ud800"}"#, #"{"id":1,"text":"a""#, #"{"id":1,"text":"a\"#, "{\"id\":1,\"text\":\"a\"}\u{A0}",
        String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
        #"{"id":1,"text":"a","x":"# + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}",
    ])
    func fastReaderDeclinesWhatTheDecoderMustDecide(line: String) {
        #expect(Self.read(line) == nil)
    }

    /// Every prefix of a line and every line with one byte replaced: the fast reader either declines it or
    /// reads what the decoder reads, and never reads past the line.
    @Test(arguments: [
        #"{"id":12,"text":"He said \"1,000\" a day.\n\u00e9\ud83d\ude00","date":"2022-06-07"}"#,
        #"{"date":null,"meta":{"a":[1,-2.5e3,true,null]},"text":"x","id":"s-1"}"#,
    ])
    func damagedLinesAreDeclinedOrReadAsTheDecoderReadsThem(line: String) {
        let bytes = Array(line.utf8)
        let replacements: [UInt8] = [0x22, 0x5C, 0x7D, 0x7B, 0x2C, 0x3A, 0x00, 0x1F, 0xFF, 0x75, 0x30, 0x20, 0x2D, 0x65]
        var variants: [[UInt8]] = (0...bytes.count).map { Array(bytes[..<$0]) }
        for position in bytes.indices {
            for replacement in replacements where replacement != bytes[position] {
                var damaged = bytes
                damaged[position] = replacement
                variants.append(damaged)
            }
        }
        for variant in variants {
            guard let read = variant.withUnsafeBufferPointer({ ArticleLine(json: $0) }) else { continue }
            #expect(read == Self.decoded(String(decoding: variant, as: UTF8.self)), "\(String(decoding: variant, as: UTF8.self))")
        }
    }

    /// Invalid UTF-8 inside a string is replaced as `readLine` replaced it before decoding.
    @Test func invalidUTF8IsReplacedAsReadLineDid() throws {
        let bytes: [UInt8] = Array(#"{"id":1,"text":"a"#.utf8) + [0xE2, 0x82] + Array(#"b\u00e9"#.utf8) + [0x80] + Array("\"}".utf8)
        let read = try #require(bytes.withUnsafeBufferPointer { ArticleLine(json: $0) })
        #expect(read == Self.decoded(String(decoding: bytes, as: UTF8.self)))
        #expect(read.text == "a\u{FFFD}bé\u{FFFD}")
    }

    // MARK: Writing results

    /// `{"id", "<field>": [...]}` as the commands encoded it.
    struct EncodedLine<Value: Encodable>: Encodable {
        var id: LineID
        var field: String
        var values: [Value]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(id, forKey: Key(stringValue: "id"))
            try container.encode(values, forKey: Key(stringValue: field))
        }
    }

    struct Failure: Encodable {
        var id: LineID
        var error: String
    }

    static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let corpusArticles: [String] = {
        let directory = root.appendingPathComponent("Corpus/articles")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().map { directory.appendingPathComponent($0).path }
    }()

    @Test func corpusIsThere() {
        #expect(Self.corpusArticles.count >= 20)
    }

    /// Every corpus article, through both stream commands and the one-item-per-line file output.
    @Test(arguments: corpusArticles)
    func corpusLinesAreByteIdentical(path: String) throws {
        let article = try Ingestor.ingest(path: path)
        let date = article.publishedDay.flatMap(Day.init(iso:))
        try expectIdenticalLines(text: article.text, date: date, id: .text(path))
        let claims = ClaimExtractor.claims(in: article, date: date)
        #expect(!claims.isEmpty)
        for claim in claims {
            var bytes = JSONBytes()
            try bytes.write(claim)
            #expect(bytes.text == (try Self.encoded(claim)))
        }
    }

    /// Texts with everything JSON has to escape, in ids, mentions, sentences and measures.
    @Test(arguments: [
        "He said \"more than 234,000\" encounters\\crossings were \"historic\" in April.",
        "Tabs\tand\u{8}backspaces\u{C} with 12% and \u{1}\u{1F} control bytes, 3 of them.",
        "Line one has 4 cases.\r\nLine two has 5 cases.\n\nA new paragraph: 6 more cases on 2022/06/07.",
        "Emoji 😀 count: 1,000 visas a day 🇺🇸; café prices rose 3.5% — €4bn\u{2028}in 2021.",
        "Slashes / and \u{7F} DEL: 1/2 of 24 states, up 20% from a year earlier.",
        "“Nearly 2 in 3” voters, said Sen. Jane Doe, 45, who called it ‘a 10-year low’.",
        "",
        "No numbers here at all.",
    ])
    func edgeTextsAreByteIdentical(text: String) throws {
        try expectIdenticalLines(text: text, date: Day(year: 2022, month: 6, day: 7), id: .text("a \"quoted\"\n/id\\"))
        try expectIdenticalLines(text: text, date: nil, id: .number(-7))
    }

    @Test(arguments: [LineID.text("x"), .number(12), .missing, .text("é \"\u{1}\"")])
    func failureLinesAreByteIdentical(id: LineID) throws {
        var bytes = JSONBytes()
        let message = "line 3: \"date\" must be YYYY-MM-DD, got \"2022-6-7\\x\u{2}\""
        bytes.writeLineFailure(id: id, error: message)
        #expect(bytes.text == (try Self.encoded(Failure(id: id, error: message))))
    }

    private func expectIdenticalLines(text: String, date: Day?, id: LineID) throws {
        let quantities = QuantityScanner.quantities(in: text, date: date)
        var numbers = JSONBytes()
        try numbers.writeLine(id: id, quantities: quantities)
        #expect(numbers.text == (try Self.encoded(EncodedLine(id: id, field: "quantities", values: quantities))))

        let sentences = SentenceSplitter.split(paragraphs: text.components(separatedBy: "\n\n"))
        let claims = ClaimExtractor.claims(text: text, sentences: sentences, date: date)
        var claimLine = JSONBytes()
        try claimLine.writeLine(id: id, claims: claims)
        #expect(claimLine.text == (try Self.encoded(EncodedLine(id: id, field: "claims", values: claims))))

        for quantity in quantities {
            var item = JSONBytes()
            try item.write(quantity)
            #expect(item.text == (try Self.encoded(quantity)))
        }
    }
}
