import ArgumentParser
import Check
import Claims
import Foundation
import Ingest
import Report
import Sentences

/// `claimcheck verify --jsonl -`: one JSON Lines record in, one line out, in input order.
///
/// Records are read as jobs free up, a few per job at most ahead of the oldest unfinished one, and each line is
/// written as soon as it and every earlier one are done, so memory is bounded by that window, not the input.
enum StreamingVerify {
    struct Record: Sendable {
        var lineNumber: Int
        var line: [UInt8]
    }

    static func run(verifier: Verifier, jobs: Int, fallbackDate: Day?, limits: ArticleLimits) throws {
        let input = BufferedByteReader.standardInput()
        var lineNumber = 0
        var readFailure: String?
        var counts: [Verdict: Int] = [:]
        var failures = 0
        var recordCount = 0
        WorkerPool.stream(
            jobs: jobs, window: jobs * 4,
            next: { () -> Record? in
                do throws(Ingestor.Failure) {
                    while let line = try input.readLine() {
                        lineNumber += 1
                        // Blank lines (a trailing newline, a separator) are no records.
                        if line.contains(where: { $0 > 0x20 }) { return Record(lineNumber: lineNumber, line: line) }
                    }
                } catch {
                    readFailure = error.reason
                }
                return nil
            },
            work: { record in line(for: record, verifier: verifier, fallbackDate: fallbackDate, limits: limits) },
            emit: { line in
                FileHandle.standardOutput.write(Data(line.text.utf8))
                recordCount += 1
                if let lineCounts = line.counts { counts.merge(lineCounts, uniquingKeysWith: +) } else { failures += 1 }
            })
        if let readFailure {
            Output.error("claimcheck: cannot read standard input: \(readFailure)")
            throw ExitCode(2)
        }
        let totals = Verdict.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        Output.error("claimcheck: \(recordCount) record\(recordCount == 1 ? "" : "s"), \(failures) failed; \(totals)")
    }

    struct OutputLine: Sendable {
        var text: String
        /// Verdict counts of a checked record; nil for an error line.
        var counts: [Verdict: Int]?
    }

    /// `{"id",…report fields…}` or `{"id","line","error":{"step","reason"}}`, newline-terminated.
    static func line(for record: Record, verifier: Verifier, fallbackDate: Day?, limits: ArticleLimits) -> OutputLine {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(record.line)) as? [String: Any] else {
                return error(id: nil, record: record, step: "input", reason: "the line is not a JSON object")
            }
            object = parsed
        } catch {
            return Self.error(id: nil, record: record, step: "input", reason: "the line is not valid JSON")
        }
        let id: String
        switch object["id"] {
        case let text as String: id = text
        case let number as NSNumber: id = number.stringValue
        default: return error(id: nil, record: record, step: "input", reason: "the record has no \"id\" (string or number)")
        }
        let bytes: [UInt8]
        let format: Ingestor.Format
        if let html = object["html"] as? String {
            (bytes, format) = (Array(html.utf8), .html)
        } else if let text = object["text"] as? String {
            (bytes, format) = (Array(text.utf8), .plainText)
        } else {
            return error(id: id, record: record, step: "input", reason: "the record has neither \"html\" nor \"text\" (a string)")
        }
        var date = fallbackDate
        if let dateText = object["date"] as? String {
            guard let day = Day(iso: String(dateText.prefix(10))) else {
                return error(id: id, record: record, step: "input", reason: "\"date\" must start with YYYY-MM-DD, not '\(dateText)'")
            }
            date = day
        }
        let url = object["url"] as? String
        var clock = StageTimings.Clock(nil)
        switch ArticlePipeline.check(
            bytes: bytes, source: id, format: format, url: url, fallbackDate: date, verifier: verifier, limits: limits, clock: &clock)
        {
        case .success(let checked):
            return OutputLine(text: "{\"id\":\(JSONWriter.quote(id)),\(compactFields(String(decoding: checked.json.bytes, as: UTF8.self)))}\n", counts: checked.counts)
        case .failure(let failure):
            return error(id: id, record: record, step: failure.step, reason: failure.reason)
        }
    }

    static func error(id: String?, record: Record, step: String, reason: String) -> OutputLine {
        let idJSON = id.map(JSONWriter.quote) ?? "null"
        let text = "{\"id\":\(idJSON),\"line\":\(record.lineNumber),\"error\":{\"step\":\(JSONWriter.quote(step)),\"reason\":\(JSONWriter.quote(reason))}}\n"
        return OutputLine(text: text, counts: nil)
    }

    /// The fields of JSONReport.article's object on one line, without its braces. Every line break and indent
    /// in that JSON is layout: line breaks inside strings are escaped.
    static func compactFields(_ json: String) -> String {
        var fields = json.split(separator: "\n").map { $0.drop(while: { $0 == " " }) }.joined()
        fields.removeFirst()
        fields.removeLast()
        return fields
    }
}
