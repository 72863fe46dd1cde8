import Foundation

/// Seconds spent per pipeline stage over a whole `verify` run, summed over all jobs (`--timings`): wall-clock
/// time, and the thread's CPU time, which other processes on a shared machine do not inflate. The first and last
/// rows are the run's own: loading rules and data, and writing the batch's reports (index page, summary,
/// claimreview.jsonl), so the total is all of `verify`'s work.
final class StageTimings: @unchecked Sendable {
    enum Stage: String, CaseIterable {
        /// Rules and reference data, read and indexed once per run.
        case load
        case read
        /// With the results database: the file's stamp, and when that changed, reading and hashing its bytes.
        case lookup
        /// libxml2's parse and the article extraction: both happen inside `Ingestor.ingest`.
        case ingest = "parse+extract"
        case sentences, claims, check, report, store
        /// The reports of the whole batch, written when every article is done.
        case batchReports = "batch reports"
    }

    private var wallNanoseconds = [UInt64](repeating: 0, count: Stage.allCases.count)
    private var cpuNanoseconds = [UInt64](repeating: 0, count: Stage.allCases.count)
    private let lock = NSLock()

    func add(_ stage: Stage, wall: UInt64, cpu: UInt64) {
        let index = Stage.allCases.firstIndex(of: stage)!
        lock.withLock {
            wallNanoseconds[index] += wall
            cpuNanoseconds[index] += cpu
        }
    }

    /// One line per stage: wall seconds and share of the staged total, then the same for CPU time, for standard error.
    func table() -> String {
        let wallTotal = max(1, wallNanoseconds.reduce(0, +))
        let cpuTotal = max(1, cpuNanoseconds.reduce(0, +))
        func columns(_ elapsed: UInt64, of total: UInt64) -> String {
            String(format: "%9.3f", Double(elapsed) / 1e9) + "  " + String(format: "%6.1f%%", Double(elapsed) * 100 / Double(total))
        }
        var text = "stage           seconds   share   cpu s   share\n"
        let reportIndexes = [Stage.report, .batchReports].compactMap { Stage.allCases.firstIndex(of: $0) }
        for (index, stage) in Stage.allCases.enumerated() {
            text += stage.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
                + columns(wallNanoseconds[index], of: wallTotal) + columns(cpuNanoseconds[index], of: cpuTotal).dropFirst(2) + "\n"
        }
        text += "total         " + String(format: "%9.3f", Double(wallTotal) / 1e9) + "         "
            + String(format: "%7.3f", Double(cpuTotal) / 1e9) + "\n"
        // Writing reports, per article and for the batch: the share the report issue bounds.
        let reportWall = reportIndexes.reduce(0) { $0 + wallNanoseconds[$1] }
        let reportCPU = reportIndexes.reduce(0) { $0 + cpuNanoseconds[$1] }
        return text + "all reports   " + columns(reportWall, of: wallTotal) + columns(reportCPU, of: cpuTotal).dropFirst(2) + "\n"
    }

    /// Times consecutive stages of one article on one thread: each `lap` charges the time since the previous one.
    struct Clock {
        let timings: StageTimings?
        private var lastWall = DispatchTime.now().uptimeNanoseconds
        private var lastCPU = Clock.threadCPUNanoseconds()

        init(_ timings: StageTimings?) { self.timings = timings }

        mutating func lap(_ stage: Stage) {
            guard let timings else { return }
            let wall = DispatchTime.now().uptimeNanoseconds
            let cpu = Self.threadCPUNanoseconds()
            timings.add(stage, wall: wall - lastWall, cpu: cpu &- lastCPU)
            lastWall = wall
            lastCPU = cpu
        }

        private static func threadCPUNanoseconds() -> UInt64 {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
        }
    }
}
