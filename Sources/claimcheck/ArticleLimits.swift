import Foundation
import Ingest

/// The per-article budget of `verify` (`--max-bytes`, `--max-seconds`): one pathological page is
/// skipped with the reason instead of stalling or exhausting the batch.
struct ArticleLimits: Sendable {
    var maxBytes: Int
    var maxSeconds: Double

    /// Refuses an oversized file from its size on disk, before reading a byte of it.
    func sizeProblem(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > maxBytes else { return nil }
        return "skipped: \(status.st_size) bytes is over the limit of \(maxBytes) bytes (--max-bytes)"
    }

    func deadline() -> Deadline {
        Deadline(end: DispatchTime.now().uptimeNanoseconds + UInt64(maxSeconds * 1e9), maxSeconds: maxSeconds)
    }

    /// Checked between stages: a stage is never cut short, but no further stage starts once time is up.
    struct Deadline {
        let end: UInt64
        let maxSeconds: Double

        /// `stage` is only described once the deadline has passed: it is asked after every claim.
        func problem(after stage: @autoclosure () -> String) -> String? {
            guard DispatchTime.now().uptimeNanoseconds > end else { return nil }
            return "skipped: still unfinished after \(stage()) when the limit of \(maxSeconds.formatted()) s was reached (--max-seconds)"
        }
    }
}
