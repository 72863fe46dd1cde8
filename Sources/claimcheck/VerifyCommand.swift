import ArgumentParser
import Check
import Claims
import Foundation
import Ingest
import Report
import Sentences
import Store

enum FailOn: String, ExpressibleByArgument, CaseIterable, Sendable {
    case refuted
    case needsReview = "needs-review"

    var verdict: Verdict { self == .refuted ? .refuted : .needsReview }
}

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every claim of the articles against the rules and reference data; write OUT/NAME.json and OUT/summary.json.",
        discussion: "Exit status: 0; 1 when a verdict named by --fail-on occurred; 2 on a usage error or an invalid rule set."
    )

    @Argument(help: "Articles, WARC archives (.warc, .warc.gz) or folders (searched recursively for .html, .htm, .txt, .warc, .warc.gz).")
    var paths: [String] = ["Corpus/articles"]

    @Option(help: "Folder of rule files.")
    var rules = "Rules"

    @Option(help: "Folder of reference datasets.")
    var reference = "Corpus/reference"

    @Option(help: "Folder the reports are written to.")
    var out = "reports"

    @Option(help: "Articles processed at the same time (default: the number of cores).")
    var jobs: Int?

    var jobCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    @Option(name: .customLong("fail-on"), help: "Exit with status 1 when this verdict occurs (refuted or needs-review).")
    var failOn: [FailOn] = []

    @Option(help: "Publication date (YYYY-MM-DD) for articles that carry none.")
    var date: String?

    @Option(help: "Results database; articles unchanged since it recorded them (same bytes, rules, data and settings) are not checked again. Default: OUT/claimcheck.sqlite.")
    var db: String?

    @Flag(name: .customLong("no-db"), help: "Check every article and keep no results database.")
    var noDatabase = false

    @Option(help: ArgumentHelp("Read JSON Lines records {\"id\", \"html\" or \"text\", \"url\"?, \"date\"?} from standard input and write one report line per record to standard output; no files are written.", valueName: "-"))
    var jsonl: String?

    @Flag(help: "Print the seconds spent per stage, summed over all jobs, on standard error.")
    var timings = false

    @Option(help: "Reports to write, comma-separated: html (NAME.html and index.html), json (NAME.json), claimreview (claimreview.jsonl).")
    var format: ReportFormats = .all

    @Option(help: "A reviews.json exported from the report pages; the reviewer's verdicts and notes are shown beside the machine's.")
    var reviews: String?

    @Option(name: .customLong("max-bytes"), help: "Articles larger than this many bytes are skipped.")
    var maxBytes = InputScreening.defaultMaxBytes

    @Option(name: .customLong("max-seconds"), help: "An article still being checked after this many seconds is skipped.")
    var maxSeconds = 30.0

    func validate() throws {
        guard jobCount >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be at least 1.") }
        guard maxSeconds > 0 else { throw ValidationError("--max-seconds must be more than 0.") }
        if let date, Day(iso: date) == nil || date.count != 10 { throw ValidationError("--date must be YYYY-MM-DD, not '\(date)'.") }
        if let jsonl, jsonl != "-" { throw ValidationError("--jsonl reads standard input only: pass '--jsonl -'.") }
    }

    func run() throws {
        // A batch stops cleanly on a signal, even one that arrives while the rules and data are still loading
        // (a stream of JSON Lines has no batch to stop: the default action ends it).
        if jsonl == nil { Interruption.install() }
        let stageTimings = timings ? StageTimings() : nil
        var runClock = StageTimings.Clock(stageTimings)
        let verifier = try RuleLoading.verifier(rules: rules, reference: reference)
        runClock.lap(.load)
        let outputs: ReportOutputs
        do {
            outputs = try ReportOutputs(formats: format, reviewsFile: reviews)
        } catch {
            Output.error("claimcheck: \(error)")
            throw ExitCode(2)
        }
        let limits = ArticleLimits(maxBytes: maxBytes, maxSeconds: maxSeconds)
        if jsonl != nil {
            return try StreamingVerify.run(verifier: verifier, jobs: jobCount, fallbackDate: date.flatMap(Day.init(iso:)), limits: limits)
        }
        let collected = ArticleFiles.collect(paths)
        let archives = collected.filter { $0.problem == nil && WARCReader.isArchive($0.path) }.map(\.path)
        let files = collected.filter { $0.problem != nil || !WARCReader.isArchive($0.path) }
        let names = ArticleFiles.reportNames(files.map(\.path))
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            Output.error("claimcheck: cannot create the output folder \(out): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        AtomicFile.removeAbandoned(in: out)
        let progress = Progress(total: files.count)
        let fallbackDate = date.flatMap(Day.init(iso:))
        let database = try openDatabase()
        let ledger: BatchLedger
        do {
            ledger = try BatchLedger(out: out, outputs: outputs)
        } catch {
            Output.error("claimcheck: \(error)")
            throw ExitCode(2)
        }
        var nextFile = files.startIndex
        // Reports are written as articles finish; the ledger takes them in input order, keeping no more than
        // the window's worth of finished articles waiting for a slower one.
        WorkerPool.stream(
            jobs: jobCount, window: jobCount * 4,
            next: { () -> Int? in
                guard nextFile < files.endIndex else { return nil }
                defer { nextFile += 1 }
                return nextFile
            },
            work: { index -> ArticleOutcome in
                let file = files[index]
                // Articles already started finish; the rest are left for a re-run.
                if Interruption.requestedBy != nil { return .notStarted(file.path) }
                if let problem = file.problem { return .failed(BatchSummary.Failure(source: file.path, step: "ingest", reason: problem)) }
                return VerifyCommand.process(
                    file.path, name: names[index], out: out, verifier: verifier, fallbackDate: fallbackDate, progress: progress,
                    position: index + 1, database: database, timings: stageTimings, outputs: outputs, limits: limits)
            },
            emit: ledger.record)

        let skippedRecords = WARCVerify.verify(
            archives: archives, out: out, verifier: verifier, fallbackDate: fallbackDate, jobs: jobCount, usedNames: names,
            outputs: outputs, limits: limits, record: ledger.record)
        if !archives.isEmpty { Output.error("\(skippedRecords) WARC record\(skippedRecords == 1 ? "" : "s") without an HTML page, skipped") }

        let stopSignal = Interruption.requestedBy
        var interruption: BatchSummary.Interruption?
        if let stopSignal {
            let notStarted = ledger.notStarted
            interruption = BatchSummary.Interruption(signal: stopSignal == SIGINT ? "SIGINT" : "SIGTERM", unfinished: notStarted)
            Output.error("claimcheck: interrupted; \(notStarted.count) article\(notStarted.count == 1 ? "" : "s") not started, left for a re-run")
        }
        if let database {
            do {
                try database.finish(
                    checked: ledger.tally.articles - ledger.unchanged, skipped: ledger.unchanged, failed: ledger.failures.count)
            } catch {
                Output.error("claimcheck: \(error)")
            }
            Output.error("\(ledger.unchanged) unchanged, skipped")
        }
        // The workers' clocks charged the articles; this thread's batch work starts now.
        runClock = StageTimings.Clock(stageTimings)
        let summaryPath = ReportOutputs.path(out, "summary.json")
        do {
            try ledger.writeBatchFiles(interruption: interruption)
            runClock.lap(.batchReports)
            if let stageTimings { Output.error(stageTimings.table()) }
            try ledger.printTable(summaryPath: summaryPath)
        } catch {
            Output.error("claimcheck: \(error)")
            throw ExitCode(2)
        }
        if let stopSignal { throw Interruption.exitCode(for: stopSignal) }
        if failOn.contains(where: { (ledger.tally.counts[$0.verdict] ?? 0) > 0 }) { throw ExitCode(1) }
    }

    /// The results database named by --db (OUT/claimcheck.sqlite by default), or nil with --no-db.
    func openDatabase() throws -> IncrementalBatch? {
        guard !noDatabase else { return nil }
        let path = db ?? (out as NSString).appendingPathComponent("claimcheck.sqlite")
        do {
            // What else shapes the outputs: the fallback date, the formats written and the reviews shown.
            let reviewsHash = reviews.flatMap { FileStamp.contents(path: $0) }.map { ContentHash.hex(ContentHash.xxh64($0)) } ?? ""
            let formats = ReportFormat.allCases.filter(format.contains).map(\.rawValue).joined(separator: ",")
            return try IncrementalBatch(
                databasePath: path, rules: rules, reference: reference,
                options: ["date=\(date ?? "")", "formats=\(formats)", "reviews=\(reviewsHash)"])
        } catch {
            Output.error("claimcheck: \(error)")
            throw ExitCode(2)
        }
    }

    enum ArticleOutcome: Sendable {
        /// Checked now; with the article's ClaimReview lines, which `claimreview.jsonl` gathers in input order.
        case checked(BatchSummary.ArticleEntry, claimReviewLines: [String])
        /// Recorded in the results database with the same bytes, rules, data and settings: not checked again.
        case unchanged(BatchSummary.ArticleEntry, claimReviewLines: [String])
        case failed(BatchSummary.Failure)
        /// A signal stopped the batch before this article began.
        case notStarted(String)
    }

    /// Ingest, extract, check and write one article, unless the results database has it unchanged; a
    /// failure is recorded, never thrown.
    static func process(
        _ path: String, name: String, out: String, verifier: Verifier, fallbackDate: Day?, progress: Progress, position: Int,
        database: IncrementalBatch?, timings: StageTimings?, outputs: ReportOutputs, limits: ArticleLimits
    ) -> ArticleOutcome {
        func failed(_ step: String, _ reason: String) -> ArticleOutcome { .failed(BatchSummary.Failure(source: path, step: step, reason: reason)) }
        var clock = StageTimings.Clock(timings)
        let reportPath = ArticlePipeline.reportPath(name: name, out: out)
        progress.step(position, "ingest", path)
        if let problem = limits.sizeProblem(path) { return failed("ingest", problem) }
        var lookup: IncrementalBatch.Lookup?
        if let database {
            do {
                lookup = try database.lookup(path: path)
                clock.lap(.lookup)
                // The article page is not stored: a missing one is made by checking the article again.
                let pagePresent = !outputs.formats.contains(.html)
                    || FileManager.default.fileExists(atPath: (out as NSString).appendingPathComponent(name + ".html"))
                if let recorded = lookup?.unchanged, pagePresent {
                    if outputs.formats.contains(.json) && !database.reportIsCurrent(recorded, at: reportPath) {
                        // Most re-runs find the report as it was written: rewriting it would only cost disk writes.
                        let json = try database.reportJSON(of: recorded)
                        if FileStamp.contents(path: reportPath)?.elementsEqual(json.utf8) != true {
                            do {
                                try AtomicFile.write(json, to: reportPath)
                            } catch {
                                return failed("report", error.description)
                            }
                        }
                        try database.noteReport(of: recorded, at: reportPath)
                    }
                    clock.lap(.report)
                    return .unchanged(
                        BatchSummary.ArticleEntry(source: path, name: name, title: recorded.title, published: recorded.published, counts: recorded.counts),
                        claimReviewLines: outputs.formats.contains(.claimreview) ? try database.claimReviewLines(of: recorded) : [])
                }
            } catch {
                return failed("store", "\(error)")
            }
        }
        let bytes: [UInt8]
        if let read = lookup?.bytes {
            bytes = read
        } else {
            do {
                bytes = try Ingestor.contents(of: path)
            } catch {
                return failed("ingest", error.reason)
            }
        }
        clock.lap(.read)
        let checked: ArticlePipeline.Checked
        switch ArticlePipeline.check(
            bytes: bytes, source: path, format: Ingestor.format(of: path, bytes: bytes), url: nil, fallbackDate: fallbackDate,
            verifier: verifier, limits: limits, clock: &clock, progress: { step in progress.step(position, step, path) })
        {
        case .success(let success): checked = success
        case .failure(let failure): return .failed(failure)
        }
        let claimReviewLines: [String]
        do {
            claimReviewLines = try ArticlePipeline.write(checked, name: name, out: out, outputs: outputs)
            clock.lap(.report)
        } catch {
            return failed("report", error.description)
        }
        if let database, let lookup {
            do {
                try database.record(
                    checked.report, reportJSON: checked.json, claimReviewLines: claimReviewLines,
                    reportPath: outputs.formats.contains(.json) ? reportPath : nil, lookup: lookup)
            } catch {
                return failed("store", error.description)
            }
            clock.lap(.store)
        }
        return .checked(
            BatchSummary.ArticleEntry(source: path, name: name, title: checked.report.title, published: checked.report.published, counts: checked.counts),
            claimReviewLines: claimReviewLines)
    }
}

/// Loads reference data and rules, or prints every problem and exits with status 2.
enum RuleLoading {
    static func verifier(rules: String, reference: String) throws -> Verifier {
        do {
            let library = try ReferenceLibrary.load(directory: reference)
            let ruleSet = try RuleSet.load(directory: rules, library: library)
            return Verifier(rules: ruleSet, library: library)
        } catch {
            for problem in error.problems { Output.error(problem.description) }
            Output.error("claimcheck: the rule set is invalid (\(error.problems.count) problem\(error.problems.count == 1 ? "" : "s")); run 'claimcheck rules lint' for details.")
            throw ExitCode(2)
        }
    }
}

/// The article files named on the command line, in order; folders are searched recursively.
enum ArticleFiles {
    struct File: Sendable {
        var path: String
        /// Why the path cannot be read, recorded as a failure.
        var problem: String?
    }

    /// Names of the batch's own files in the output folder, which no article report may take.
    static let reservedNames: Set<String> = ["summary", "index", "claimreview", "claimcheck"]

    static let extensions: Set<String> = ["html", "htm", "txt"]

    static func collect(_ paths: [String]) -> [File] {
        var files: [File] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                files.append(File(path: path, problem: "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(File(path: path))
                continue
            }
            let found = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) || WARCReader.isArchive($0) }
                .sorted()
            files += found.map { File(path: (path as NSString).appendingPathComponent($0)) }
        }
        return files
    }

    /// File names without extension; a repeated name gets "-2", "-3", … in input order.
    static func reportNames(_ paths: [String]) -> [String] {
        var used = reservedNames
        return paths.map { path in
            let base = safeName(((path as NSString).lastPathComponent as NSString).deletingPathExtension)
            var name = base.isEmpty ? "article" : base
            var suffix = 2
            while used.contains(name) {
                name = "\(base)-\(suffix)"
                suffix += 1
            }
            used.insert(name)
            return name
        }
    }

    /// A file name cannot climb out of the output folder, hide itself or carry control characters:
    /// separators and control characters become "_", leading dots are dropped.
    static func safeName(_ base: String) -> String {
        let cleaned = String(String.UnicodeScalarView(base.unicodeScalars.map { scalar in
            scalar == "/" || scalar == "\\" || scalar.properties.generalCategory == .control ? "_" : scalar
        }))
        return String(cleaned.drop(while: { $0 == "." }))
    }
}

/// `[i/n] step path` on standard error, only when it is a terminal.
final class Progress: @unchecked Sendable {
    let total: Int
    let enabled = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()

    init(total: Int) { self.total = total }

    func step(_ position: Int, _ step: String, _ path: String) {
        guard enabled else { return }
        lock.withLock { Output.error("[\(position)/\(total)] \(step) \(path)") }
    }
}

/// The jobs of a batch.
enum WorkerPool {
    /// Runs `work` on up to `jobs` threads over items taken one at a time from `next`, and hands each result to
    /// `emit` in input order as soon as it and every earlier one are done. At most `window` items are taken
    /// ahead of the oldest unfinished one, which bounds memory; a job waits only when the window is full, never
    /// for the slowest item of a batch. `next` and `emit` run one at a time, under a lock.
    static func stream<Item, Result>(
        jobs: Int, window: Int, next: @escaping () -> Item?, work: @escaping @Sendable (Item) -> Result, emit: @escaping (Result) -> Void
    ) {
        let stream = OrderedStream(window: max(1, window), next: next, emit: emit)
        DispatchQueue.concurrentPerform(iterations: max(1, jobs)) { _ in
            while let (sequence, item) = stream.take() {
                stream.finish(sequence, work(item))
            }
        }
    }

    /// The state `stream` shares between its jobs, guarded by one condition lock.
    final class OrderedStream<Item, Result>: @unchecked Sendable {
        private let condition = NSCondition()
        private let window: Int
        private let next: () -> Item?
        private let emit: (Result) -> Void
        private var taken = 0
        private var emitted = 0
        private var exhausted = false
        private var finished: [Int: Result] = [:]

        init(window: Int, next: @escaping () -> Item?, emit: @escaping (Result) -> Void) {
            self.window = window
            self.next = next
            self.emit = emit
        }

        /// The next item and its position in the input; nil once the input is exhausted.
        func take() -> (Int, Item)? {
            condition.lock()
            defer { condition.unlock() }
            while !exhausted && taken - emitted >= window { condition.wait() }
            guard !exhausted, let item = next() else {
                exhausted = true
                condition.broadcast()
                return nil
            }
            taken += 1
            return (taken - 1, item)
        }

        /// Records a result and emits every result now due, in input order.
        func finish(_ sequence: Int, _ result: Result) {
            condition.lock()
            defer { condition.unlock() }
            finished[sequence] = result
            while let due = finished.removeValue(forKey: emitted) {
                emit(due)
                emitted += 1
            }
            condition.broadcast()
        }
    }
}

/// The short table printed at the end of a run: a row per article, then the totals and the failures. Its
/// columns are fitted to the articles as they finish, so that the rows can be printed one at a time.
struct SummaryTable {
    private static let headers = ["article"] + Verdict.allCases.map(\.rawValue)
    private var widths = headers.map(\.count)

    init() { widths[0] = max(widths[0], "total".count) }

    static func render(_ summary: BatchSummary, summaryPath: String) -> String {
        var table = SummaryTable()
        for entry in summary.articles { table.fit(entry) }
        let totals = BatchTally(summary.articles).counts
        return table.header(totals: totals) + summary.articles.map { table.row($0, totals: totals) }.joined()
            + table.footer(totals: totals, failures: summary.failures, summaryPath: summaryPath)
    }

    mutating func fit(_ entry: BatchSummary.ArticleEntry) {
        widths[0] = max(widths[0], entry.name.count)
        for (column, verdict) in Verdict.allCases.enumerated() {
            widths[column + 1] = max(widths[column + 1], String(entry.counts[verdict] ?? 0).count)
        }
    }

    func header(totals: [Verdict: Int]) -> String { line(Self.headers, totals: totals) }

    func row(_ entry: BatchSummary.ArticleEntry, totals: [Verdict: Int]) -> String {
        line([entry.name] + Verdict.allCases.map { String(entry.counts[$0] ?? 0) }, totals: totals)
    }

    func footer(totals: [Verdict: Int], failures: [BatchSummary.Failure], summaryPath: String) -> String {
        var text = line(["total"] + Verdict.allCases.map { String(totals[$0] ?? 0) }, totals: totals)
        if !failures.isEmpty {
            text += "\(failures.count) file\(failures.count == 1 ? "" : "s") failed:\n"
            text += failures.map { "  \($0.source) (\($0.step)): \($0.reason)\n" }.joined()
        }
        return text + "Reports in \((summaryPath as NSString).deletingLastPathComponent)/\n"
    }

    /// The totals, the largest numbers, widen their columns too.
    private func line(_ cells: [String], totals: [Verdict: Int]) -> String {
        cells.enumerated().map { column, cell in
            let width = column == 0 ? widths[0] : max(widths[column], String(totals[Verdict.allCases[column - 1]] ?? 0).count)
            let padding = String(repeating: " ", count: width - cell.count)
            return column == 0 ? cell + padding : padding + cell
        }.joined(separator: "  ") + "\n"
    }
}
