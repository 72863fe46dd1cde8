import Check
import Claims
import Foundation

/// The per-article `NAME.json` and the batch `summary.json` that `claimcheck verify` writes.
public enum JSONReport {
    /// `{"source","title","published","url","claims":[…]}`; each claim is what `claimcheck claims` prints for it,
    /// followed by "verdict", "rule", "evidence" and "explanation".
    public static func article(_ report: ArticleReport) throws -> String {
        var lines = ["{"]
        lines.append("  \"source\": \(quote(report.source)),")
        lines.append("  \"title\": \(quote(report.title)),")
        lines.append("  \"published\": \(quote(report.published)),")
        lines.append("  \"url\": \(quote(report.url)),")
        let claims = try report.claims.map(claim)
        lines.append("  \"claims\": [" + (claims.isEmpty ? "]" : "\n    " + claims.joined(separator: ",\n    ") + "\n  ]"))
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One checked claim as a single-line JSON object.
    public static func claim(_ checked: CheckedClaim) throws -> String {
        let claimJSON = String(decoding: try encoder.encode(checked.claim), as: UTF8.self)
        let evidence = String(decoding: try encoder.encode(checked.evidence), as: UTF8.self)
        // The claim's own fields first, then the check stage's.
        var object = String(claimJSON.dropLast())
        if object != "{" { object += "," }
        object += "\"verdict\":\(quote(checked.verdict.rawValue)),\"rule\":\(quote(checked.rule)),"
        object += "\"evidence\":\(evidence),\"explanation\":\(quote(checked.explanation))}"
        return object
    }

    /// `{"articles":[…],"totals":{…},"failures":[…]}` with counts for every verdict, zeros included.
    public static func summary(_ summary: BatchSummary) -> String {
        func counts(_ counts: [Verdict: Int]) -> String {
            "{" + Verdict.allCases.map { "\(quote($0.rawValue)):\(counts[$0] ?? 0)" }.joined(separator: ",") + "}"
        }
        let articles = summary.articles.map { entry in
            "{\"source\":\(quote(entry.source)),\"name\":\(quote(entry.name)),\"title\":\(quote(entry.title)),"
                + "\"published\":\(quote(entry.published)),\"counts\":\(counts(entry.counts)),"
                + "\"claims\":\(entry.counts.values.reduce(0, +))}"
        }
        let failures = summary.failures.map { failure in
            "{\"source\":\(quote(failure.source)),\"step\":\(quote(failure.step)),\"reason\":\(quote(failure.reason))}"
        }
        func list(_ items: [String]) -> String { items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]" }
        var interruption = ""
        if let stop = summary.interruption {
            interruption = ",\n  \"interrupted\": {\"signal\":\(quote(stop.signal)),\"unfinished\":\(list(stop.unfinished.map { quote($0) }))}"
        }
        return "{\n  \"articles\": \(list(articles)),\n  \"totals\": \(counts(summary.totals)),\n  \"failures\": \(list(failures))\(interruption)\n}\n"
    }

    /// Sorted keys: JSONEncoder does not keep field order, and reports must be byte-identical run to run.
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func quote(_ string: String?) -> String {
        guard let string else { return "null" }
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
