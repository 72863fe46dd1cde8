import Foundation
import Check
import Claims
import Testing
import ArgumentParser
import Report
@testable import claimcheck

/// The seed acceptance: `claimcheck verify` on the seed article, as text (dated with --date) and as the HTML
/// page (both bundled by the ingest work), gives these verdicts. It needs the real claim extractors.
struct VerifySeedTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    enum Input: String, CaseIterable, Sendable {
        case text = "Corpus/articles/caravan-article.txt"
        case html = "Corpus/articles/caravan-article.html"
    }

    /// A claim the seed must yield, picked out of the report by its fields.
    struct Expectation: Sendable, CustomStringConvertible {
        var description: String
        var kind: String
        /// Field → text the field must contain ("text" → "234,000").
        var fields: [String: String]
        var verdict: String
    }

    static let expectations: [Expectation] = [
        Expectation(description: "more than 234,000 encounters in April", kind: "numeric", fields: ["text": "234,000"], verdict: "supported"),
        Expectation(description: "Homeland Security Secretary Alejandro Mayorkas", kind: "attribution", fields: ["speaker": "Alejandro Mayorkas", "title": "Homeland Security Secretary"], verdict: "supported"),
        Expectation(description: "Vice President Kamala Harris", kind: "attribution", fields: ["speaker": "Kamala Harris", "title": "Vice President"], verdict: "supported"),
        Expectation(description: "two dozen Republican states", kind: "numeric", fields: ["text": "two dozen"], verdict: "supported"),
        Expectation(description: "the May 23 end of the restrictions", kind: "numeric", fields: ["text": "May 23"], verdict: "supported"),
        Expectation(description: "approximately 12,000 migrants", kind: "numeric", fields: ["text": "12,000"], verdict: "unverifiable"),
        Expectation(description: "1,000 visas a day", kind: "numeric", fields: ["text": "1,000"], verdict: "unverifiable"),
        Expectation(description: "the caravan of October last year", kind: "numeric", fields: ["text": "October"], verdict: "unverifiable"),
    ]

    /// Runs `claimcheck verify` once per input and keeps the article report's claims.
    static func claims(of input: Input) throws -> [[String: Any]] {
        let out = NSTemporaryDirectory() + "claimcheck-seed-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: out) }
        let path = root.appendingPathComponent(input.rawValue).path
        #expect(FileManager.default.fileExists(atPath: path), "missing seed input \(path)")
        let command = try VerifyCommand.parse([
            path, "--date", "2022-06-07", "--out", out,
            "--rules", root.appendingPathComponent("Rules").path,
            "--reference", root.appendingPathComponent("Corpus/reference").path,
        ])
        try command.run()
        let report = try Data(contentsOf: URL(fileURLWithPath: out + "/caravan-article.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: report) as? [String: Any])
        return try #require(object["claims"] as? [[String: Any]])
    }

    @Test(arguments: Input.allCases)
    func seedVerdicts(_ input: Input) throws {
        let claims = try Self.claims(of: input)
        for expectation in Self.expectations {
            let matching = claims.filter { claim in
                claim["kind"] as? String == expectation.kind
                    && expectation.fields.allSatisfy { field, text in (claim[field] as? String)?.contains(text) == true }
            }
            #expect(!matching.isEmpty, "\(input): no claim for \(expectation)")
            for claim in matching {
                #expect(
                    claim["verdict"] as? String == expectation.verdict,
                    "\(input): \(expectation) → \(claim["verdict"] ?? "none"): \(claim["explanation"] ?? "")")
            }
        }
    }
}

/// The batch contract of `claimcheck verify` that holds whatever claims the articles have.
struct VerifyBatchTests {
    static let root = VerifySeedTests.root
    static let rulesOptions = [
        "--rules", root.appendingPathComponent("Rules").path, "--reference", root.appendingPathComponent("Corpus/reference").path,
    ]

    final class Folder {
        let path = NSTemporaryDirectory() + "claimcheck-verify-" + UUID().uuidString
        init(files: [String: String]) {
            for (name, text) in files {
                let file = path + "/" + name
                try? FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                _ = FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
            }
        }
        func read(_ name: String) -> String? { try? String(contentsOfFile: path + "/" + name, encoding: .utf8) }
        func list(_ folder: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path + "/" + folder)) ?? []).sorted() }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func repeatedNamesGetNumericSuffixes() {
        #expect(ArticleFiles.reportNames(["a/story.html", "b/story.txt", "c/story.htm", "d/other.txt", "e/summary.txt", "f/index.html"])
            == ["story", "story-2", "story-3", "other", "summary-2", "index-2"])
    }

    @Test func foldersAreSearchedRecursivelyInOrder() {
        let folder = Folder(files: ["in/b.txt": "B.", "in/a/c.html": "<p>C.</p>", "in/a/notes.md": "no", "in/z.htm": "<p>Z.</p>"])
        #expect(ArticleFiles.collect([folder.path + "/in"]).map { String($0.path.dropFirst(folder.path.count + 4)) } == ["a/c.html", "b.txt", "z.htm"])
    }

    @Test func brokenFilesAreRecordedAndTheBatchGoesOn() throws {
        let folder = Folder(files: ["in/one.txt": "The caravan set off.\n", "in/two.txt": "Another line.\n", "in/sub/one.txt": "Same name.\n"])
        let command = try VerifyCommand.parse(
            [folder.path + "/in", folder.path + "/missing.txt", "--out", folder.path + "/out", "--date", "2022-06-07", "--format", "json", "--no-db"]
                + Self.rulesOptions)
        try command.run()
        #expect(folder.list("out") == ["one-2.json", "one.json", "summary.json", "two.json"])
        let summary = try #require(folder.read("out/summary.json")).replacingOccurrences(of: folder.path, with: "$")
        #expect(summary == """
            {
              "articles": [
                {"source":"$/in/one.txt","name":"one","title":null,"published":"2022-06-07","counts":{"supported":0,"refuted":0,"unverifiable":0,"needs-review":0},"claims":0},
                {"source":"$/in/sub/one.txt","name":"one-2","title":null,"published":"2022-06-07","counts":{"supported":0,"refuted":0,"unverifiable":0,"needs-review":0},"claims":0},
                {"source":"$/in/two.txt","name":"two","title":null,"published":"2022-06-07","counts":{"supported":0,"refuted":0,"unverifiable":0,"needs-review":0},"claims":0}
              ],
              "totals": {"supported":0,"refuted":0,"unverifiable":0,"needs-review":0},
              "failures": [
                {"source":"$/missing.txt","step":"ingest","reason":"no such file or folder"}
              ]
            }

            """)
        let report = try #require(folder.read("out/two.json")).replacingOccurrences(of: folder.path, with: "$")
        #expect(report == "{\n  \"source\": \"$/in/two.txt\",\n  \"title\": null,\n  \"published\": \"2022-06-07\",\n  \"url\": null,\n  \"claims\": []\n}\n")
    }

    @Test func concurrentJobsWriteTheSameReports() throws {
        let seed = """
            There were more than 234,000 encounters in April alone along the border.
            Homeland Security Secretary Alejandro Mayorkas said the numbers were at historic levels.
            A lawsuit from two dozen Republican states blocked the end of the Title 42 restrictions on May 23.

            """
        var files: [String: String] = [:]
        for number in 1...6 { files["in/article\(number).txt"] = String(repeating: seed, count: number) }
        let folder = Folder(files: files)
        for jobs in ["1", "3"] {
            try VerifyCommand.parse(
                [folder.path + "/in", "--out", folder.path + "/out" + jobs, "--jobs", jobs, "--date", "2022-06-07", "--no-db"] + Self.rulesOptions
            ).run()
        }
        #expect(folder.list("out1") == folder.list("out3"))
        // Six articles as JSON and HTML, summary.json, index.html and claimreview.jsonl.
        #expect(folder.list("out1").count == 15)
        for name in folder.list("out1") { #expect(folder.read("out1/" + name) == folder.read("out3/" + name), "\(name)") }
    }

    @Test func anInvalidRuleSetStopsVerifyWithStatus2() throws {
        let folder = Folder(files: ["rules/bad.yaml": "rules:\n  - id: x\n    description: [unclosed\n", "in/a.txt": "Text.\n"])
        let command = try VerifyCommand.parse([folder.path + "/in", "--out", folder.path + "/out", "--rules", folder.path + "/rules"])
        #expect(throws: ExitCode(2)) { try command.run() }
        #expect(folder.list("out") == [])
    }

    @Test func lintExitsWithStatus1OnProblems() throws {
        let folder = Folder(files: ["rules/bad.yaml": "rules:\n  - id: x\n"])
        let command = try RulesCommand.Lint.parse([folder.path + "/rules", "--reference", Self.root.appendingPathComponent("Corpus/reference").path])
        #expect(throws: ExitCode(1)) { try command.run() }
    }

    @Test(arguments: [["--jobs", "0"], ["--date", "June 7"], ["--fail-on", "supported"], ["--bogus"]])
    func usageErrorsAreRejected(_ arguments: [String]) {
        #expect(throws: (any Error).self) { _ = try VerifyCommand.parse(arguments) }
    }

    @Test func summaryTable() {
        let summary = BatchSummary(
            articles: [BatchSummary.ArticleEntry(source: "a.txt", name: "caravan-article", title: nil, published: nil, counts: [.supported: 6, .unverifiable: 14])],
            failures: [BatchSummary.Failure(source: "b.html", step: "ingest", reason: "no such file or folder")])
        #expect(SummaryTable.render(summary, summaryPath: "reports/summary.json") == """
            article          supported  refuted  unverifiable  needs-review
            caravan-article          6        0            14             0
            total                    6        0            14             0
            1 file failed:
              b.html (ingest): no such file or folder
            Reports in reports/

            """)
    }
}

/// The per-article JSON: the claim as `claimcheck claims` encodes it, then the check stage's four fields.
struct JSONReportTests {
    static func checkedClaim() -> CheckedClaim {
        let quantity = Quantity(text: "more than 234,000", start: 11, end: 28, value: 234_000, kind: .count, approximator: "more than", bound: .greaterThan)
        let claim = NumericClaim(
            id: "n1", text: "more than 234,000 encounters", sentence: "There were more than 234,000 encounters.", start: 11, end: 39,
            quantity: quantity, measure: "encounters", subject: ["border"], period: nil)
        let evidence = Evidence(
            rule: "cbp", dataset: "cbp-sw-border-encounters", vintage: "2022-05-17",
            rows: [Evidence.Row(line: 337, values: ["encounters": "234088"], file: "Corpus/reference/cbp-sw-border/sw-border-monthly-summary.csv")],
            referenceValue: 234_088, otherVintages: ["2023-03-10": 235_785], claimedValue: 234_000, claimedLower: 234_000,
            comparison: "234,088 > 234,000")
        return CheckedClaim(claim: .numeric(claim), verdict: .supported, rule: "cbp", evidence: [evidence], explanation: "Claimed \"more\" than 234,000: supported.")
    }

    @Test func claimKeepsItsOwnFieldsAndAddsTheVerdict() throws {
        let checked = Self.checkedClaim()
        let line = try JSONReport.claim(checked)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let claimOnly = String(decoding: try encoder.encode(checked.claim), as: UTF8.self)
        #expect(line.hasPrefix(String(claimOnly.dropLast()) + ",\"verdict\":\"supported\",\"rule\":\"cbp\",\"evidence\":["))
        #expect(line.hasSuffix(",\"explanation\":\"Claimed \\\"more\\\" than 234,000: supported.\"}"))
        #expect(line.contains(
            "\"evidence\":[{\"claimedLower\":234000,\"claimedValue\":234000,\"comparison\":\"234,088 > 234,000\",\"dataset\":\"cbp-sw-border-encounters\","
                + "\"otherVintages\":{\"2023-03-10\":235785},\"referenceValue\":234088,\"rows\":[{\"file\":\"Corpus/reference/cbp-sw-border/sw-border-monthly-summary.csv\","
                + "\"line\":337,\"values\":{\"encounters\":\"234088\"}}],\"rule\":\"cbp\",\"vintage\":\"2022-05-17\"}]"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "n1")
        #expect(object["kind"] as? String == "numeric")
        #expect(object["verdict"] as? String == "supported")
    }

    @Test func articleEnvelope() throws {
        let report = ArticleReport(
            source: "a \"quoted\" path.html", title: "Title\nwith newline", byline: [], published: "2022-06-07", url: nil, paragraphs: ["Text."],
            claims: [Self.checkedClaim()])
        let json = try JSONReport.article(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["source"] as? String == "a \"quoted\" path.html")
        #expect(object["title"] as? String == "Title\nwith newline")
        #expect(object["url"] is NSNull)
        #expect((object["claims"] as? [[String: Any]])?.first?["explanation"] as? String == "Claimed \"more\" than 234,000: supported.")
        #expect(json.hasPrefix("{\n  \"source\": \"a \\\"quoted\\\" path.html\",\n  \"title\": \"Title\\nwith newline\",\n  \"published\": \"2022-06-07\",\n  \"url\": null,\n  \"claims\": [\n    {"))
    }
}
