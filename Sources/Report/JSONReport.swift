import Check
import Claims
import Foundation

/// The per-article `NAME.json` and the batch `summary.json` that `claimcheck verify` writes.
public enum JSONReport {
    /// `{"source","title","published","url","claims":[…]}`; each claim is what `claimcheck claims` prints for it,
    /// followed by "verdict", "rule", "evidence" and "explanation".
    public static func article(_ report: ArticleReport) throws -> String {
        String(decoding: try articleBytes(report), as: UTF8.self)
    }

    /// `article` as UTF-8 bytes, for writing the file without making (and validating) a string of them.
    public static func articleBytes(_ report: ArticleReport) throws -> [UInt8] { try articleJSON(report).bytes }

    /// `articleBytes`, with where each claim's object and its "evidence" array lie in them, noted as they are
    /// written so that the results database can keep those slices without looking for them again.
    public static func articleJSON(_ report: ArticleReport) throws -> ArticleJSON {
        var json = JSONBytes(capacity: 4096 + report.claims.count * 2048)
        json.raw("{\n  \"source\": ")
        json.string(report.source, escaping: .report)
        json.raw(",\n  \"title\": ")
        json.string(report.title, escaping: .report)
        json.raw(",\n  \"published\": ")
        json.string(report.published, escaping: .report)
        json.raw(",\n  \"url\": ")
        json.string(report.url, escaping: .report)
        json.raw(",\n  \"claims\": [")
        var claims: [ArticleJSON.ClaimSlices] = []
        claims.reserveCapacity(report.claims.count)
        for index in report.claims.indices {
            json.raw(index == 0 ? "\n    " : ",\n    ")
            let start = json.bytes.count
            let evidence = try json.write(report.claims[index])
            claims.append(ArticleJSON.ClaimSlices(object: start..<json.bytes.count, evidence: evidence))
        }
        json.raw(report.claims.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return ArticleJSON(bytes: json.bytes, claims: claims)
    }

    /// One checked claim as a single-line JSON object.
    public static func claim(_ checked: CheckedClaim) throws -> String {
        var json = JSONBytes(capacity: 2048)
        try json.write(checked)
        return json.text
    }

    /// `{"articles":[…],"totals":{…},"failures":[…]}` with counts for every verdict, zeros included.
    public static func summary(_ summary: BatchSummary) -> String {
        var json = summaryOpening
        for index in summary.articles.indices {
            json += summaryArticle(summary.articles[index], first: index == 0)
        }
        return json + summaryClosing(BatchTally(summary.articles), failures: summary.failures, interruption: summary.interruption)
    }

    // A batch writes `summary` in these parts, one article at a time, so that it never holds them all.

    public static let summaryOpening = "{\n  \"articles\": "

    /// An article of the list; `first` opens the list.
    public static func summaryArticle(_ entry: BatchSummary.ArticleEntry, first: Bool) -> String {
        (first ? "[\n    " : ",\n    ")
            + "{\"source\":\(quote(entry.source)),\"name\":\(quote(entry.name)),\"title\":\(quote(entry.title)),"
            + "\"published\":\(quote(entry.published)),\"counts\":\(counts(entry.counts)),"
            + "\"claims\":\(entry.counts.values.reduce(0, +))}"
    }

    /// Ends the list of articles (`tally` counts them) and writes the rest.
    public static func summaryClosing(
        _ tally: BatchTally, failures: [BatchSummary.Failure], interruption: BatchSummary.Interruption?
    ) -> String {
        func list(_ items: [String]) -> String { items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]" }
        let failureItems = failures.map { failure in
            "{\"source\":\(quote(failure.source)),\"step\":\(quote(failure.step)),\"reason\":\(quote(failure.reason))}"
        }
        var stop = ""
        if let interruption {
            stop = ",\n  \"interrupted\": {\"signal\":\(quote(interruption.signal)),\"unfinished\":\(list(interruption.unfinished.map { quote($0) }))}"
        }
        return (tally.articles == 0 ? "[]" : "\n  ]") + ",\n  \"totals\": \(counts(tally.counts)),\n  \"failures\": \(list(failureItems))\(stop)\n}\n"
    }

    private static func counts(_ counts: [Verdict: Int]) -> String {
        "{" + Verdict.allCases.map { "\(quote($0.rawValue)):\(counts[$0] ?? 0)" }.joined(separator: ",") + "}"
    }

    /// The report's escaping (only \n, \r, \t short), through the same writer as the claims.
    static func quote(_ string: String?) -> String {
        guard let string else { return "null" }
        var writer = JSONBytes(capacity: string.utf8.count + 2)
        writer.string(string, escaping: .report)
        return writer.text
    }
}

/// A JSON report as `JSONReport.articleJSON` writes it.
public struct ArticleJSON: Sendable {
    /// Where one claim's JSON lies in the report's bytes.
    public struct ClaimSlices: Sendable, Equatable {
        /// The claim's object, `{…}`, exactly as `JSONReport.claim` writes it.
        public var object: Range<Int>
        /// Its "evidence" array, `[…]`.
        public var evidence: Range<Int>
    }

    /// The report file's UTF-8 bytes.
    public var bytes: [UInt8]
    /// One per claim, in the report's order.
    public var claims: [ClaimSlices]
}

extension JSONBytes {
    /// The claim's own fields first, then the check stage's: "verdict", "rule", "evidence", "explanation".
    /// Returns where the "evidence" array lies in the bytes.
    @discardableResult
    mutating func write(_ checked: CheckedClaim) throws -> Range<Int> {
        try write(checked.claim)
        removeLastByte()  // the claim object's closing brace: the check stage's fields continue it
        key("verdict"); string(checked.verdict.rawValue, escaping: .report)
        key("rule"); string(checked.rule, escaping: .report)
        key("evidence")
        let evidenceStart = bytes.count
        beginArray()
        for evidence in checked.evidence {
            element()
            try write(evidence)
        }
        endArray()
        let evidence = evidenceStart..<bytes.count
        key("explanation"); string(checked.explanation, escaping: .report)
        endObject()
        return evidence
    }
}
