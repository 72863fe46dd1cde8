import Check
import Foundation
import Report

/// What `claimcheck verify` needs from the results database during one run: the fingerprints of the rules,
/// datasets and settings taken once, the articles already recorded with them (read in one query at the
/// start), a lookup that says whether an article is unchanged, and recording of the newly checked ones.
/// Shared by all jobs of the run.
///
/// Writes are gathered and committed `articlesPerTransaction` articles at a time, or once the oldest has waited
/// `secondsPerTransaction`, by the job that fills the batch, outside the lock the jobs share, so the database is
/// never a step every article waits for; `finish` commits the rest. A run killed outright loses at most that
/// batch (about a second of work): its articles are checked again next time.
public final class IncrementalBatch: Sendable {
    public let store: ResultStore
    public let inputs: RunInputs
    private let run: Int64
    private let recorded: [String: RecordedArticle]
    private let pending = PendingChanges()
    static let articlesPerTransaction = 128
    static let secondsPerTransaction: UInt64 = 1

    /// `options` are the command-line settings that change results (e.g. the fallback publication date).
    public init(databasePath: String, rules: String, reference: String, options: [String]) throws(ResultStore.Failure) {
        do {
            inputs = RunInputs(
                rules: try FolderFingerprint.of(folder: rules), datasets: try FolderFingerprint.of(folder: reference),
                settings: RunInputs.settings(options: options))
        } catch {
            throw ResultStore.Failure(path: error.path, reason: error.reason)
        }
        store = try ResultStore(path: databasePath)
        recorded = try store.recordedArticles(inputs: inputs)
        run = try store.beginRun(inputs)
    }

    public struct Lookup: Sendable {
        /// The stored result when the article is unchanged since it was recorded.
        public var unchanged: RecordedArticle?
        /// The file's bytes, when they had to be read (nil when the stamp sufficed or the file is unreadable).
        public var bytes: [UInt8]?
        public var contentHash: String?
        public var stamp: FileStamp?
    }

    /// Whether `path` is unchanged: by its stamp alone when that matches, else by the hash of its bytes.
    public func lookup(path: String) throws(ResultStore.Failure) -> Lookup {
        let stamp = FileStamp.of(path: path)
        let known = recorded[path]
        if let stamp, let known, known.stamp == stamp { return Lookup(unchanged: known, stamp: stamp) }
        guard let bytes = FileStamp.contents(path: path) else { return Lookup(stamp: stamp) }
        let contentHash = ContentHash.hex(bytes.withUnsafeBytes { ContentHash.xxh64($0) })
        let unchanged = known?.contentHash == contentHash ? known : nil
        if unchanged != nil, let stamp { try add(.articleStamp(path: path, stamp)) }
        return Lookup(unchanged: unchanged, bytes: bytes, contentHash: contentHash, stamp: stamp)
    }

    /// Whether the unchanged article's JSON report at `reportPath` is the one recorded, by its stamp.
    public func reportIsCurrent(_ article: RecordedArticle, at reportPath: String) -> Bool {
        guard let report = article.report, report.path == reportPath else { return false }
        return FileStamp.of(path: reportPath) == report.stamp
    }

    /// The JSON report recorded for an unchanged article, to compare with or write over the file found.
    public func reportJSON(of article: RecordedArticle) throws(ResultStore.Failure) -> String {
        guard let json = try store.reportJSON(articleID: article.id) else {
            throw ResultStore.Failure(path: store.path, reason: "the report of \(article.source) is no longer stored")
        }
        return json
    }

    /// The unchanged article's lines of claimreview.jsonl.
    public func claimReviewLines(of article: RecordedArticle) throws(ResultStore.Failure) -> [String] {
        try store.claimReviewLines(articleID: article.id)
    }

    /// Records where the unchanged article's report now is, once it was found equal or written again.
    public func noteReport(of article: RecordedArticle, at reportPath: String) throws(ResultStore.Failure) {
        guard let file = ReportFile.at(reportPath) else { return }
        try add(.reportFile(path: article.source, file))
    }

    /// Records a checked article; `reportPath` is its JSON report when one was written.
    public func record(
        _ report: ArticleReport, reportJSON: ArticleJSON, claimReviewLines: [String], reportPath: String?, lookup: Lookup
    ) throws(ResultStore.Failure) {
        guard let contentHash = lookup.contentHash else { return }
        let record = try store.prepare(
            report, reportJSON: reportJSON, claimReviewLines: claimReviewLines, contentHash: contentHash, stamp: lookup.stamp,
            reportFile: reportPath.flatMap(ReportFile.at), inputs: inputs, run: run)
        try add(.article(record))
    }

    /// Commits what is pending, then closes the run with its counts.
    public func finish(checked: Int, skipped: Int, failed: Int) throws(ResultStore.Failure) {
        try store.write(pending.takeAll())
        try store.finishRun(run, checked: checked, skipped: skipped, failed: failed)
    }

    private func add(_ change: ResultStore.Change) throws(ResultStore.Failure) {
        guard let full = pending.add(change) else { return }
        try store.write(full)
    }

    /// Changes not yet committed, shared by the jobs.
    private final class PendingChanges: @unchecked Sendable {
        private var changes: [ResultStore.Change] = []
        /// When the oldest pending change came, in monotonic nanoseconds.
        private var oldest: UInt64 = 0
        private let lock = NSLock()

        /// Adds the change; returns the whole batch, taken out, once it holds enough or has waited long enough.
        func add(_ change: ResultStore.Change) -> [ResultStore.Change]? {
            let now = DispatchTime.now().uptimeNanoseconds
            return lock.withLock {
                if changes.isEmpty { oldest = now }
                changes.append(change)
                guard changes.count >= IncrementalBatch.articlesPerTransaction
                    || now - oldest >= IncrementalBatch.secondsPerTransaction * 1_000_000_000
                else { return nil }
                defer { changes = [] }
                return changes
            }
        }

        func takeAll() -> [ResultStore.Change] {
            lock.withLock {
                defer { changes = [] }
                return changes
            }
        }
    }
}
