import Check
import Claims
import Foundation
import GRDB
import Ingest
import Report
@testable import Store
import Testing

/// A scratch folder per test, removed afterwards.
final class Scratch {
    let folder: String
    init() {
        folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("store-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: folder) }
    func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
}

private let seedParagraphs = [
    "Border agents stopped 239,416 migrants in May, the agency said on Monday.",
    "\"We have never seen numbers like this,\" said Maria Lopez, a spokeswoman for the agency.",
]

/// A report built from real extracted claims, with verdicts assigned in turn.
func sampleReport(source: String) -> ArticleReport {
    let article = Article(source: source, title: "Crossings at a record", published: "2022-06-07", paragraphs: seedParagraphs)
    let claims = ClaimExtractor.claims(in: article, date: Day(iso: "2022-06-07"))
    let verdicts: [Verdict] = [.refuted, .supported, .unverifiable, .needsReview]
    let checked = claims.enumerated().map { index, claim in
        CheckedClaim(
            claim: claim, verdict: verdicts[index % verdicts.count], rule: index == 0 ? "border-encounters" : nil,
            evidence: index == 0 ? [Evidence(rule: "border-encounters", dataset: "cbp.csv", rows: [Evidence.Row(line: 7, values: ["month": "2022-05"])], referenceValue: 239_416)] : [],
            explanation: "explanation \(index)")
    }
    return ArticleReport(
        source: source, title: article.title, byline: ["A. Writer"], published: article.published, url: nil,
        paragraphs: article.paragraphs, claims: checked)
}

/// Records the report with its JSON as `verify` writes it.
private func record(_ report: ArticleReport, in store: ResultStore, contentHash: String, inputs: RunInputs, run: Int64? = nil) throws {
    try store.record(report, reportJSON: try JSONReport.articleJSON(report), contentHash: contentHash, inputs: inputs, run: run)
}

/// The article as recorded with `inputs` when its content hash is `contentHash`, as a re-run finds it.
private func unchanged(_ store: ResultStore, _ path: String, _ contentHash: String, _ inputs: RunInputs) throws -> RecordedArticle? {
    try store.recordedArticles(inputs: inputs)[path].flatMap { $0.contentHash == contentHash ? $0 : nil }
}

private func inputs(rules: String = "r1", datasets: String = "d1", settings: String = "s1") -> RunInputs {
    RunInputs(
        rules: FolderFingerprint(files: [.init(path: "border.yaml", contentHash: rules)]),
        datasets: FolderFingerprint(files: [.init(path: "cbp.csv", contentHash: datasets)]),
        settings: settings)
}

@Suite struct ContentHashTests {
    /// Reference values of XXH64 with seed 0 (from the reference implementation).
    @Test(arguments: [
        ("", "ef46db3751d8e999"),
        ("abc", "44bc2cf5ad770999"),
        ("The quick brown fox jumps over the lazy dog, 1,234 times in 2022.", "a0b8fe14790d526d"),
    ])
    func matchesReference(text: String, expected: String) {
        #expect(ContentHash.hex(ContentHash.xxh64(Array(text.utf8))) == expected)
    }

    @Test func longInputMatchesReference() {
        let bytes = Array((0..<3).flatMap { _ in (0...255).map(UInt8.init) }) + Array("xyz".utf8)
        #expect(ContentHash.hex(ContentHash.xxh64(bytes)) == "e921a1b45bd779f8")
    }
}

@Suite struct FingerprintTests {
    @Test func editingAddingOrHidingFiles() throws {
        let scratch = Scratch()
        let folder = scratch.path("rules")
        try FileManager.default.createDirectory(atPath: folder + "/nested", withIntermediateDirectories: true)
        try "a: 1\n".write(toFile: folder + "/a.yaml", atomically: true, encoding: .utf8)
        try "b: 2\n".write(toFile: folder + "/nested/b.yaml", atomically: true, encoding: .utf8)
        let first = try FolderFingerprint.of(folder: folder)
        #expect(first.files.map(\.path) == ["a.yaml", "nested/b.yaml"])

        try "swap".write(toFile: folder + "/.a.yaml.swp", atomically: true, encoding: .utf8)
        #expect(try FolderFingerprint.of(folder: folder) == first)

        try "b: 3\n".write(toFile: folder + "/nested/b.yaml", atomically: true, encoding: .utf8)
        let edited = try FolderFingerprint.of(folder: folder)
        #expect(edited.value != first.value)

        try "c: 1\n".write(toFile: folder + "/c.yaml", atomically: true, encoding: .utf8)
        #expect(try FolderFingerprint.of(folder: folder).value != edited.value)
    }

    /// The program's binary is hashed a megabyte at a time: any byte of any chunk, and the length, count.
    @Test(arguments: [(0, UInt8(1)), (1 << 20, UInt8(1)), ((5 << 19) - 1, UInt8(1))])
    func chunkedHashSeesEveryByte(offset: Int, flip: UInt8) throws {
        let scratch = Scratch()
        let path = scratch.path("binary")
        var bytes = (0..<(5 << 19)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let original = try #require(RunInputs.chunkedHash(path: path))
        #expect(RunInputs.chunkedHash(path: path) == original)
        bytes[offset] ^= flip
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(RunInputs.chunkedHash(path: path) != original)
        try Data(bytes.dropLast()).write(to: URL(fileURLWithPath: path))
        #expect(RunInputs.chunkedHash(path: path) != original)
        #expect(RunInputs.chunkedHash(path: scratch.path("missing")) == nil)
    }

    @Test func missingFolderIsNamed() {
        #expect { try FolderFingerprint.of(folder: "/nonexistent/rules") } throws: { error in
            (error as? FolderFingerprint.Failure)?.description == "/nonexistent/rules: no such folder"
        }
    }
}

private let allMigrations = [
    "v1 articles, claims, verdicts, reviews, runs", "v2 file stamps", "v3 claimreview lines", "v4 report files, verdict counts",
    "v5 no index on verdicts by verdict",
]

@Suite struct ResultStoreTests {
    @Test func olderDatabaseIsMigratedWithItsRows() throws {
        let scratch = Scratch()
        let path = scratch.path("claimcheck.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try ResultStore.migrator.migrate(queue, upTo: allMigrations[0])
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO articles (path, content_hash, byline, processed_at, rules_fingerprint, datasets_fingerprint,
                      settings_fingerprint, report_json)
                    VALUES ('a.html', 'h1', '[]', '2026-06-01T00:00:00Z', ?, ?, ?, '{}')
                    """, arguments: [inputs().rules.value, inputs().datasets.value, inputs().settings])
            }
        }
        let store = try ResultStore(path: path)
        #expect(try store.appliedMigrations() == allMigrations)
        let migrated = try #require(try unchanged(store, "a.html", "h1", inputs()))
        #expect(try store.reportJSON(articleID: migrated.id) == "{}")
        let recorded = try #require(try store.recordedArticles(inputs: inputs())["a.html"])
        #expect(recorded.stamp == nil && recorded.report == nil, "a v1 row has no stamps: the file is read and hashed")
    }

    /// Articles stored before verdict counts were columns get theirs from their verdicts.
    @Test func verdictCountsAreTakenFromStoredVerdicts() throws {
        let scratch = Scratch()
        let path = scratch.path("claimcheck.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try ResultStore.migrator.migrate(queue, upTo: allMigrations[2])
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO articles (id, path, content_hash, byline, processed_at, rules_fingerprint, datasets_fingerprint,
                      settings_fingerprint, report_json)
                    VALUES (1, 'a.html', 'h1', '[]', '2026-06-01T00:00:00Z', ?, ?, ?, '{}');
                    INSERT INTO claims (id, article_id, position, claim_id, kind, text, sentence, span_start, span_end, claim_json)
                    VALUES (1, 1, 0, 'n1', 'numeric', '', '', 0, 0, '{}'), (2, 1, 1, 'n2', 'numeric', '', '', 0, 0, '{}'),
                           (3, 1, 2, 'a1', 'attribution', '', '', 0, 0, '{}');
                    INSERT INTO verdicts (claim_id, verdict, evidence_json, explanation)
                    VALUES (1, 'refuted', '[]', ''), (2, 'refuted', '[]', ''), (3, 'needs-review', '[]', '');
                    """, arguments: [inputs().rules.value, inputs().datasets.value, inputs().settings])
            }
        }
        let store = try ResultStore(path: path)
        #expect(try store.recordedArticles(inputs: inputs())["a.html"]?.counts == [.refuted: 2, .needsReview: 1])
        #expect(try store.article(path: "a.html")?.counts == [.refuted: 2, .needsReview: 1])
    }

    @Test func migratesOnceAndKeepsRowsOnReopen() throws {
        let scratch = Scratch()
        let path = scratch.path("claimcheck.sqlite")
        let report = sampleReport(source: "a.html")
        do {
            let store = try ResultStore(path: path)
            #expect(try store.appliedMigrations() == allMigrations)
            try record(report, in: store, contentHash: "h1", inputs: inputs())
        }
        let reopened = try ResultStore(path: path)
        #expect(try reopened.appliedMigrations() == allMigrations)
        #expect(try reopened.claims(path: "a.html").count == report.claims.count)
    }

    @Test func notADatabaseIsNamed() throws {
        let scratch = Scratch()
        let path = scratch.path("claimcheck.sqlite")
        try "this is not SQLite".write(toFile: path, atomically: true, encoding: .utf8)
        #expect { try ResultStore(path: path) } throws: { error in
            let description = (error as? ResultStore.Failure)?.description ?? ""
            return description.hasPrefix(path + ": cannot open the results database")
        }
    }

    @Test func recordsClaimsVerdictsAndEvidence() throws {
        let scratch = Scratch()
        let store = try ResultStore(path: scratch.path("claimcheck.sqlite"))
        let report = sampleReport(source: "a.html")
        #expect(report.claims.count >= 2, "the sample paragraphs carry a numeric and an attribution claim")
        try record(report, in: store, contentHash: "h1", inputs: inputs())

        let stored = try #require(try store.article(path: "a.html"))
        #expect(stored.title == "Crossings at a record")
        #expect(stored.published == "2022-06-07")
        #expect(stored.reportJSON == (try JSONReport.article(report)))
        let expectedCounts = report.claims.reduce(into: [Verdict: Int]()) { $0[$1.verdict, default: 0] += 1 }
        #expect(stored.counts == expectedCounts)
        #expect(try store.recordedArticles(inputs: inputs())["a.html"]?.counts == expectedCounts)

        let claims = try store.claims(path: "a.html")
        #expect(claims.map(\.claimID) == report.claims.map(\.claim.id))
        #expect(claims.map(\.verdict) == report.claims.map(\.verdict))
        #expect(claims.first?.kind == "numeric")
        #expect(claims.first?.rule == "border-encounters")
        #expect(claims.map(\.text) == report.claims.map { claim in
            switch claim.claim {
            case .numeric(let numeric): numeric.text
            case .attribution(let attribution): attribution.text
            }
        })
        #expect(claims.map(\.start) == report.claims.map(\.claim.start))
        #expect(claims.map(\.explanation) == report.claims.map(\.explanation))
        #expect(claims.first?.evidenceJSON.contains("\"referenceValue\":239416") == true)
        #expect(try claims.map(\.claimJSON) == report.claims.map(JSONReport.claim))
        #expect(claims.contains { $0.kind == "attribution" })
    }

    @Test func reportJSONWithoutTheClaimsIsRefused() throws {
        let scratch = Scratch()
        let path = scratch.path("claimcheck.sqlite")
        let store = try ResultStore(path: path)
        let report = sampleReport(source: "a.html")
        var withoutClaims = report
        withoutClaims.claims = []
        let json = try JSONReport.articleJSON(withoutClaims)
        #expect { try store.record(report, reportJSON: json, contentHash: "h1", inputs: inputs(), run: nil) } throws: { error in
            (error as? ResultStore.Failure)?.description == "\(path): the JSON report of a.html lists 0 claims, not \(report.claims.count)"
        }
        #expect(try store.article(path: "a.html") == nil, "the transaction was rolled back")
    }

    @Test func recordingAgainReplacesTheArticle() throws {
        let scratch = Scratch()
        let store = try ResultStore(path: scratch.path("claimcheck.sqlite"))
        var report = sampleReport(source: "a.html")
        try record(report, in: store, contentHash: "h1", inputs: inputs())
        report.claims = Array(report.claims.prefix(1))
        try record(report, in: store, contentHash: "h2", inputs: inputs())
        #expect(try store.claims(path: "a.html").count == 1)
        #expect(try unchanged(store, "a.html", "h1", inputs()) == nil)
        #expect(try unchanged(store, "a.html", "h2", inputs())?.counts.values.reduce(0, +) == 1)
    }

    /// Each change that can alter a verdict makes the article be checked again; nothing else does.
    @Test(arguments: [
        ("unchanged", "h1", inputs(), true),
        ("content edited", "h2", inputs(), false),
        ("rules edited", "h1", inputs(rules: "r2"), false),
        ("datasets edited", "h1", inputs(datasets: "d2"), false),
        ("settings changed", "h1", inputs(settings: "s2"), false),
    ])
    func skipsOnlyWhenNothingChanged(change: String, contentHash: String, current: RunInputs, skipped: Bool) throws {
        let scratch = Scratch()
        let store = try ResultStore(path: scratch.path("claimcheck.sqlite"))
        try record(sampleReport(source: "a.html"), in: store, contentHash: "h1", inputs: inputs())
        let found = try unchanged(store, "a.html", contentHash, current)
        #expect((found != nil) == skipped, "\(change)")
        #expect(try unchanged(store, "b.html", "h1", inputs()) == nil)
    }

    @Test func runsRecordTheirInputs() throws {
        let scratch = Scratch()
        let path = scratch.path("claimcheck.sqlite")
        let store = try ResultStore(path: path)
        let run = try store.beginRun(inputs())
        try record(sampleReport(source: "a.html"), in: store, contentHash: "h1", inputs: inputs(), run: run)
        try store.finishRun(run, checked: 1, skipped: 0, failed: 0)
        try store.addReview(articlePath: "a.html", claimID: "n1", verdict: .supported, reviewer: "editor", note: nil)
        #expect(try unchanged(ResultStore(path: path), "a.html", "h1", inputs()) != nil)
    }

    @Test func concurrentJobsRecordEveryArticle() throws {
        let scratch = Scratch()
        let store = try ResultStore(path: scratch.path("claimcheck.sqlite"))
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 40) { index in
            do {
                try record(sampleReport(source: "article-\(index).html"), in: store, contentHash: "h\(index)", inputs: inputs())
                _ = try unchanged(store, "article-\(index / 2).html", "h0", inputs())
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty)
        for index in 0..<40 {
            #expect(try unchanged(store, "article-\(index).html", "h\(index)", inputs()) != nil)
        }
    }
}

private final class Failures: @unchecked Sendable {
    private var messages: [String] = []
    private let lock = NSLock()
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}

@Suite struct IncrementalBatchTests {
    /// A rules folder, a reference folder and one article, as `verify` sees them.
    final class Archive {
        let scratch = Scratch()
        let article: String
        init() throws {
            for folder in ["rules", "reference", "articles"] {
                try FileManager.default.createDirectory(atPath: scratch.path(folder), withIntermediateDirectories: true)
            }
            try "id: border\n".write(toFile: scratch.path("rules/border.yaml"), atomically: true, encoding: .utf8)
            try "month,count\n2022-05,239416\n".write(toFile: scratch.path("reference/cbp.csv"), atomically: true, encoding: .utf8)
            article = scratch.path("articles/a.html")
            try "<p>Border agents stopped 239,416 migrants in May.</p>".write(toFile: article, atomically: true, encoding: .utf8)
        }

        func batch() throws -> IncrementalBatch {
            try IncrementalBatch(databasePath: scratch.path("claimcheck.sqlite"), rules: scratch.path("rules"), reference: scratch.path("reference"), options: [])
        }

        /// Records the sample report for the article as one run that checked it.
        func record(_ lookup: IncrementalBatch.Lookup, claimReviewLines: [String] = []) throws {
            let batch = try batch()
            let report = sampleReport(source: article)
            try batch.record(report, reportJSON: try JSONReport.articleJSON(report), claimReviewLines: claimReviewLines, reportPath: nil, lookup: lookup)
            try batch.finish(checked: 1, skipped: 0, failed: 0)
        }

        /// Looks the article up as one run that skips it.
        func lookupAndFinish() throws -> IncrementalBatch.Lookup {
            let batch = try batch()
            let lookup = try batch.lookup(path: article)
            try batch.finish(checked: 0, skipped: 1, failed: 0)
            return lookup
        }

        func setModified(_ date: Date) throws {
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: article)
        }
    }

    @Test func unchangedStampSkipsReadingTheFile() throws {
        let archive = try Archive()
        let first = try archive.batch().lookup(path: archive.article)
        #expect(first.unchanged == nil)
        #expect(first.bytes.map { String(decoding: $0, as: UTF8.self) } == "<p>Border agents stopped 239,416 migrants in May.</p>")
        let lines = ["{\"claimReviewed\":\"one\"}", "{\"claimReviewed\":\"two\"}"]
        try archive.record(first, claimReviewLines: lines)

        let rerun = try archive.batch()
        let second = try rerun.lookup(path: archive.article)
        #expect(try second.unchanged.map { try rerun.claimReviewLines(of: $0) } == lines)
        #expect(second.bytes == nil, "the stamp matched, so the file was not read")
    }

    @Test func touchedFileIsHashedOnceThenSkippedByStamp() throws {
        let archive = try Archive()
        let first = try archive.batch().lookup(path: archive.article)
        try archive.record(first)
        try archive.setModified(Date(timeIntervalSince1970: 1_700_000_000))

        let touched = try archive.lookupAndFinish()
        #expect(touched.unchanged != nil, "same bytes")
        #expect(touched.bytes != nil, "a new modification time makes the bytes be hashed")
        #expect(try archive.batch().lookup(path: archive.article).bytes == nil, "the new stamp was recorded")
    }

    @Test func editedFileOrRuleIsCheckedAgain() throws {
        let archive = try Archive()
        let first = try archive.batch().lookup(path: archive.article)
        try archive.record(first)

        try "id: border\nlimit: 1\n".write(toFile: archive.scratch.path("rules/border.yaml"), atomically: true, encoding: .utf8)
        #expect(try archive.batch().lookup(path: archive.article).unchanged == nil)

        try "id: border\n".write(toFile: archive.scratch.path("rules/border.yaml"), atomically: true, encoding: .utf8)
        #expect(try archive.batch().lookup(path: archive.article).unchanged != nil, "the rules are as they were")

        try "<p>Border agents stopped 239,417 migrants in May.</p>".write(toFile: archive.article, atomically: true, encoding: .utf8)
        #expect(try archive.batch().lookup(path: archive.article).unchanged == nil)
    }

    @Test func missingArticleHasNoBytes() throws {
        let archive = try Archive()
        let lookup = try archive.batch().lookup(path: archive.scratch.path("articles/missing.html"))
        #expect(lookup.unchanged == nil && lookup.bytes == nil && lookup.stamp == nil)
    }
}

/// The claims and evidence the store keeps are cut from the report file exactly as written, however the
/// explanation and evidence strings are made.
@Suite struct StoredClaimJSONTests {
    /// Explanations and evidence values full of what a careless scan would take for structure.
    @Test(arguments: [
        ("plain", "refuted: 239,416 > 239,000", ["month": "2022-05"]),
        ("quotes and brackets", "the \"claims\": [ list ] says {\"evidence\": []}", ["note": "},{\"evidence\":[1]}"]),
        ("a column named evidence", "see \\\\ the \"evidence\"", ["evidence": "[\"x\"]", "explanation": "\","]),
        ("escapes and controls", "line\nbreak\ttab \u{1} and \\", ["month": "\u{7}\"\\"]),
    ])
    func claimAndEvidenceAreAsWritten(name: String, explanation: String, values: [String: String]) throws {
        let scratch = Scratch()
        let store = try ResultStore(path: scratch.path("claimcheck.sqlite"))
        var report = sampleReport(source: "a.html")
        report.claims = report.claims.map { checked in
            var checked = checked
            checked.explanation = explanation
            checked.evidence = [Evidence(rule: "border-encounters", dataset: "cbp.csv", rows: [Evidence.Row(line: 7, values: values)], referenceValue: 1)]
            return checked
        }
        try record(report, in: store, contentHash: "h1", inputs: inputs())
        let claims = try store.claims(path: "a.html")
        #expect(try claims.map(\.claimJSON) == report.claims.map(JSONReport.claim), "\(name)")
        #expect(claims.map(\.explanation) == report.claims.map(\.explanation))
        for claim in claims {
            let evidence = try #require(try JSONSerialization.jsonObject(with: Data(claim.evidenceJSON.utf8)) as? [[String: Any]])
            let rows = try #require(evidence.first?["rows"] as? [[String: Any]])
            #expect(rows.first?["values"] as? [String: String] == values, "\(name)")
        }
    }

    /// The JSON of another report, with a claim fewer or more, is refused rather than stored in part.
    @Test(arguments: [-1, 1])
    func reportNotListingTheClaimsIsRefused(extraClaims: Int) throws {
        let scratch = Scratch()
        let path = scratch.path("claimcheck.sqlite")
        let store = try ResultStore(path: path)
        let report = sampleReport(source: "a.html")
        var other = report
        other.claims = extraClaims < 0 ? Array(report.claims.dropLast()) : report.claims + report.claims.prefix(extraClaims)
        let json = try JSONReport.articleJSON(other)
        #expect(throws: ResultStore.Failure.self, "\(extraClaims)") {
            try store.record(report, reportJSON: json, contentHash: "h1", inputs: inputs(), run: nil)
        }
        #expect(try store.article(path: "a.html") == nil)
    }

    @Test func claimWithoutEvidenceStoresAnEmptyArray() throws {
        let scratch = Scratch()
        let store = try ResultStore(path: scratch.path("claimcheck.sqlite"))
        try record(sampleReport(source: "a.html"), in: store, contentHash: "h1", inputs: inputs())
        #expect(try store.claims(path: "a.html").dropFirst().map(\.evidenceJSON).allSatisfy { $0 == "[]" })
    }
}

@Suite struct BatchedRecordingTests {
    /// More articles than one transaction takes: batches are written as they fill (or grow a second old), the
    /// rest by `finish`.
    @Test func everyArticleIsRecordedByFinish() throws {
        let archive = try IncrementalBatchTests.Archive()
        let count = IncrementalBatch.articlesPerTransaction + 3
        let paths = try (0..<count).map { index in
            let path = archive.scratch.path("articles/a\(index).html")
            try "<p>Agents stopped \(index) migrants.</p>".write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let batch = try archive.batch()
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let report = sampleReport(source: paths[index])
            try? batch.record(
                report, reportJSON: try! JSONReport.articleJSON(report), claimReviewLines: [], reportPath: nil,
                lookup: try! batch.lookup(path: paths[index]))
        }
        // At least one batch is in before `finish`; how many depends on how fast the articles came.
        #expect(try (1...count).contains(batch.store.recordedArticles(inputs: batch.inputs).count))
        try batch.finish(checked: count, skipped: 0, failed: 0)
        let rerun = try archive.batch()
        #expect(try paths.allSatisfy { try rerun.lookup(path: $0).unchanged != nil })
    }

    /// A report file is left alone while it has the stamp recorded when it was written; any other file is not.
    @Test func reportFileIsCurrentByItsStamp() throws {
        let archive = try IncrementalBatchTests.Archive()
        let reportPath = archive.scratch.path("a.json")
        let report = sampleReport(source: archive.article)
        let json = try JSONReport.article(report)
        try json.write(toFile: reportPath, atomically: true, encoding: .utf8)
        let first = try archive.batch()
        try first.record(report, reportJSON: try JSONReport.articleJSON(report), claimReviewLines: [], reportPath: reportPath, lookup: try first.lookup(path: archive.article))
        try first.finish(checked: 1, skipped: 0, failed: 0)

        let second = try archive.batch()
        let recorded = try #require(try second.lookup(path: archive.article).unchanged)
        #expect(second.reportIsCurrent(recorded, at: reportPath))
        #expect(!second.reportIsCurrent(recorded, at: archive.scratch.path("elsewhere.json")))
        #expect(try second.reportJSON(of: recorded) == json)
        try (json + " ").write(toFile: reportPath, atomically: true, encoding: .utf8)
        #expect(!second.reportIsCurrent(recorded, at: reportPath), "an edited report is compared with the stored one")
    }
}
