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
        public var contentHash: String
        /// The stored result when the article is unchanged since it was recorded.
        public var unchanged: StoredArticle?
    }

    public func lookup(path: String, bytes: [UInt8]) throws(ResultStore.Failure) -> Lookup {
        let contentHash = ContentHash.hex(bytes.withUnsafeBytes { ContentHash.xxh64($0) })
        return Lookup(contentHash: contentHash, unchanged: try store.unchangedArticle(path: path, contentHash: contentHash, inputs: inputs))
    }

    public func record(_ report: ArticleReport, reportJSON: String, contentHash: String) throws(ResultStore.Failure) {
        try store.record(report, reportJSON: reportJSON, contentHash: contentHash, inputs: inputs, run: run)
    }

    public func finish(checked: Int, skipped: Int, failed: Int) throws(ResultStore.Failure) {
        try store.finishRun(run, checked: checked, skipped: skipped, failed: failed)
    }
}
