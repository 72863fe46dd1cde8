import Testing
@testable import Ingest

@Suite struct PlainTextTests {
    @Test func seedLinesArePargraphsWithoutTitle() {
        let article = PlainTextReader.article(from: "First sentence here.\nSecond one.\n", source: "a.txt")
        #expect(article.title == nil)
        #expect(article.paragraphs == ["First sentence here.", "Second one."])
    }

    @Test func titleLineThenBlankLineParagraphs() {
        let text = "A Headline\n\nFirst paragraph\ncontinues.\n\nSecond paragraph.\n"
        let article = PlainTextReader.article(from: text, source: "a.txt")
        #expect(article.title == "A Headline")
        #expect(article.paragraphs == ["First paragraph continues.", "Second paragraph."])
    }
}
