import Foundation

/// Seconds spent per pipeline stage over a whole `verify` run, summed over all jobs (`--timings`).
final class StageTimings: @unchecked Sendable {
    enum Stage: String, CaseIterable {
        case read
        /// With the results database: the file's stamp, and when that changed, reading and hashing its bytes.
        case lookup
        /// libxml2's parse and the article extraction: both happen inside `Ingestor.ingest`.
        case ingest = "parse+extract"
        case sentences, claims, check, report, store
    }

    private var nanoseconds = [UInt64](repeating: 0, count: Stage.allCases.count)
    private let lock = NSLock()

    func add(_ stage: Stage, _ elapsed: UInt64) {
        lock.withLock { nanoseconds[Stage.allCases.firstIndex(of: stage)!] += elapsed }
    }

    /// One line per stage: seconds and share of the staged total, for standard error.
    func table() -> String {
        let total = max(1, nanoseconds.reduce(0, +))
        var text = "stage           seconds   share\n"
        for (stage, elapsed) in zip(Stage.allCases, nanoseconds) {
            let seconds = String(format: "%9.3f", Double(elapsed) / 1e9)
            let share = String(format: "%6.1f%%", Double(elapsed) * 100 / Double(total))
            text += stage.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0) + seconds + "  " + share + "\n"
        }
        return text + "total         " + String(format: "%9.3f", Double(total) / 1e9) + "\n"
    }

    /// Times consecutive stages of one article: each `lap` charges the time since the previous one.
    struct Clock {
        let timings: StageTimings?
        private var last = DispatchTime.now().uptimeNanoseconds

        init(_ timings: StageTimings?) { self.timings = timings }

        mutating func lap(_ stage: Stage) {
            guard let timings else { return }
            let now = DispatchTime.now().uptimeNanoseconds
            timings.add(stage, now - last)
            last = now
        }
    }
}
