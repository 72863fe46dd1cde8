import Foundation
import Testing

/// `claimcheck verify --jsonl -` and WARC input, run through the built binary as a user (or Spark) runs it.
struct StreamingAndWARCTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary beside the test bundle (`swift test` builds both into the same folder).
    static var binary: String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("claimcheck").path
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : root.appendingPathComponent(".build/debug/claimcheck").path
    }

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// `claimcheck verify`-style run with the bundled rules and reference data.
    static func run(_ arguments: [String], input: Data = Data()) throws -> Run {
        try runBinary(
            arguments + ["--rules", root.appendingPathComponent("Rules").path, "--reference", root.appendingPathComponent("Corpus/reference").path],
            input: input)
    }

    /// The binary run with exactly `arguments`, `input` on its standard input.
    static func runBinary(_ arguments: [String], input: Data = Data()) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Feed and drain on separate threads so a large input cannot deadlock on full pipes.
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = Locked()
        let reader = Thread { errorData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while errorData.get() == nil { usleep(1000) }
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), errors: String(decoding: errorData.get()!, as: UTF8.self))
    }

    final class Locked: @unchecked Sendable {
        private var data: Data?
        private let lock = NSLock()
        func set(_ value: Data) { lock.withLock { data = value } }
        func get() -> Data? { lock.withLock { data } }
    }

    static func article(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Corpus/articles/\(name)"), encoding: .utf8)
    }

    static func jsonLine(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func object(_ line: Substring) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    /// The claims `claimcheck verify` writes for files, as JSON text per report name.
    static func plainReports(_ paths: [String], date: String? = nil) throws -> [String: [String: Any]] {
        let out = NSTemporaryDirectory() + "claimcheck-plain-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try run(["verify"] + paths + ["--no-db", "--out", out] + (date.map { ["--date", $0] } ?? []))
        #expect(run.status == 0, "\(run.errors)")
        var reports: [String: [String: Any]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out) where name.hasSuffix(".json") && name != "summary.json" {
            let data = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
            reports[String(name.dropLast(5))] = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
        return reports
    }

    static func same(_ left: Any?, _ right: Any?) throws -> Bool {
        guard let left, let right else { return left == nil && right == nil }
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .fragmentsAllowed]
        return try JSONSerialization.data(withJSONObject: left, options: options) == JSONSerialization.data(withJSONObject: right, options: options)
    }

    // MARK: JSON Lines

    @Test func jsonlGivesOneLinePerRecordInOrderWithTheFileReports() throws {
        let names = ["caravan-article.html", "tribune-inflation-may-2022.html", "caravan-article.txt"]
        var input = ""
        for (index, name) in names.enumerated() {
            let field = name.hasSuffix(".txt") ? "text" : "html"
            input += try Self.jsonLine(["id": "a\(index)", field: try Self.article(name), "date": "2022-06-07"]) + "\n"
        }
        let run = try Self.run(["verify", "--jsonl", "-", "--jobs", "2"], input: Data(input.utf8))
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == names.count)
        let plain = try Self.plainReports(names.map { Self.root.appendingPathComponent("Corpus/articles/\($0)").path }, date: "2022-06-07")
        for (index, line) in lines.enumerated() {
            let object = try Self.object(line)
            #expect(object["id"] as? String == "a\(index)")
            let reportName = names[index] == "caravan-article.txt" ? "caravan-article-2" : String(names[index].split(separator: ".")[0])
            let report = try #require(plain[reportName])
            #expect(try Self.same(object["claims"], report["claims"]), "claims of \(names[index])")
            #expect(object["title"] as? String == report["title"] as? String)
            #expect(object["published"] as? String == report["published"] as? String)
        }
    }

    struct BadRecord: Sendable, CustomStringConvertible {
        var line: String
        var error: String
        var description: String { line }
    }

    static let badRecords: [BadRecord] = [
        BadRecord(line: "{\"id\": \"x\", \"html\": ", error: #"{"id":null,"line":2,"error":{"step":"input","reason":"the line is not valid JSON"}}"#),
        BadRecord(line: "[1, 2]", error: #"{"id":null,"line":2,"error":{"step":"input","reason":"the line is not a JSON object"}}"#),
        BadRecord(line: "{\"html\": \"<p>Text</p>\"}", error: #"{"id":null,"line":2,"error":{"step":"input","reason":"the record has no \"id\" (string or number)"}}"#),
        BadRecord(line: "{\"id\": \"b\"}", error: #"{"id":"b","line":2,"error":{"step":"input","reason":"the record has neither \"html\" nor \"text\" (a string)"}}"#),
        BadRecord(line: "{\"id\": 7, \"text\": \"  \"}", error: #"{"id":"7","line":2,"error":{"step":"ingest","reason":"empty document"}}"#),
        BadRecord(line: "{\"id\": \"d\", \"text\": \"It rose 5%.\", \"date\": \"June 7\"}", error: #"{"id":"d","line":2,"error":{"step":"input","reason":"\"date\" must start with YYYY-MM-DD, not 'June 7'"}}"#),
    ]

    /// A bad record costs its own line only: the records around it are still checked.
    @Test(arguments: badRecords)
    func badRecordGetsAnErrorLine(_ bad: BadRecord) throws {
        let good = try Self.jsonLine(["id": "g", "text": "The city bought 300 buses in 2021."])
        let run = try Self.run(["verify", "--jsonl", "-"], input: Data((good + "\n" + bad.line + "\n\n" + good + "\n").utf8))
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 3)
        guard lines.count == 3 else { return }
        #expect(lines[1] == Substring(bad.error))
        #expect(try Self.object(lines[0])["claims"] != nil)
        #expect(lines[0] == lines[2])
    }

    @Test func jsonlOnlyReadsStandardInput() throws {
        let run = try Self.run(["verify", "--jsonl", "records.jsonl"])
        #expect(run.status == 2)
        #expect(run.errors.contains("--jsonl reads standard input only"))
    }

    // MARK: WARC

    static func record(type: String, uri: String?, date: String, block: String) -> Data {
        var header = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(UUID().uuidString)>\r\nWARC-Date: \(date)\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        header += "Content-Length: \(block.utf8.count)\r\n\r\n"
        return Data((header + block + "\r\n\r\n").utf8)
    }

    static func chunked(_ body: String) -> String {
        var result = ""
        var rest = Substring(body)
        while !rest.isEmpty {
            let chunk = rest.utf8.prefix(1000)
            result += String(chunk.count, radix: 16) + "\r\n" + String(decoding: chunk, as: UTF8.self) + "\r\n"
            rest = Substring(String(decoding: rest.utf8.dropFirst(chunk.count), as: UTF8.self))
        }
        return result + "0\r\n\r\n"
    }

    /// A small crawl: warcinfo, a request, two HTML responses (one chunked, one undated page), an image, metadata.
    static func crawlRecords() throws -> [Data] {
        let caravan = try article("caravan-article.html")
        let undated = """
            <html><head><title>Border crossings climb</title></head><body><article>
            <h1>Border crossings climb</h1>
            <p>Agents recorded more than 200,000 encounters along the southwest border last month, officials said.</p>
            <p>Homeland Security Secretary Alejandro Mayorkas said the agency was adding staff.</p>
            </article></body></html>
            """
        return [
            record(type: "warcinfo", uri: nil, date: "2022-10-20T08:00:00Z", block: "software: test\r\n"),
            record(type: "request", uri: "https://news.example/caravan", date: "2022-10-20T08:00:01Z", block: "GET /caravan HTTP/1.1\r\nHost: news.example\r\n\r\n"),
            record(type: "response", uri: "https://news.example/caravan", date: "2022-10-20T08:00:01Z",
                   block: "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(caravan)),
            record(type: "response", uri: "https://news.example/logo.png", date: "2022-10-20T08:00:02Z",
                   block: "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\u{1}PNG"),
            record(type: "response", uri: "https://news.example/observer?page=1", date: "2022-10-20T08:00:03Z",
                   block: "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: \(undated.utf8.count)\r\n\r\n" + undated),
            record(type: "metadata", uri: "https://news.example/caravan", date: "2022-10-20T08:00:04Z", block: "fetchTimeMs: 12\r\n"),
        ]
    }

    static func gzip(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -n -c"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return result
    }

    enum Packing: String, CaseIterable, Sendable {
        case plain = "crawl.warc"
        case gzipPerRecord = "crawl.warc.gz"
    }

    @Test(arguments: Packing.allCases)
    func warcResponsesAreArticles(_ packing: Packing) throws {
        let folder = NSTemporaryDirectory() + "claimcheck-warc-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        var bytes = Data()
        for record in try Self.crawlRecords() { bytes += packing == .plain ? record : try Self.gzip(record) }
        try bytes.write(to: URL(fileURLWithPath: folder + "/in/" + packing.rawValue))

        // The folder is searched for archives as for pages.
        let run = try Self.run(["verify", folder + "/in", "--no-db", "--out", folder + "/out"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("4 WARC records without an HTML page, skipped"))
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/out/summary.json"))) as? [String: Any])
        let articles = try #require(summary["articles"] as? [[String: Any]])
        #expect(articles.map { $0["source"] as? String } == ["https://news.example/caravan", "https://news.example/observer?page=1"])
        #expect(articles.map { $0["name"] as? String } == ["news.example-caravan", "news.example-observer-page-1"])

        let plain = try Self.plainReports([Self.root.appendingPathComponent("Corpus/articles/caravan-article.html").path])
        let caravan = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/out/news.example-caravan.json"))) as? [String: Any])
        #expect(try Self.same(caravan["claims"], plain["caravan-article"]?["claims"]))
        #expect(caravan["published"] as? String == "2022-06-07")

        // The second page carries no date of its own: the capture date stands in.
        let undated = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/out/news.example-observer-page-1.json"))) as? [String: Any])
        #expect(undated["published"] as? String == "2022-10-20")
        #expect(undated["url"] as? String == "https://news.example/observer?page=1")
    }

    @Test func truncatedArchiveIsAFailureNamingTheFile() throws {
        let folder = NSTemporaryDirectory() + "claimcheck-warc-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let records = try Self.crawlRecords()
        let whole = try Self.gzip(records[2])
        try (try Self.gzip(records[0]) + whole.prefix(whole.count / 2)).write(to: URL(fileURLWithPath: folder + "/cut.warc.gz"))
        let run = try Self.run(["verify", folder + "/cut.warc.gz", "--no-db", "--out", folder + "/out"])
        #expect(run.status == 0)
        #expect(run.output.contains("\(folder)/cut.warc.gz (ingest): truncated gzip member"))
    }
}
