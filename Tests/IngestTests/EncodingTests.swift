import Testing

@testable import Ingest

@Suite struct EncodingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var expected: String
        var testDescription: String { name }
    }

    static func page(_ text: [UInt8], head: String = "") -> [UInt8] {
        Array("<html><head>\(head)</head><body><article><p>".utf8) + text + Array("</p></article></body></html>".utf8)
    }

    static let cases: [Case] = [
        Case(name: "UTF-8", bytes: page(Array("Café “déjà vu” – 5€".utf8)), expected: "Café “déjà vu” – 5€"),
        Case(name: "UTF-8 BOM", bytes: [0xEF, 0xBB, 0xBF] + page(Array("Café".utf8)), expected: "Café"),
        Case(
            name: "meta charset windows-1252", bytes: page([0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94], head: "<meta charset=\"windows-1252\">"),
            expected: "Café “q”"),
        Case(
            name: "http-equiv ISO-8859-1",
            bytes: page([0x4E, 0x69, 0xF1, 0x6F], head: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"),
            expected: "Niño"),
        Case(
            name: "declared ISO-8859-1 but saved as UTF-8",
            bytes: page(Array("Niño “q”".utf8), head: "<meta charset=\"iso-8859-1\">"), expected: "Niño “q”"),
        Case(
            name: "meta charset windows-1251", bytes: page([0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2], head: "<meta charset=\"windows-1251\">"),
            expected: "Привет"),
        Case(name: "invalid UTF-8 falls back to Windows-1252", bytes: page([0x43, 0x61, 0x66, 0xE9, 0x21]), expected: "Café!"),
        Case(
            name: "UTF-16 little-endian BOM",
            bytes: [0xFF, 0xFE] + Array("<html><body><article><p>Año 2022</p></article></body></html>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            expected: "Año 2022"),
        Case(
            name: "UTF-16 big-endian BOM",
            bytes: [0xFE, 0xFF] + Array("<html><body><article><p>Año 2022</p></article></body></html>".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
            expected: "Año 2022"),
    ]

    @Test(arguments: cases)
    func textIsAlwaysValidUTF8(_ testCase: Case) throws {
        let article = try Ingestor.ingest(bytes: testCase.bytes, source: "t.html", format: .html)
        #expect(article.paragraphs == [testCase.expected])
    }

    @Test func plainTextIsUTF8WhateverItMentions() throws {
        let text = "The page said charset=windows-1252.\nCafé “déjà vu”."
        let article = try Ingestor.ingest(bytes: Array(text.utf8), source: "t.txt", format: .plainText)
        #expect(article.paragraphs == ["The page said charset=windows-1252.", "Café “déjà vu”."])
    }

    @Test func emptyAndBinaryInputDoNotCrash() throws {
        #expect(try Ingestor.ingest(bytes: [], source: "empty.html", format: .html).paragraphs == [])
        let binary = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 7) }
        _ = try? Ingestor.ingest(bytes: binary, source: "noise.html", format: .html)
    }
}
