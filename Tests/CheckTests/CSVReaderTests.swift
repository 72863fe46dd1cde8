import Testing
@testable import Check

struct CSVReaderTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var input: String
        var records: [[String]]
        var lines: [Int]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "plain", input: "a,b\n1,2\n", records: [["a", "b"], ["1", "2"]], lines: [1, 2]),
        Case(name: "CRLF", input: "a,b\r\n1,2\r\n", records: [["a", "b"], ["1", "2"]], lines: [1, 2]),
        Case(name: "no final newline", input: "a,b\n1,2", records: [["a", "b"], ["1", "2"]], lines: [1, 2]),
        Case(name: "byte-order mark", input: "\u{FEFF}president,position\nBiden,Vice President\n", records: [["president", "position"], ["Biden", "Vice President"]], lines: [1, 2]),
        Case(name: "quoted comma", input: "position\n\"Secretary of Health, Education & Welfare\"\n", records: [["position"], ["Secretary of Health, Education & Welfare"]], lines: [1, 2]),
        Case(name: "doubled quotes", input: "quote\n\"\"\"Twenty-four states\"\" sued\"\n", records: [["quote"], ["\"Twenty-four states\" sued"]], lines: [1, 2]),
        Case(name: "embedded newline keeps later line numbers", input: "a,b\n\"two\nlines\",x\nlast,y\n", records: [["a", "b"], ["two\nlines", "x"], ["last", "y"]], lines: [1, 2, 4]),
        Case(name: "empty fields", input: "a,b,c\n,,\n", records: [["a", "b", "c"], ["", "", ""]], lines: [1, 2]),
        Case(name: "blank lines skipped", input: "a\n\n1\n", records: [["a"], ["1"]], lines: [1, 3]),
        Case(name: "UTF-8 text", input: "name\nLuis Villigrán\n", records: [["name"], ["Luis Villigrán"]], lines: [1, 2]),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: Case) throws {
        let records = try CSVReader.records(Array(testCase.input.utf8))
        #expect(records.map(\.fields) == testCase.records)
        #expect(records.map(\.line) == testCase.lines)
    }

    @Test(arguments: [
        ("a\n\"never closed\n", 2, "a quoted field is never closed"),
        ("a,b\n1,\"x\"y\n", 2, "text after the closing quote of field 2"),
        ("a\nab\"c\n", 2, "a quote inside an unquoted field (quote the whole field and double inner quotes)"),
    ])
    func rejects(_ input: String, line: Int, message: String) {
        #expect(throws: CSVReader.Failure.self) { try CSVReader.records(Array(input.utf8)) }
        do {
            _ = try CSVReader.records(Array(input.utf8))
        } catch {
            #expect(error.line == line)
            #expect(error.message == message)
        }
    }

    @Test func pipeDelimiter() throws {
        let records = try CSVReader.records(Array("month|southwest_border\n3|220063\n".utf8), delimiter: UInt8(ascii: "|"))
        #expect(records.map(\.fields) == [["month", "southwest_border"], ["3", "220063"]])
    }

    @Test func invalidUTF8NamesTheLine() {
        do {
            _ = try CSVReader.records([97, 10, 0xFF, 0xFE, 10])
            Issue.record("expected a failure")
        } catch {
            #expect(error.description == "line 2: field 1 is not valid UTF-8")
        }
    }
}

/// Rule words match claims by byte-level stems.
struct WordsTests {
    @Test(arguments: [
        ("There were more than 234,000 Encounters.", ["there", "were", "more", "than", "234", "000", "encounter"]),
        ("The U.S. border", ["the", "us", "border"]),
        ("The caravan’s departure — “freely”", ["the", "caravan", "s", "departure", "freely"]),
        ("Title\u{00A0}42 expulsions", ["title", "42", "expulsion"]),
        ("crossings, gas, us, grass", ["crossing", "gas", "us", "grass"]),
        ("Villigrán’s caravan", ["villigrán", "s", "caravan"]),
    ])
    func stems(_ text: String, expected: [String]) {
        #expect(Words(text).stems == expected)
    }

    @Test func phrases() {
        let sentence = Words("Agents along the U.S.-Mexico border reported Title 42 expulsions.")
        #expect(sentence.contains(Words("Title 42")))
        #expect(sentence.contains(Words("mexico border")))
        #expect(!sentence.contains(Words("border mexico")))
        #expect(!sentence.contains(Words("")))
    }
}
