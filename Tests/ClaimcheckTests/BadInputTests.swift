import Foundation
import Testing
@testable import claimcheck

/// `claimcheck verify` run as a user runs it, on a folder holding one bad input next to a good article:
/// the bad input gets a clear reason naming the file (or is read sensibly), and the good article is still checked.
struct BadInputTests {
    enum Expected: Sendable {
        /// Listed in summary.json's failures with a reason containing this text.
        case failure(String)
        /// Checked, and its report's paragraphs contain this text.
        case report(String)
    }

    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var file: String
        var bytes: @Sendable () -> [UInt8]
        var expected: Expected
        var arguments: [String] = []
    }

    static func html(_ body: String) -> [UInt8] { Array("<html><body>\(body)</body></html>".utf8) }

    static let cases: [Case] = [
        Case(description: "empty file", file: "empty.html", bytes: { [] }, expected: .failure("empty document")),
        Case(description: "only white space", file: "blank.html", bytes: { Array(" \n\t\n".utf8) }, expected: .failure("empty document")),
        Case(description: "PNG named .html", file: "image.html", bytes: { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) },
             expected: .failure("not a text document: looks like a PNG image")),
        Case(description: "PDF named .html", file: "paper.html", bytes: { Array("%PDF-1.4\n%\u{E2}\u{E3}\n1 0 obj".utf8) },
             expected: .failure("not a text document: looks like a PDF document")),
        Case(description: "gzip named .html", file: "page.html", bytes: { [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 3, 0xCB, 0x48] },
             expected: .failure("not a text document: looks like gzip-compressed data")),
        // The 200 MB page, scaled down with the limit: 3 MB against --max-bytes 1000000.
        Case(description: "page over --max-bytes", file: "huge.html", bytes: { html(String(repeating: "<p>Some words here.</p>", count: 130_000)) },
             expected: .failure("over the limit of 1000000 bytes (--max-bytes)"), arguments: ["--max-bytes", "1000000"]),
        Case(description: "1,000,000 nested elements", file: "deep.html",
             bytes: { html(String(repeating: "<div>", count: 1_000_000) + "The town has 4,000 residents." + String(repeating: "</div>", count: 1_000_000)) },
             // Past its depth limit libxml2 stops nesting elements but still reads their text: the claim is found, no crash
             // (a slow build may instead reach the deadline, which the check below also accepts).
             expected: .report("\"text\":\"4,000 residents\"")),
        Case(description: "invalid UTF-8, truncated sequence, NUL", file: "broken.html",
             bytes: { Array("<p>The town has ".utf8) + [0xFF, 0xFE] + Array(" 4,000 residents ".utf8) + [0xE2, 0x82] + Array(" and a ".utf8) + [0] + Array(" NUL.</p>".utf8) },
             expected: .report("4,000 residents")),
        Case(description: "UTF-16 with a BOM", file: "utf16.html",
             bytes: { [0xFF, 0xFE] + "<html><body><p>The town has 4,000 residents.</p></body></html>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } },
             expected: .report("The town has 4,000 residents.")),
        Case(description: "Windows-1252 declared", file: "declared.html",
             bytes: { Array("<html><head><meta charset=windows-1252></head><body><p>The ".utf8) + [0x93] + Array("town".utf8) + [0x94] + Array(" has 4,000 residents.</p></body></html>".utf8) },
             expected: .report("The \u{201C}town\u{201D} has 4,000 residents.")),
        Case(description: "Windows-1252 undeclared", file: "undeclared.html",
             bytes: { Array("<p>The caf".utf8) + [0xE9] + Array(" has 40 seats.</p>".utf8) }, expected: .report("The caf\u{E9} has 40 seats.")),
        // The 10 MB word, scaled down for the debug build: read, or skipped by the deadline, never a hang.
        Case(description: "1 MB word without spaces", file: "word.txt",
             bytes: { Array(repeating: UInt8(ascii: "a"), count: 1 << 20) + Array(" The town has 4,000 residents.".utf8) }, expected: .report("4,000 residents")),
        // Every one of its 2,000 numbers is a claim in one endless sentence: checked in linear work, or skipped by
        // the deadline on a slow machine.
        Case(description: "unbalanced quotes over a whole article", file: "quotes.txt",
             bytes: { Array(String(repeating: "\u{201C}He said 12 things, ", count: 2_000).utf8) }, expected: .report("He said 12 things")),
        Case(description: "external DTD and entity", file: "entity.html",
             bytes: { Array("<!DOCTYPE html SYSTEM \"http://127.0.0.1:9/x.dtd\" [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><html><body><p>The town has 4,000 residents &x;.</p></body></html>".utf8) },
             expected: .report("4,000 residents")),
    ]

    @Test(arguments: cases)
    func badInputIsReportedAndTheBatchCompletes(_ input: Case) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let articles = folder + "/in"
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        let path = articles + "/" + input.file
        try Data(input.bytes()).write(to: URL(fileURLWithPath: path))
        try Data(Self.goodArticle.utf8).write(to: URL(fileURLWithPath: articles + "/zz-good.txt"))

        let run = try Self.verify([articles, "--out", folder + "/out", "--max-seconds", "5"] + input.arguments)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let summary = try Self.summary(folder + "/out")
        let checked = summary.articles.map(\.source)
        #expect(checked.contains(articles + "/zz-good.txt"))
        switch input.expected {
        case .failure(let reason):
            let failure = try #require(summary.failures.first { $0.source == path }, "not among the failures: \(summary.failures)")
            #expect(failure.reason.contains(reason), "reason: \(failure.reason)")
            #expect(run.stdout.contains(path), "the table names the file")
        case .report(let text):
            if let failure = summary.failures.first(where: { $0.source == path }) {
                // Only the deadline may stop a readable page.
                #expect(failure.reason.contains("--max-seconds"), "reason: \(failure.reason)")
            } else {
                #expect(checked.contains(path))
                let report = try String(contentsOfFile: folder + "/out/" + (input.file as NSString).deletingPathExtension + ".json", encoding: .utf8)
                #expect(report.contains(text))
                #expect(!report.contains("root:x:0:0"), "an external entity was loaded")
            }
        }
    }

    @Test func unreadablePathsAreNamedAndTheRestIsChecked() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let articles = folder + "/in"
        let manager = FileManager.default
        try manager.createDirectory(atPath: articles + "/x.html", withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: articles + "/a.html", withDestinationPath: "b.html")
        try manager.createSymbolicLink(atPath: articles + "/b.html", withDestinationPath: "a.html")
        try manager.createSymbolicLink(atPath: articles + "/dangling.html", withDestinationPath: "gone")
        try Data(Self.goodArticle.utf8).write(to: URL(fileURLWithPath: articles + "/zz-good.txt"))

        let run = try Self.verify([articles, "--out", folder + "/out"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let summary = try Self.summary(folder + "/out")
        let reasons = Dictionary(summary.failures.map { (($0.source as NSString).lastPathComponent, $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons == [
            "x.html": "is a directory", "a.html": "Too many levels of symbolic links", "b.html": "Too many levels of symbolic links",
            "dangling.html": "No such file or directory",
        ])
        #expect(summary.articles.map(\.name) == ["zz-good"])
    }

    @Test func twoInputsWithTheSameNameGetTwoReports() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for sub in ["a", "b"] {
            try FileManager.default.createDirectory(atPath: folder + "/in/" + sub, withIntermediateDirectories: true)
            try Data(Self.goodArticle.utf8).write(to: URL(fileURLWithPath: folder + "/in/\(sub)/same.txt"))
        }
        let run = try Self.verify([folder + "/in", "--out", folder + "/out"])
        #expect(run.status == 0)
        #expect(try Self.summary(folder + "/out").articles.map(\.name) == ["same", "same-2"])
        #expect(FileManager.default.fileExists(atPath: folder + "/out/same-2.json"))
    }

    @Test(arguments: [
        ("../../etc/passwd", "_.._etc_passwd"), ("..", ""), (".hidden", "hidden"), ("a\nb", "a_b"), ("a\\b", "a_b"), ("plain name", "plain name"),
    ])
    func reportNamesStayInTheOutputFolder(_ base: String, _ expected: String) {
        #expect(ArticleFiles.safeName(base) == expected)
    }

    @Test func anUnusableOutputFolderIsAClearError() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(Self.goodArticle.utf8).write(to: URL(fileURLWithPath: folder + "/good.txt"))
        try Data("a file".utf8).write(to: URL(fileURLWithPath: folder + "/taken"))
        let run = try Self.verify([folder + "/good.txt", "--out", folder + "/taken/out"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot create the output folder \(folder)/taken/out"))
    }

    /// SIGINT or SIGTERM mid-batch: in-flight articles finish, summary.json says what finished and that the run
    /// was interrupted, the status is 128 + signal, and a re-run completes the rest.
    @Test(arguments: [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")])
    func interruptionLeavesAWholeSummaryAndARerunFinishes(_ signal: Int32, _ name: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        // Each article takes about a second (2,000 claims in one sentence, each with its report), so the batch
        // takes several.
        let slow = String(repeating: "\u{201C}He said 12 things, ", count: 2_000)
        for index in 0..<12 { try Data(slow.utf8).write(to: URL(fileURLWithPath: folder + "/in/\(10 + index).txt")) }
        let arguments = [folder + "/in", "--out", folder + "/out"]
        let process = try Self.start(arguments)
        // A fixed sleep raced a slow start on a loaded machine: the signal came before the handlers and killed
        // the process outright. Wait until the kernel lists the signal as caught and the output folder is made
        // (rules and data are loaded by then), then let the first articles start.
        try #require(Self.waitUntilCatching(signal, process: process.processIdentifier))
        let limit = Date().addingTimeInterval(120)
        while process.isRunning, Date() < limit, !FileManager.default.fileExists(atPath: folder + "/out") { Thread.sleep(forTimeInterval: 0.02) }
        Thread.sleep(forTimeInterval: 1)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signal)
        let text = try String(contentsOfFile: folder + "/out/summary.json", encoding: .utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let interrupted = try #require(object["interrupted"] as? [String: Any])
        #expect(interrupted["signal"] as? String == name)
        let unfinished = try #require(interrupted["unfinished"] as? [String])
        let finished = (object["articles"] as? [[String: Any]] ?? []).count + (object["failures"] as? [[String: Any]] ?? []).count
        #expect(!unfinished.isEmpty && finished >= 1 && finished + unfinished.count == 12)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder + "/out").filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)

        let rerun = try Self.verify(arguments)
        #expect(rerun.status == 0)
        let summary = try Self.summary(folder + "/out")
        #expect(summary.articles.count + summary.failures.count == 12 && summary.interrupted == false)
    }

    // MARK: - Running the binary

    static let goodArticle = "The town had 4,000 residents in 2020, the mayor said.\n"

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    struct Summary {
        struct Entry { var source: String; var name: String }
        struct Failure: CustomStringConvertible {
            var source: String
            var reason: String
            var description: String { "\(source): \(reason)" }
        }
        var articles: [Entry]
        var failures: [Failure]
        var interrupted: Bool
    }

    static func summary(_ out: String) throws -> Summary {
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let articles = (object["articles"] as? [[String: Any]] ?? []).map { Summary.Entry(source: $0["source"] as? String ?? "", name: $0["name"] as? String ?? "") }
        let failures = (object["failures"] as? [[String: Any]] ?? []).map { Summary.Failure(source: $0["source"] as? String ?? "", reason: $0["reason"] as? String ?? "") }
        return Summary(articles: articles, failures: failures, interrupted: object["interrupted"] != nil)
    }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "claimcheck-bad-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The `claimcheck` built next to the test bundle.
    static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("claimcheck")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return VerifySeedTests.root.appendingPathComponent(".build/debug/claimcheck")
    }

    /// Whether `process` installed a handler for `signal` within 60 seconds, from the SigCgt mask in /proc.
    static func waitUntilCatching(_ signal: Int32, process: Int32) -> Bool {
        for _ in 0..<6_000 {
            if let status = try? String(contentsOfFile: "/proc/\(process)/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
                let mask = UInt64(line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16),
                mask & (1 << UInt64(signal - 1)) != 0
            {
                return true
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    static func start(_ arguments: [String], output: Pipe? = nil, errors: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["verify"] + arguments + [
            "--date", "2022-06-07", "--no-db",
            "--rules", VerifySeedTests.root.appendingPathComponent("Rules").path,
            "--reference", VerifySeedTests.root.appendingPathComponent("Corpus/reference").path,
        ]
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = errors ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    static func verify(_ arguments: [String]) throws -> Run {
        let output = Pipe()
        let errors = Pipe()
        let process = try start(arguments, output: output, errors: errors)
        // Read before waiting, so a full pipe cannot block the child (its standard error is a few lines at most).
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self), stderr: String(decoding: errorData, as: UTF8.self))
    }
}
