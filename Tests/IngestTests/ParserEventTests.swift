import Testing

@testable import Ingest

/// The page as libxml2's tree builder shapes it, as the converter must keep it: prefixed element
/// names, text split by processing instructions and joined across entities, and content after `</html>`.
@Suite struct ParserEventTests {
    static let sentence = "The council approved the budget on Monday after a long debate."

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var html: String
        var paragraphs: [String]
        var published: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a prefixed element is known by its local name (Word's <o:p> is a paragraph)",
            html: "<article><p>\(sentence)<o:p>Its members voted nine to two.</o:p></p></article>",
            paragraphs: [sentence, "Its members voted nine to two."]),
        Case(
            name: "an unknown prefixed element stays inline",
            html: "<article><p>\(sentence) <x:note>Its members voted nine to two.</x:note></p></article>",
            paragraphs: [sentence + " Its members voted nine to two."]),
        Case(
            name: "text joined across a character reference is one line",
            html: "<span>Published June 7&#44; 2022</span><article><p>\(sentence)</p></article>",
            paragraphs: [sentence], published: "2022-06-07"),
        Case(
            name: "a processing instruction splits the text around it",
            html: "<span>Published <?x y?>June 7, 2022</span><article><p>\(sentence)</p></article>",
            paragraphs: [sentence], published: nil),
    ]

    @Test(arguments: cases)
    func pageReadsAsTheTreeBuilderShapedIt(_ testCase: Case) throws {
        let page = "<html><body>\(testCase.html)</body></html>"
        let article = try Ingestor.ingest(bytes: Array(page.utf8), source: "test.html", format: .html)
        #expect(article.paragraphs == testCase.paragraphs)
        #expect(article.published == testCase.published)
    }

    /// Elements after `</html>` hang under the first root when it is the document's first child,
    /// and beside it when a doctype came first.
    @Test(arguments: [
        ("<html><body><p>a</p></body></html><p>b</p>", ["html -1 7", "body 0 4", "p 1 4", "text 2 4", "html 0 7", "p 4 7", "text 5 7"]),
        ("<!DOCTYPE html><html><body><p>a</p></body></html><p>b</p>", ["html -1 4", "body 0 4", "p 1 4", "text 2 4", "html -1 7", "p 4 7", "text 5 7"]),
    ])
    func contentAfterTheRootEndsWhereLibxml2PutsIt(_ html: String, _ expected: [String]) throws {
        let document = try LibXML.parseHTML(utf8: Array(html.utf8))
        #expect(document.nodes.map { "\($0.tag) \($0.parent) \($0.subtreeEnd)" } == expected)
    }
}
