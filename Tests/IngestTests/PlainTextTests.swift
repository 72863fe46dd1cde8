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

    @Test func frontMatterGivesMetadataAndIsNotText() {
        let text = "---\ntitle: A Headline\npublished: 2022-06-07\nbyline: Ann Lee, Bo Diaz\nurl: https://example.com/a\n---\nFirst paragraph.\nSecond paragraph.\n"
        let article = PlainTextReader.article(from: text, source: "a.txt")
        #expect(article.title == "A Headline")
        #expect(article.published == "2022-06-07")
        #expect(article.byline == ["Ann Lee", "Bo Diaz"])
        #expect(article.url == "https://example.com/a")
        #expect(article.paragraphs == ["First paragraph.", "Second paragraph."])
    }

    @Test func unclosedFrontMatterIsText() {
        let article = PlainTextReader.article(from: "---\ntitle: x\nBody text.\n", source: "a.txt")
        #expect(article.title == nil)
        #expect(article.paragraphs == ["---", "title: x", "Body text."])
    }
}
