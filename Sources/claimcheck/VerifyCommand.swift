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

    @Argument(help: "Articles or folders (searched recursively for .html, .htm, .txt).")
    var paths: [String] = ["Corpus/articles"]

    @Option(help: "Folder of rule files.")
    var rules = "Rules"

    @Option(help: "Folder of reference datasets.")
    var reference = "Corpus/reference"

    @Option(help: "Folder the reports are written to.")
    var out = "reports"

    @Option(help: "Articles processed at the same time.")
    var jobs = 1

    @Option(name: .customLong("fail-on"), help: "Exit with status 1 when this verdict occurs (refuted or needs-review).")
    var failOn: [FailOn] = []

    @Option(help: "Publication date (YYYY-MM-DD) for articles that carry none.")
    var date: String?

    @Option(help: "Results database; articles unchanged since it recorded them (same bytes, rules, data and settings) are not checked again. Default: OUT/claimcheck.sqlite.")
    var db: String?

    @Flag(name: .customLong("no-db"), help: "Check every article and keep no results database.")
    var noDatabase = false

    @Flag(help: "Print the seconds spent per stage, summed over all jobs, on standard error.")
    var timings = false

    @Option(name: .customLong("max-bytes"), help: "Articles larger than this many bytes are skipped.")
    var maxBytes = InputScreening.defaultMaxBytes

    @Option(name: .customLong("max-seconds"), help: "An article still being checked after this many seconds is skipped.")
    var maxSeconds = 30.0

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be at least 1.") }
        guard maxSeconds > 0 else { throw ValidationError("--max-seconds must be more than 0.") }
        if let date, Day(iso: date) == nil || date.count != 10 { throw ValidationError("--date must be YYYY-MM-DD, not '\(date)'.") }
    }

    func run() throws {
        let verifier = try RuleLoading.verifier(rules: rules, reference: reference)
        let files = ArticleFiles.collect(paths)
        let names = ArticleFiles.reportNames(files.map(\.path))
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            Output.error("claimcheck: cannot create the output folder \(out): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        let progress = Progress(total: files.count)
        let fallbackDate = date.flatMap(Day.init(iso:))
        let database = try openDatabase()
        let stageTimings = timings ? StageTimings() : nil
        let limits = ArticleLimits(maxBytes: maxBytes, maxSeconds: maxSeconds)
        Interruption.install()
        let outcomes = WorkerPool.map(files.indices, jobs: jobs) { index -> ArticleOutcome in
            let file = files[index]
            // Articles already started finish; the rest are left for a re-run.
            if Interruption.requestedBy != nil { return .notStarted(file.path) }
            if let problem = file.problem { return .failed(BatchSummary.Failure(source: file.path, step: "ingest", reason: problem)) }
            return VerifyCommand.process(
                file.path, name: names[index], out: out, verifier: verifier, fallbackDate: fallbackDate, progress: progress,
                position: index + 1, database: database, timings: stageTimings, limits: limits)
        }

        var summary = BatchSummary(articles: [], failures: [])
        var unchanged = 0
        var notStarted: [String] = []
        for outcome in outcomes {
            switch outcome {
            case .checked(let entry): summary.articles.append(entry)
            case .unchanged(let entry):
                summary.articles.append(entry)
                unchanged += 1
            case .failed(let failure): summary.failures.append(failure)
            case .notStarted(let source): notStarted.append(source)
            }
        }
        let stopSignal = Interruption.requestedBy
        if let stopSignal {
            summary.interruption = BatchSummary.Interruption(signal: stopSignal == SIGINT ? "SIGINT" : "SIGTERM", unfinished: notStarted)
            Output.error("claimcheck: interrupted; \(notStarted.count) article\(notStarted.count == 1 ? "" : "s") not started, left for a re-run")
        }
        if let database {
            do {
                try database.finish(checked: summary.articles.count - unchanged, skipped: unchanged, failed: summary.failures.count)
            } catch {
                Output.error("claimcheck: \(error)")
            }
            Output.error("\(unchanged) unchanged, skipped")
        }
        if let stageTimings { Output.error(stageTimings.table()) }
        let summaryPath = (out as NSString).appendingPathComponent("summary.json")
        do {
            try AtomicFile.write(JSONReport.summary(summary), to: summaryPath)
        } catch {
            Output.error("claimcheck: \(error)")
            throw ExitCode(2)
        }
        Output.write(SummaryTable.render(summary, summaryPath: summaryPath))
        if let stopSignal { throw Interruption.exitCode(for: stopSignal) }
        if failOn.contains(where: { (summary.totals[$0.verdict] ?? 0) > 0 }) { throw ExitCode(1) }
    }

    /// The results database named by --db (OUT/claimcheck.sqlite by default), or nil with --no-db.
    func openDatabase() throws -> IncrementalBatch? {
        guard !noDatabase else { return nil }
        let path = db ?? (out as NSString).appendingPathComponent("claimcheck.sqlite")
        do {
            return try IncrementalBatch(databasePath: path, rules: rules, reference: reference, options: ["date=\(date ?? "")"])
        } catch {
            Output.error("claimcheck: \(error)")
            throw ExitCode(2)
        }
    }

    enum ArticleOutcome: Sendable {
        case checked(BatchSummary.ArticleEntry)
        /// Recorded in the results database with the same bytes, rules, data and settings: not checked again.
        case unchanged(BatchSummary.ArticleEntry)
        case failed(BatchSummary.Failure)
        /// A signal stopped the batch before this article began.
        case notStarted(String)
    }

    /// Ingest, extract, check and write one article; a failure is recorded, never thrown.
    static func process(
        _ path: String, name: String, out: String, verifier: Verifier, fallbackDate: Day?, progress: Progress, position: Int,
        database: IncrementalBatch?, timings: StageTimings?, limits: ArticleLimits
    ) -> ArticleOutcome {
        var clock = StageTimings.Clock(timings)
        let deadline = limits.deadline()
        let reportPath = (out as NSString).appendingPathComponent(name + ".json")
        progress.step(position, "ingest", path)
        if let problem = limits.sizeProblem(path) { return .failed(BatchSummary.Failure(source: path, step: "ingest", reason: problem)) }
        // Unreadable paths get Ingestor's own message below. (FileManager.contents(atPath:) leaks its buffer on empty files.)
        let bytes = try? Ingestor.contents(of: path)
        clock.lap(.read)
        if let bytes, let problem = InputScreening.problem(with: bytes, maxBytes: limits.maxBytes) {
            return .failed(BatchSummary.Failure(source: path, step: "ingest", reason: problem))
        }
        var contentHash: String?
        if let database, let bytes {
            do {
                let lookup = try database.lookup(path: path, bytes: bytes)
                clock.lap(.lookup)
                if let stored = lookup.unchanged {
                    do {
                        try AtomicFile.write(stored.reportJSON, to: reportPath)
                    } catch {
                        return .failed(BatchSummary.Failure(source: path, step: "report", reason: error.description))
                    }
                    clock.lap(.report)
                    return .unchanged(BatchSummary.ArticleEntry(source: path, name: name, title: stored.title, published: stored.published, counts: stored.counts))
                }
                contentHash = lookup.contentHash
            } catch {
                return .failed(BatchSummary.Failure(source: path, step: "store", reason: "\(error)"))
            }
        }
        let article: Article
        do {
            if let bytes {
                article = try Ingestor.ingest(bytes: bytes, source: path, format: Ingestor.format(of: path, bytes: bytes))
            } else {
                article = try Ingestor.ingest(path: path)
            }
        } catch {
            return .failed(BatchSummary.Failure(source: path, step: "ingest", reason: error.reason))
        }
        clock.lap(.ingest)
        if let problem = deadline.problem(after: "ingest") { return .failed(BatchSummary.Failure(source: path, step: "ingest", reason: problem)) }
        let articleDate = article.publishedDay.flatMap(Day.init(iso:)) ?? fallbackDate
        progress.step(position, "claims", path)
        let sentences = SentenceSplitter.split(article)
        clock.lap(.sentences)
        if let problem = deadline.problem(after: "sentences") { return .failed(BatchSummary.Failure(source: path, step: "claims", reason: problem)) }
        let claims = ClaimExtractor.claims(text: article.text, sentences: sentences, date: articleDate)
        clock.lap(.claims)
        if let problem = deadline.problem(after: "claims") { return .failed(BatchSummary.Failure(source: path, step: "claims", reason: problem)) }
        progress.step(position, "check", path)
        var checked: [CheckedClaim] = []
        checked.reserveCapacity(claims.count)
        // Claims in one endless sentence each carry the whole sentence, so the deadline is checked per claim.
        for claim in claims {
            checked.append(verifier.check(claim, articleDate: articleDate))
            if let problem = deadline.problem(after: "checking \(checked.count) of \(claims.count) claims") {
                return .failed(BatchSummary.Failure(source: path, step: "check", reason: problem))
            }
        }
        clock.lap(.check)
        let report = ArticleReport(
            source: path, title: article.title, byline: article.byline, published: article.published ?? articleDate?.description,
            url: article.url, paragraphs: article.paragraphs, claims: checked)
        progress.step(position, "report", path)
        do {
            let json = try JSONReport.article(report)
            try AtomicFile.write(json, to: reportPath)
            clock.lap(.report)
            if let database, let contentHash {
                try database.record(report, reportJSON: json, contentHash: contentHash)
                clock.lap(.store)
            }
        } catch let error as ResultStore.Failure {
            return .failed(BatchSummary.Failure(source: path, step: "store", reason: error.description))
        } catch let error as AtomicFile.Failure {
            return .failed(BatchSummary.Failure(source: path, step: "report", reason: error.description))
        } catch {
            return .failed(BatchSummary.Failure(source: path, step: "report", reason: "cannot encode the report: \(error)"))
        }
        let counts = checked.reduce(into: [Verdict: Int]()) { $0[$1.verdict, default: 0] += 1 }
        return .checked(BatchSummary.ArticleEntry(source: path, name: name, title: article.title, published: report.published, counts: counts))
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
                .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .sorted()
            files += found.map { File(path: (path as NSString).appendingPathComponent($0)) }
        }
        return files
    }

    /// File names without extension; a repeated name gets "-2", "-3", … in input order.
    static func reportNames(_ paths: [String]) -> [String] {
        var used: Set<String> = ["summary"]
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

/// Runs `work` over the indices on up to `jobs` threads; results come back in index order.
enum WorkerPool {
    static func map<Result: Sendable>(_ indices: Range<Int>, jobs: Int, _ work: @escaping @Sendable (Int) -> Result) -> [Result] {
        let results = Slots<Result>(count: indices.count)
        let next = Slots<Int>(count: 1)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, indices.count))) { _ in
            while let index = next.takeNext(limit: indices.upperBound, start: indices.lowerBound) {
                results.set(index - indices.lowerBound, work(index))
            }
        }
        return results.values()
    }

    /// Lock-guarded storage shared by the workers.
    final class Slots<Value>: @unchecked Sendable {
        private var storage: [Value?]
        private var counter = 0
        private let lock = NSLock()

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) { lock.withLock { storage[index] = value } }

        func values() -> [Value] { lock.withLock { storage.compactMap { $0 } } }

        func takeNext(limit: Int, start: Int) -> Int? {
            lock.withLock {
                let index = start + counter
                guard index < limit else { return nil }
                counter += 1
                return index
            }
        }
    }
}

/// The short table printed at the end of a run.
enum SummaryTable {
    static func render(_ summary: BatchSummary, summaryPath: String) -> String {
        let headers = ["article"] + Verdict.allCases.map(\.rawValue)
        var rows = summary.articles.map { entry in [entry.name] + Verdict.allCases.map { String(entry.counts[$0] ?? 0) } }
        rows.append(["total"] + Verdict.allCases.map { String(summary.totals[$0] ?? 0) })
        let widths = headers.indices.map { column in ([headers] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        var text = ([headers] + rows).map(line).joined(separator: "\n") + "\n"
        if !summary.failures.isEmpty {
            text += "\(summary.failures.count) file\(summary.failures.count == 1 ? "" : "s") failed:\n"
            text += summary.failures.map { "  \($0.source) (\($0.step)): \($0.reason)\n" }.joined()
        }
        return text + "Reports in \((summaryPath as NSString).deletingLastPathComponent)/\n"
    }
}
