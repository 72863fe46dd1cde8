import Foundation
import Testing

@testable import Ingest

/// The bundled seed article, as plain text and as a news-site page.
@Suite struct CorpusTests {
    static let articles = SharedData.packageRoot.appendingPathComponent("Corpus/articles")
    static let promoLines: Set<String> = [
        "AS MIGRANT CARAVAN MARCHES TOWARD US BORDER, HARRIS UNVEILS CENTRAL AMERICAN YOUTH PROGRAM",
        "CLICK HERE TO GET THE FOX NEWS APP",
    ]

    /// The seed's lines: the bundled text after its front matter (title and date, which plain text cannot carry).
    static func seedLines() -> [String] {
        let lines = SharedData.text(articles.appendingPathComponent("caravan-article.txt"))
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") else { return lines }
        return Array(lines[(close + 1)...])
    }

    @Test func plainTextSeedKeepsEveryLineAsAParagraph() throws {
        let article = try Ingestor.ingest(path: Self.articles.appendingPathComponent("caravan-article.txt").path)
        #expect(article.title == "Migrant caravan leader says Mexico will issue work visas to thousands heading north")
        #expect(article.published == "2022-06-07")
        #expect(article.paragraphs == Self.seedLines())
        #expect(article.paragraphs.count == 14)
    }

    @Test(.enabled(if: SharedData.root != nil, "needs shared/seed beside the clone"))
    func bundledTextIsTheSeedAsIs() throws {
        let seed = SharedData.root!.deletingLastPathComponent().appendingPathComponent("seed/caravan-article.txt")
        let seedLines = SharedData.text(seed).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(Self.seedLines() == seedLines)
    }

    @Test func htmlPageYieldsTheSeedWithoutItsPromoLines() throws {
        let article = try Ingestor.ingest(path: Self.articles.appendingPathComponent("caravan-article.html").path)
        #expect(article.paragraphs == Self.seedLines().filter { !Self.promoLines.contains($0) })
        #expect(article.title == "Migrant caravan leader says Mexico will issue work visas to thousands heading north")
        #expect(article.byline.isEmpty, "the seed names no author, so neither does the page")
        #expect(article.published == "2022-06-07")
        #expect(article.url == "https://www.foxnews.com/politics/migrant-caravan-mexico-work-visas-numbers-surge")
    }
}
