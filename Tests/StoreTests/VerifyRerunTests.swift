import Foundation
import Store
import Testing

/// `claimcheck verify` run twice over the same folder: the second run checks only what changed, and its
/// output is the same as a full run's.
@Suite(.serialized) struct VerifyRerunTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let executable = packageRoot.appendingPathComponent(".build/debug/claimcheck").path
    static let articles = ["crest-border-may-2022-summit.html", "prairie-cpi-june-2022.html", "keystone-jobs-november-2021.html"]

    struct Run {
        var status: Int32
        var output: String
        var error: String
    }

    /// A scratch copy of three corpus articles and of the rules, so that tests can edit them.
    final class Workspace {
        let folder: String
        init() throws {
            folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("verify-rerun-\(UUID().uuidString)")
            let manager = FileManager.default
            try manager.createDirectory(atPath: folder + "/articles", withIntermediateDirectories: true)
            for name in VerifyRerunTests.articles {
                try manager.copyItem(atPath: VerifyRerunTests.packageRoot.path + "/Corpus/articles/" + name, toPath: folder + "/articles/" + name)
            }
            try manager.copyItem(atPath: VerifyRerunTests.packageRoot.path + "/Rules", toPath: folder + "/Rules")
        }
        deinit { try? FileManager.default.removeItem(atPath: folder) }

        func verify(_ extra: [String] = [], jobs: Int = 1, out: String = "out") throws -> Run {
            try VerifyRerunTests.run(
                ["verify", folder + "/articles", "--rules", folder + "/Rules", "--reference", VerifyRerunTests.packageRoot.path + "/Corpus/reference",
                 "--out", folder + "/" + out, "--jobs", String(jobs)] + extra)
        }

        func contents(_ relative: String) -> String? {
            FileManager.default.contents(atPath: folder + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
        }

        func append(_ text: String, to relative: String) throws {
            let handle = try #require(FileHandle(forWritingAtPath: folder + "/" + relative))
            try handle.seekToEnd()
            handle.write(Data(text.utf8))
            try handle.close()
        }
    }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(
            FileManager.default.isExecutableFile(atPath: executable) ? executable : nil, "build claimcheck first: swift build"))
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self), error: String(decoding: errorData, as: UTF8.self))
    }

    @Test func rerunSkipsEverythingAndWritesTheSameReports() throws {
        let workspace = try Workspace()
        let first = try workspace.verify()
        #expect(first.status == 0)
        #expect(first.error.contains("0 unchanged, skipped"))
        let summary = try #require(workspace.contents("out/summary.json"))
        let claimReview = try #require(workspace.contents("out/claimreview.jsonl"))
        let index = try #require(workspace.contents("out/index.html"))
        let reports = Self.articles.map { workspace.contents("out/" + ($0 as NSString).deletingPathExtension + ".json") }
        try FileManager.default.removeItem(atPath: workspace.folder + "/out/" + (Self.articles[0] as NSString).deletingPathExtension + ".json")

        let second = try workspace.verify(jobs: 2)
        #expect(second.status == 0)
        #expect(second.error.contains("3 unchanged, skipped"))
        #expect(second.output == first.output)
        #expect(workspace.contents("out/summary.json") == summary)
        #expect(workspace.contents("out/claimreview.jsonl") == claimReview)
        #expect(workspace.contents("out/index.html") == index)
        #expect(Self.articles.map { workspace.contents("out/" + ($0 as NSString).deletingPathExtension + ".json") } == reports)
    }

    /// A re-run leaves a report that is as it was written untouched (same inode and time), and puts back one
    /// edited by hand, even with its size kept.
    @Test func rerunLeavesWrittenReportsAloneAndRestoresEditedOnes() throws {
        let workspace = try Workspace()
        _ = try workspace.verify()
        let names = Self.articles.map { "out/" + ($0 as NSString).deletingPathExtension + ".json" }
        let written = names.map { workspace.contents($0) }
        let stamps = names.map { FileStamp.of(path: workspace.folder + "/" + $0) }
        let original = try #require(written[1])
        let edited = original.replacingOccurrences(of: "\"verdict\":", with: "\"verdicT\":")
        #expect(edited != original && edited.utf8.count == original.utf8.count)
        try edited.write(toFile: workspace.folder + "/" + names[1], atomically: false, encoding: .utf8)

        #expect(try workspace.verify(jobs: 2).error.contains("3 unchanged, skipped"))
        #expect(names.map { workspace.contents($0) } == written)
        #expect(FileStamp.of(path: workspace.folder + "/" + names[0]) == stamps[0], "not rewritten")
        #expect(FileStamp.of(path: workspace.folder + "/" + names[2]) == stamps[2], "not rewritten")
    }

    @Test func missingArticlePageIsMadeAgain() throws {
        let workspace = try Workspace()
        _ = try workspace.verify()
        let page = "out/" + (Self.articles[0] as NSString).deletingPathExtension + ".html"
        let written = try #require(workspace.contents(page))
        try FileManager.default.removeItem(atPath: workspace.folder + "/" + page)
        #expect(try workspace.verify().error.contains("2 unchanged, skipped"))
        #expect(workspace.contents(page) == written)
    }

    @Test func editedArticleIsCheckedAgain() throws {
        let workspace = try Workspace()
        _ = try workspace.verify()
        try workspace.append("\n<p>Prices rose 9.1 percent in the year to June, the agency said.</p>\n", to: "articles/" + Self.articles[1])
        let second = try workspace.verify()
        #expect(second.error.contains("2 unchanged, skipped"))
        let fresh = try workspace.verify(["--no-db"], out: "fresh")
        #expect(second.output.replacingOccurrences(of: "/out/", with: "/fresh/") == fresh.output)
        #expect(workspace.contents("out/summary.json") == workspace.contents("fresh/summary.json"))
        #expect(workspace.contents("fresh/claimcheck.sqlite") == nil)
    }

    @Test func editedRuleFileChecksEverythingAgain() throws {
        let workspace = try Workspace()
        _ = try workspace.verify()
        let ruleFile = try #require(try FileManager.default.contentsOfDirectory(atPath: workspace.folder + "/Rules").sorted().first { $0.hasSuffix(".yaml") })
        try workspace.append("\n# reviewed\n", to: "Rules/" + ruleFile)
        #expect(try workspace.verify().error.contains("0 unchanged, skipped"))
        #expect(try workspace.verify().error.contains("3 unchanged, skipped"))
    }

    @Test func unreadableDatabaseIsNamed() throws {
        let workspace = try Workspace()
        try FileManager.default.createDirectory(atPath: workspace.folder + "/out", withIntermediateDirectories: true)
        try "not a database".write(toFile: workspace.folder + "/out/claimcheck.sqlite", atomically: true, encoding: .utf8)
        let run = try workspace.verify()
        #expect(run.status == 2)
        #expect(run.error.contains(workspace.folder + "/out/claimcheck.sqlite: cannot open the results database"))
    }
}
