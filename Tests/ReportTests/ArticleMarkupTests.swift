import Testing

@testable import Report

/// The article body: escaped text with marks nested in place, in code-point offsets.
@Suite struct ArticleMarkupTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var paragraphs: [String]
        var spans: [(Int, Int)]
        var html: String
        var placed: [Bool]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "one mark", paragraphs: ["Hello world"], spans: [(6, 11)],
             html: "<p>Hello <m0>world</m0></p>\n", placed: [true]),
        Case(name: "numbers nest inside an attribution", paragraphs: ["He said 12 apples fell."], spans: [(0, 22), (8, 17)],
             html: "<p><m0>He said <m1>12 apples</m1> fell</m0>.</p>\n", placed: [true, true]),
        Case(name: "inner mark listed first still nests", paragraphs: ["He said 12 apples fell."], spans: [(8, 17), (0, 22)],
             html: "<p><m1>He said <m0>12 apples</m0> fell</m1>.</p>\n", placed: [true, true]),
        Case(name: "same span twice", paragraphs: ["abc"], spans: [(0, 3), (0, 3)],
             html: "<p><m0><m1>abc</m1></m0></p>\n", placed: [true, true]),
        Case(name: "crossing marks are split", paragraphs: ["abcdef"], spans: [(0, 4), (2, 6)],
             html: "<p><m0>ab<m1>cd</mark></m0><m1+>ef</m1></p>\n", placed: [true, true]),
        Case(name: "a mark across a paragraph break", paragraphs: ["ab", "cd"], spans: [(1, 5)],
             html: "<p>a<m0>b</mark></p>\n<p><m0+>c</m0>d</p>\n", placed: [true]),
        Case(name: "adjacent marks", paragraphs: ["abcd"], spans: [(0, 2), (2, 4)],
             html: "<p><m0>ab</m0><m1>cd</m1></p>\n", placed: [true, true]),
        Case(name: "offsets count code points, not bytes or graphemes", paragraphs: ["café ☕ 😀 ok", "👍🏽 yes"],
             spans: [(7, 8), (13, 15), (16, 19)],
             html: "<p>café ☕ <m0>😀</m0> ok</p>\n<p><m1>👍🏽</m1> <m2>yes</m2></p>\n", placed: [true, true, true]),
        Case(name: "text is escaped", paragraphs: ["a<b & \"c\" 'd'> </mark>"], spans: [(2, 3)],
             html: "<p>a&lt;<m0>b</m0> &amp; &quot;c&quot; &#39;d&#39;&gt; &lt;/mark&gt;</p>\n", placed: [true]),
        Case(name: "spans outside the text, empty or reversed are not placed", paragraphs: ["abc"],
             spans: [(5, 50), (1, 1), (2, 1), (-1, 2), (0, 4)],
             html: "<p>abc</p>\n", placed: [false, false, false, false, false]),
        Case(name: "a span over the paragraph break alone is not placed", paragraphs: ["ab", "cd"], spans: [(2, 4)],
             html: "<p>ab</p>\n<p>cd</p>\n", placed: [false]),
        Case(name: "no paragraphs", paragraphs: [], spans: [(0, 1)], html: "", placed: [false]),
        Case(name: "three levels with a crossing", paragraphs: ["0123456789"], spans: [(0, 10), (2, 6), (4, 8)],
             html: "<p><m0>01<m1>23<m2>45</mark></m1><m2+>67</m2>89</m0></p>\n", placed: [true, true, true]),
    ]

    @Test(arguments: cases)
    func marksText(_ example: Case) {
        let marks = example.spans.enumerated().map { index, span in
            TextMark(
                start: span.0, end: span.1, openingTag: Array("<m\(index)>".utf8), continuationTag: Array("<m\(index)+>".utf8),
                finalClosingTag: Array("</m\(index)>".utf8))
        }
        var html: [UInt8] = []
        let placed = ArticleMarkup.render(paragraphs: example.paragraphs, marks: marks, into: &html)
        #expect(String(decoding: html, as: UTF8.self) == example.html)
        #expect(placed == example.placed)
    }

    @Test(arguments: ["", "ab", "Encounters rose 12% in May", "Núñez said “más de 200 mil” – 😀 👍🏽 ok", "😀😀😀😀😀"])
    func scalarsAreCounted(_ text: String) {
        #expect(ArticleMarkup.scalarCount(text) == text.unicodeScalars.count)
        #expect(ArticleMarkup.scalarCount(text + text + "é") == (text + text + "é").unicodeScalars.count)
    }

    @Test func manyOverlappingMarksStayBalanced() {
        let paragraph = String(repeating: "word ", count: 200)
        let marks = (0..<300).map { index in
            TextMark(
                start: (index * 7) % 900, end: (index * 7) % 900 + 5 + index % 60, openingTag: Array("<mark>".utf8),
                continuationTag: Array("<mark>".utf8), finalClosingTag: Array("</mark>".utf8))
        }
        var bytes: [UInt8] = []
        _ = ArticleMarkup.render(paragraphs: [paragraph, paragraph], marks: marks, into: &bytes)
        let html = String(decoding: bytes, as: UTF8.self)
        var depth = 0
        var lowest = 0
        var index = html.startIndex
        while index < html.endIndex {
            if html[index...].hasPrefix("<mark>") { depth += 1 }
            if html[index...].hasPrefix("</mark>") { depth -= 1 }
            if html[index...].hasPrefix("</p>") { #expect(depth == 0) }
            lowest = min(lowest, depth)
            index = html.index(after: index)
        }
        #expect(depth == 0)
        #expect(lowest == 0)
    }
}
