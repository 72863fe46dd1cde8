import Check
import Foundation
import Report
import Testing
@testable import claimcheck

/// The batch keeps its articles on disk, not in memory: what it writes from the spill at the end must be what
/// the whole summary gives.
struct BatchLedgerTests {
    typealias Folder = VerifyBatchTests.Folder

    /// Entries with every kind of field: none, empty, non-ASCII, control characters, and one long enough to
    /// span the spill's read blocks.
    static let entries: [BatchSummary.ArticleEntry] = (0..<3_000).map { number in
        BatchSummary.ArticleEntry(
            source: "in/story-\(number).html",
            name: number == 7 ? "" : "story-\(number)",
            title: number % 5 == 0 ? nil : number == 11 ? String(repeating: "Ünïcode \"title\" 🚀\n\t", count: 5_000) : "Title \(number)",
            published: number % 3 == 0 ? nil : "2022-06-\(String(format: "%02d", number % 28 + 1))",
            counts: number % 4 == 0 ? [:] : [.supported: number % 7, .refuted: number % 3, .needsReview: number])
    }

    @Test func spilledEntriesComeBackInOrder() throws {
        let folder = Folder(files: ["out/.keep": ""])
        let spill = try EntrySpill(for: folder.path + "/out/summary.json")
        for entry in Self.entries { spill.append(entry) }
        for _ in 0..<2 {
            var replayed: [BatchSummary.ArticleEntry] = []
            try spill.replay { replayed.append($0) }
            #expect(replayed.count == Self.entries.count)
            for (back, entry) in zip(replayed, Self.entries) {
                #expect(back.source == entry.source && back.name == entry.name && back.title == entry.title)
                #expect(back.published == entry.published && back.counts.filter { $0.value > 0 } == entry.counts.filter { $0.value > 0 })
            }
        }
        #expect(folder.list("out") == [".keep"], "the spill is unlinked as soon as it is open")
    }

    @Test func batchFilesMatchTheWholeSummary() throws {
        let folder = Folder(files: ["out/.keep": ""])
        let out = folder.path + "/out"
        let outputs = try ReportOutputs(formats: .all, reviewsFile: nil)
        let ledger = try BatchLedger(out: out, outputs: outputs)
        let failures = [
            BatchSummary.Failure(source: "in/story-2.html", step: "report", reason: "disk full"),
            BatchSummary.Failure(source: "in/broken.html", step: "ingest", reason: "no article text found"),
        ]
        let entries = Array(Self.entries.prefix(40))
        for (number, entry) in entries.enumerated() {
            let lines = ["{\"claim\":\(number),\"a\":1}", "{\"claim\":\(number),\"b\":2}"]
            ledger.record(number % 2 == 0 ? .checked(entry, claimReviewLines: lines) : .unchanged(entry, claimReviewLines: lines))
            if number == 2 { ledger.record(.failed(failures[0])) }
        }
        ledger.record(.failed(failures[1]))
        try ledger.writeBatchFiles(interruption: nil)

        let summary = BatchSummary(articles: entries, failures: failures)
        #expect(folder.read("out/summary.json") == JSONReport.summary(summary))
        #expect(folder.read("out/index.html") == (try HTMLReportWriter().indexPage(summary)))
        #expect(folder.read("out/claimreview.jsonl") == (0..<40).map { "{\"claim\":\($0),\"a\":1}\n{\"claim\":\($0),\"b\":2}\n" }.joined())
        #expect(folder.list("out") == [".keep", "claimreview.jsonl", "index.html", "summary.json"])
        #expect(ledger.unchanged == 20 && ledger.tally.articles == 40 && ledger.failures.count == 2)
    }

    @Test func jobsDefaultToTheNumberOfCores() throws {
        #expect(try VerifyCommand.parse([]).jobCount == ProcessInfo.processInfo.activeProcessorCount)
        #expect(try VerifyCommand.parse(["--jobs", "3"]).jobCount == 3)
    }
}
