import Check
import Foundation

/// What `claimcheck verify` needs from the results database during one run: the fingerprints of the rules,
/// datasets and settings taken once, a lookup that says whether an article's bytes were already checked with
/// them, and recording of the newly checked ones. Shared by all jobs of the run.
public final class IncrementalBatch: Sendable {
    public let store: ResultStore
    public let inputs: RunInputs
    private let run: Int64

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
        run = try store.beginRun(inputs)
    }

    public struct Lookup: Sendable {
        /// The stored result when the article is unchanged since it was recorded.
        public var unchanged: StoredArticle?
        /// The file's bytes, when they had to be read (nil when the stamp sufficed or the file is unreadable).
        public var bytes: [UInt8]?
        public var contentHash: String?
        public var stamp: FileStamp?
    }

    /// Whether `path` is unchanged: by its stamp alone when that matches, else by the hash of its bytes.
    public func lookup(path: String) throws(ResultStore.Failure) -> Lookup {
        let stamp = FileStamp.of(path: path)
        if let stamp, let stored = try store.unchangedArticle(path: path, stamp: stamp, inputs: inputs) {
            return Lookup(unchanged: stored, stamp: stamp)
        }
        guard let bytes = FileStamp.contents(path: path) else { return Lookup(stamp: stamp) }
        let contentHash = ContentHash.hex(bytes.withUnsafeBytes { ContentHash.xxh64($0) })
        let stored = try store.unchangedArticle(path: path, contentHash: contentHash, inputs: inputs)
        if stored != nil, let stamp { try store.updateStamp(path: path, stamp: stamp) }
        return Lookup(unchanged: stored, bytes: bytes, contentHash: contentHash, stamp: stamp)
    }

    public func record(_ report: ArticleReport, reportJSON: String, claimReviewLines: [String], lookup: Lookup) throws(ResultStore.Failure) {
        guard let contentHash = lookup.contentHash else { return }
        try store.record(
            report, reportJSON: reportJSON, claimReviewLines: claimReviewLines, contentHash: contentHash, stamp: lookup.stamp,
            inputs: inputs, run: run)
    }

    public func finish(checked: Int, skipped: Int, failed: Int) throws(ResultStore.Failure) {
        try store.finishRun(run, checked: checked, skipped: skipped, failed: failed)
    }
}
