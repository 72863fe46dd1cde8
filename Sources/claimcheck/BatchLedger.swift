import Check
import Foundation
import Report

/// What a batch keeps of its finished articles, so that a batch of any size runs in the same memory: running
/// totals and the failures in memory, the articles' summary entries in a spill file, and the ClaimReview lines
/// straight in `claimreview.jsonl`. `summary.json`, the index page and the closing table are written from the
/// spill once the batch is done, one article at a time.
final class BatchLedger {
    private(set) var tally = BatchTally()
    private(set) var failures: [BatchSummary.Failure] = []
    /// Sources a signal stopped before they began.
    private(set) var notStarted: [String] = []
    private(set) var unchanged = 0
    private var table = SummaryTable()
    private let entries: EntrySpill
    private let claimReviews: AtomicFile.Stream?
    private let outputs: ReportOutputs
    private let out: String

    init(out: String, outputs: ReportOutputs) throws(AtomicFile.Failure) {
        self.out = out
        self.outputs = outputs
        entries = try EntrySpill(for: ReportOutputs.path(out, "summary.json"))
        claimReviews = outputs.formats.contains(.claimreview)
            ? try AtomicFile.Stream(path: ReportOutputs.path(out, "claimreview.jsonl")) : nil
    }

    /// Takes the articles in input order.
    func record(_ outcome: VerifyCommand.ArticleOutcome) {
        switch outcome {
        case .checked(let entry, let lines):
            add(entry, claimReviewLines: lines)
        case .unchanged(let entry, let lines):
            add(entry, claimReviewLines: lines)
            unchanged += 1
        case .failed(let failure):
            failures.append(failure)
        case .notStarted(let source):
            notStarted.append(source)
        }
    }

    private func add(_ entry: BatchSummary.ArticleEntry, claimReviewLines: [String]) {
        tally.add(entry)
        table.fit(entry)
        entries.append(entry)
        for line in claimReviewLines {
            claimReviews?.write(line)
            claimReviews?.write("\n")
        }
    }

    /// Writes `summary.json`, and `index.html` and `claimreview.jsonl` when their formats are asked for.
    func writeBatchFiles(interruption: BatchSummary.Interruption?) throws(AtomicFile.Failure) {
        let summary = try AtomicFile.Stream(path: ReportOutputs.path(out, "summary.json"))
        summary.write(JSONReport.summaryOpening)
        var first = true
        try entries.replay { entry in
            summary.write(JSONReport.summaryArticle(entry, first: first))
            first = false
        }
        summary.write(JSONReport.summaryClosing(tally, failures: failures, interruption: interruption))
        try summary.commit()

        if outputs.formats.contains(.html) {
            let index = try AtomicFile.Stream(path: ReportOutputs.path(out, "index.html"))
            let writer = outputs.writer
            let failuresBySource = Dictionary(grouping: failures, by: \.source)
            index.write(writer.indexHead(tally, failures: failures))
            try entries.replay { entry in
                index.write(writer.indexRow(entry, mostClaims: tally.mostClaims, failures: failuresBySource[entry.source] ?? []))
            }
            index.write(writer.indexTail(tally, failures: failures))
            try index.commit()
        }
        try claimReviews?.commit()
    }

    /// The closing table on standard output.
    func printTable(summaryPath: String) throws(AtomicFile.Failure) {
        var output = StandardOutput()
        output.write(table.header(totals: tally.counts))
        try entries.replay { entry in output.write(table.row(entry, totals: tally.counts)) }
        output.write(table.footer(totals: tally.counts, failures: failures, summaryPath: summaryPath))
        output.flush()
    }
}

/// Summary entries appended to a file as a batch goes and read back in order at its end. The file is unlinked
/// as soon as it is open, so it never outlives the process, however that ends; its problems are reported as
/// those of the file it is for.
final class EntrySpill {
    private let descriptor: Int32
    /// The file written from the entries.
    private let path: String
    private var buffer = WriteBuffer()

    init(for path: String) throws(AtomicFile.Failure) {
        self.path = path
        let spill = AtomicFile.temporaryPath(for: path + "-entries")
        descriptor = open(spill, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw AtomicFile.Failure(path: path, reason: String(cString: strerror(errno))) }
        unlink(spill)
    }

    deinit { close(descriptor) }

    /// A record is its length, then each field: a string as its length and UTF-8 bytes (`UInt32.max` for
    /// none), the counts as one number per verdict.
    func append(_ entry: BatchSummary.ArticleEntry) {
        let start = buffer.bytes.count
        appendNumber(0, width: 4)
        appendString(entry.source)
        appendString(entry.name)
        appendString(entry.title)
        appendString(entry.published)
        for verdict in Verdict.allCases { appendNumber(UInt64(entry.counts[verdict] ?? 0), width: 8) }
        let length = UInt32(buffer.bytes.count - start)
        for byte in 0..<4 { buffer.bytes[start + byte] = UInt8(truncatingIfNeeded: length >> (8 * byte)) }
        buffer.flushIfFull(to: descriptor)
    }

    /// Calls `body` with every entry appended so far, in order.
    func replay(_ body: (BatchSummary.ArticleEntry) -> Void) throws(AtomicFile.Failure) {
        buffer.flush(to: descriptor)
        guard buffer.failure == 0, lseek(descriptor, 0, SEEK_SET) == 0 else { throw problem(buffer.failure != 0 ? buffer.failure : errno) }
        var pending: [UInt8] = []
        var block = [UInt8](repeating: 0, count: WriteBuffer.flushSize)
        while true {
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw problem(errno)
            }
            if count == 0 { break }
            pending.append(contentsOf: block[..<count])
            var reader = Reader(bytes: pending)
            while let entry = reader.entry() { body(entry) }
            pending.removeFirst(reader.position)
        }
        guard pending.isEmpty else { throw AtomicFile.Failure(path: path, reason: "its spilled entries end inside a record") }
        if lseek(descriptor, 0, SEEK_END) < 0 { throw problem(errno) }
    }

    private func problem(_ code: Int32) -> AtomicFile.Failure {
        AtomicFile.Failure(path: path, reason: String(cString: strerror(code)))
    }

    private func appendNumber(_ value: UInt64, width: Int) {
        for byte in 0..<width { buffer.bytes.append(UInt8(truncatingIfNeeded: value >> (8 * byte))) }
    }

    private func appendString(_ string: String?) {
        guard let string else { return appendNumber(UInt64(UInt32.max), width: 4) }
        appendNumber(UInt64(string.utf8.count), width: 4)
        buffer.bytes.append(contentsOf: string.utf8)
    }

    /// Reads whole records; stops at one that is not all there yet.
    private struct Reader {
        let bytes: [UInt8]
        private(set) var position = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func entry() -> BatchSummary.ArticleEntry? {
            guard bytes.count - position >= 4 else { return nil }
            var field = position
            let length = Int(number(at: &field, width: 4))
            guard bytes.count - position >= length else { return nil }
            let source = string(at: &field) ?? ""
            let name = string(at: &field) ?? ""
            let title = string(at: &field)
            let published = string(at: &field)
            var counts: [Verdict: Int] = [:]
            for verdict in Verdict.allCases {
                let count = Int(number(at: &field, width: 8))
                if count > 0 { counts[verdict] = count }
            }
            position += length
            return BatchSummary.ArticleEntry(source: source, name: name, title: title, published: published, counts: counts)
        }

        private func number(at offset: inout Int, width: Int) -> UInt64 {
            var value: UInt64 = 0
            for byte in 0..<width { value |= UInt64(bytes[offset + byte]) << (8 * byte) }
            offset += width
            return value
        }

        private func string(at offset: inout Int) -> String? {
            let length = number(at: &offset, width: 4)
            guard length != UInt64(UInt32.max) else { return nil }
            defer { offset += Int(length) }
            return String(decoding: bytes[offset..<offset + Int(length)], as: UTF8.self)
        }
    }
}
