import Foundation
import Testing

/// `claimcheck verify` when the machine misbehaves: a full disk, an output folder it may not write, and a run
/// stopped by a signal. Each gives a clear error naming the file, leaves no half-written report, keeps the
/// results database consistent, and a re-run completes the rest.
@Suite(.serialized) struct ReliabilityFaultTests {
    static let root = VerifySeedTests.root
    static let corpusArticles = ["crest-border-may-2022-summit.html", "prairie-cpi-june-2022.html", "keystone-jobs-november-2021.html"]

    struct Run {
        var status: Int32
        var stderr: String
    }

    static func launch(_ arguments: [String], errors: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = BadInputTests.binary
        process.arguments = ["verify"] + arguments + [
            "--date", "2022-06-07",
            "--rules", root.appendingPathComponent("Rules").path,
            "--reference", root.appendingPathComponent("Corpus/reference").path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    static func verify(_ arguments: [String]) throws -> Run {
        let errors = Pipe()
        let process = try launch(arguments, errors: errors)
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// A folder of corpus articles, each copied `copies` times under its own name.
    static func articles(copies: Int) throws -> String {
        let folder = try BadInputTests.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        for copy in 0..<copies {
            for name in corpusArticles {
                try FileManager.default.copyItem(
                    atPath: root.appendingPathComponent("Corpus/articles/" + name).path, toPath: folder + "/in/\(copy)-" + name)
            }
        }
        return folder
    }

    /// Every report left in `out` is whole: JSON parses, HTML pages end with their closing tag, and no temporary
    /// file is left (unless the process was killed while writing one: it is hidden and never read).
    static func expectOnlyWholeReports(in out: String) throws {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? [] {
            let path = out + "/" + name
            #expect(!name.hasSuffix(".tmp"), "temporary file left: \(name)")
            if name.hasSuffix(".json") {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "half-written report: \(name)")
            } else if name.hasSuffix(".html") {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                #expect(text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("</html>"), "half-written page: \(name)")
            }
        }
    }

    // MARK: A full disk and an unwritable folder

    /// Small file systems made with `mount -t tmpfs`: possible only as root where mounting is allowed (containers
    /// often forbid it), so these tests are skipped elsewhere.
    enum Mounts {
        static let available: Bool = {
            guard geteuid() == 0, let folder = try? BadInputTests.temporaryFolder() else { return false }
            defer { try? FileManager.default.removeItem(atPath: folder) }
            guard mount(folder, options: "size=64k") else { return false }
            unmount(folder)
            return true
        }()

        @discardableResult
        static func mount(_ folder: String, options: String) -> Bool {
            run("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", folder])
        }

        static func unmount(_ folder: String) { run("/bin/umount", [folder]) }

        @discardableResult
        static func run(_ tool: String, _ arguments: [String]) -> Bool {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return false }
            process.waitUntilExit()
            return process.terminationStatus == 0
        }
    }

    /// Fills a file system: writes to `path` until the disk refuses.
    static func fill(_ path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0x41, count: 4096)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    @Test(.enabled(if: Mounts.available, "needs root and permission to mount a tmpfs"))
    func aFullDiskIsAClearErrorAndARerunAfterFreeingSpaceFinishes() throws {
        let folder = try Self.articles(copies: 1)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let disk = folder + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        try #require(Mounts.mount(disk, options: "size=256k"))
        defer { Mounts.unmount(disk) }
        let out = disk + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        Self.fill(disk + "/filler")

        let full = try Self.verify([folder + "/in", "--out", out, "--no-db"])
        #expect(full.status == 2)
        #expect(full.stderr.contains("cannot write \(out)/summary.json: No space left on device"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty, "nothing, not half of something")

        try FileManager.default.removeItem(atPath: disk + "/filler")
        let rerun = try Self.verify([folder + "/in", "--out", out, "--no-db", "--format", "json"])
        #expect(rerun.status == 0)
        let summary = try BadInputTests.summary(out)
        #expect(summary.articles.count == Self.corpusArticles.count && summary.failures.isEmpty)
        try Self.expectOnlyWholeReports(in: out)
    }

    /// Reports that stop fitting part-way through a batch: the articles whose reports did not fit are listed
    /// with the file and the reason, every report written is whole, and the run does not crash.
    @Test(.enabled(if: Mounts.available, "needs root and permission to mount a tmpfs"))
    func aDiskFillingUpMidBatchLeavesOnlyWholeReports() throws {
        let folder = try Self.articles(copies: 4)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let disk = folder + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        try #require(Mounts.mount(disk, options: "size=160k"))
        defer { Mounts.unmount(disk) }

        let run = try Self.verify([folder + "/in", "--out", disk + "/out", "--no-db", "--jobs", "1"])
        #expect(run.status == 0 || run.status == 2, "a clear status, not a crash: \(run.status)")
        #expect(run.stderr.contains("No space left on device"))
        try Self.expectOnlyWholeReports(in: disk + "/out")
        if run.status == 0 {
            let failures = try BadInputTests.summary(disk + "/out").failures
            #expect(!failures.isEmpty && failures.allSatisfy { $0.reason.contains("cannot write \(disk)/out/") && $0.reason.contains("No space left on device") })
        }
    }

    @Test(.enabled(if: geteuid() != 0 || Mounts.available, "as root, needs permission to mount a read-only tmpfs"))
    func anOutputFolderThatCannotBeWrittenIsAClearError() throws {
        let folder = try Self.articles(copies: 1)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        // Root ignores permissions, so as root the folder is a read-only file system instead.
        let expected: String
        if geteuid() == 0 {
            try #require(Mounts.mount(out, options: "ro,size=64k"))
            expected = "Read-only file system"
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: out)
            expected = "Permission denied"
        }
        defer {
            if geteuid() == 0 { Mounts.unmount(out) } else { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: out) }
        }
        let run = try Self.verify([folder + "/in", "--out", out, "--no-db"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot write \(out)/summary.json: \(expected)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
    }

    // MARK: Interruption and the results database

    static let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"].first(where: FileManager.default.isExecutableFile)

    /// `PRAGMA integrity_check` and the number of articles recorded, through the sqlite3 shell.
    static func database(_ path: String, _ query: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(sqlite3))
        process.arguments = [path, query]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the run has written two reports: the signal lands mid-batch, after the handler is in place,
    /// and (one job) after the first article was recorded, which happens before the second is checked.
    static func awaitTwoReports(in out: String, of process: Process) {
        let limit = Date().addingTimeInterval(120)
        while process.isRunning, Date() < limit {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            if names.filter({ $0.hasSuffix(".json") && !$0.hasPrefix(".") }).count >= 2 { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// A temporary file whose process is gone (a run killed outright) is deleted by the next run; one of a live
    /// process (another run writing to the same folder) is left alone.
    @Test func abandonedTemporaryFilesAreRemoved() throws {
        let folder = try Self.articles(copies: 1)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        // PIDs stay below 2^22 on Linux, so this one names no process.
        let abandoned = out + "/.a.json.4194304.tmp", live = out + "/.b.json.\(getpid()).tmp"
        for path in [abandoned, live] { try Data("{\"clai".utf8).write(to: URL(fileURLWithPath: path)) }
        let run = try Self.verify([folder + "/in", "--out", out, "--format", "json"])
        #expect(run.status == 0)
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(FileManager.default.fileExists(atPath: live))
    }

    /// SIGINT asks the batch to stop; SIGKILL stops it dead, as a crash or power cut would. Either way the
    /// database passes SQLite's integrity check, and a re-run checks only what is missing and completes.
    @Test(.enabled(if: sqlite3 != nil, "needs the sqlite3 shell"), arguments: [SIGINT, SIGKILL])
    func anInterruptedRunLeavesAConsistentDatabaseAndARerunCompletes(_ signal: Int32) throws {
        let folder = try Self.articles(copies: 100)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/out"
        let total = Self.corpusArticles.count * 100
        let process = try Self.launch([folder + "/in", "--out", out, "--jobs", "1", "--format", "json"])
        Self.awaitTwoReports(in: out, of: process)
        if signal == SIGKILL {
            // Results are committed a batch at a time (at most a second apart): kill once one batch is in, so that
            // the re-run has something to skip and something to redo.
            let limit = Date().addingTimeInterval(120)
            while process.isRunning, Date() < limit,
                (try? Self.database(out + "/claimcheck.sqlite", "SELECT count(*) FROM articles;")).flatMap({ Int($0) }) ?? 0 == 0
            {
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
        try #require(process.isRunning, "the batch finished before it could be interrupted")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        if signal == SIGKILL {
            #expect(process.terminationReason == .uncaughtSignal)
        } else {
            #expect(process.terminationStatus == 128 + signal)
            #expect(try BadInputTests.summary(out).interrupted)
            try Self.expectOnlyWholeReports(in: out)
        }
        let databasePath = out + "/claimcheck.sqlite"
        #expect(try Self.database(databasePath, "PRAGMA integrity_check;") == "ok")

        let rerun = try Self.verify([folder + "/in", "--out", out, "--jobs", "1", "--format", "json"])
        #expect(rerun.status == 0)
        let summary = try BadInputTests.summary(out)
        #expect(summary.articles.count == total && summary.failures.isEmpty && !summary.interrupted)
        // The articles the interrupted run finished are not checked again.
        let skipped = rerun.stderr.split(separator: "\n").first { $0.hasSuffix("unchanged, skipped") }.flatMap { Int($0.split(separator: " ")[0]) }
        #expect((1..<total).contains(skipped ?? 0), "\(rerun.stderr)")
        #expect(try Self.database(databasePath, "PRAGMA integrity_check;") == "ok")
        // The re-run also removed the temporary files the killed run left.
        try Self.expectOnlyWholeReports(in: out)
    }
}
