import Foundation
import Testing

@testable import Ingest

/// Body-text quality on real pages, scored with the article-extraction-benchmark's metric. Each
/// suite fails below the bar this extractor reaches, so a regression shows up as a failure.
@Suite struct ExtractionQualityTests {
    static let benchmark = SharedData.folder("news-html/scrapinghub-article-extraction-benchmark")
    static let newspaper = SharedData.folder("news-html/newspaper4k")
    static let readability = SharedData.folder("readability-test-pages")

    static func extract(_ page: URL) throws -> Article {
        try Ingestor.ingest(path: page.path)
    }

    @Test(.enabled(if: benchmark != nil, "shared/data/news-html is not beside the package"))
    func scrapinghubBenchmarkReachesF1Bar() throws {
        let folder = try #require(Self.benchmark)
        let truth = try #require(SharedData.json(folder.appendingPathComponent("ground-truth.json")) as? [String: Any])
        var scorer = ShingleScorer()
        for (key, entry) in truth.sorted(by: { $0.key < $1.key }) {
            let expected = try #require((entry as? [String: Any])?["articleBody"] as? String)
            let article = try Self.extract(folder.appendingPathComponent(key + ".html"))
            scorer.add(predicted: article.text, expected: expected)
        }
        let figures = scorer.figures
        print("scrapinghub article-extraction-benchmark: \(figures)")
        #expect(figures.pages == 28)
        #expect(figures.f1 >= 0.99)
        #expect(figures.precision >= 0.99)
        #expect(figures.recall >= 0.99)
    }

    @Test(.enabled(if: newspaper != nil, "shared/data/news-html is not beside the package"))
    func newspaper4kPagesMatchTheirText() throws {
        var scorer = ShingleScorer()
        for page in SharedData.files(in: Self.newspaper, suffix: ".html") {
            let expected = SharedData.text(page.deletingPathExtension().appendingPathExtension("txt"))
            scorer.add(predicted: try Self.extract(page).text, expected: expected)
        }
        let figures = scorer.figures
        print("newspaper4k pages: \(figures)")
        #expect(figures.pages == 6)
        #expect(figures.f1 >= 0.97)
    }

    @Test(.enabled(if: readability != nil, "shared/data/readability-test-pages is not beside the package"))
    func readabilityPagesMatchReadabilityOutput() throws {
        var scorer = ShingleScorer()
        let cases = (try? FileManager.default.contentsOfDirectory(atPath: Self.readability!.path)) ?? []
        for name in cases.sorted() {
            let folder = Self.readability!.appendingPathComponent(name)
            let source = folder.appendingPathComponent("source.html")
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            let expectedHTML = Array(SharedData.text(folder.appendingPathComponent("expected.html")).utf8)
            let expected = try LibXML.parseHTML(utf8: expectedHTML).visibleTextForScoring()
            scorer.add(predicted: try Self.extract(source).text, expected: expected)
        }
        let figures = scorer.figures
        print("Mozilla Readability test pages: \(figures)")
        #expect(figures.pages == 130)
        #expect(figures.f1 >= 0.94)
    }
}

extension HTMLDocument {
    /// Every text node, space-separated: the reference text of an expected-output HTML file.
    func visibleTextForScoring() -> String {
        nodes.indices.filter { nodes[$0].tag == .text }.map { String(decoding: textBytes($0), as: UTF8.self) }
            .joined(separator: " ")
    }
}
