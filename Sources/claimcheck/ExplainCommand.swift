import ArgumentParser
import Check
import Claims
import Foundation
import Sentences

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "For rule authors: the claims in a sentence, every rule considered, why it matched or not, and the verdict."
    )

    @Argument(help: "The sentence to explain.")
    var sentence: String

    @Option(help: "The article's publication date (YYYY-MM-DD), for relative periods and vintages.")
    var date: String?

    @Option(help: "Folder of rule files.")
    var rules = "Rules"

    @Option(help: "Folder of reference datasets.")
    var reference = "Corpus/reference"

    func validate() throws {
        if let date, Day(iso: date) == nil || date.count != 10 { throw ValidationError("--date must be YYYY-MM-DD, not '\(date)'.") }
    }

    func run() throws {
        let verifier = try RuleLoading.verifier(rules: rules, reference: reference)
        let day = date.flatMap(Day.init(iso:))
        let claims = ClaimExtractor.claims(text: sentence, sentences: SentenceSplitter.split(paragraphs: [sentence]), date: day)
        var text = "Sentence: \(sentence)\nDate: \(day?.description ?? "none")\n"
        if claims.isEmpty { text += "\nNo claims found in the sentence.\n" }
        for claim in claims {
            let (considered, checked) = verifier.explain(claim, articleDate: day, siblings: claims)
            text += "\n" + Self.describe(claim) + "\n"
            for consideration in considered {
                if let reason = consideration.skipped {
                    text += "  \(consideration.rule): does not apply: \(reason)\n"
                } else if let outcome = consideration.outcome {
                    text += "  \(consideration.rule): applies → \(outcome.verdict.rawValue)\n"
                    if let comparison = outcome.evidence.comparison { text += "    comparison: \(comparison)\n" }
                    if let rows = Self.rows(outcome.evidence) { text += "    rows: \(rows)\n" }
                    text += "    \(outcome.explanation)\n"
                }
            }
            text += "  verdict: \(checked.verdict.rawValue)\(checked.rule.map { " (rule \($0))" } ?? "")\n  \(checked.explanation)\n"
        }
        Output.write(text)
    }

    static func describe(_ claim: Claim) -> String {
        switch claim {
        case .numeric(let numeric):
            let quantity = numeric.quantity
            let value = quantity.value.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int($0)) : String($0) } ?? "-"
            var parts = ["\(quantity.kind.rawValue) \(value)", "bound \(quantity.bound.rawValue)"]
            if let measure = numeric.measure { parts.append("measure '\(measure)'") }
            if let period = numeric.period ?? quantity.period { parts.append("period '\(period.text)' = \(period.from ?? "?")…\(period.to ?? "?") (\(period.granularity.rawValue))") }
            if let rate = quantity.rate { parts.append("per \(rate)") }
            if !numeric.subject.isEmpty { parts.append("subject \(numeric.subject.joined(separator: ", "))") }
            return "\(numeric.id) numeric \"\(numeric.text)\": " + parts.joined(separator: "; ")
        case .attribution(let attribution):
            var parts = ["source '\(attribution.source)'"]
            if let speaker = attribution.speaker { parts.append("speaker '\(speaker)'") }
            if let title = attribution.title { parts.append("title '\(title)'") }
            return "\(attribution.id) attribution: " + parts.joined(separator: "; ")
        }
    }

    static func rows(_ evidence: Evidence) -> String? {
        guard !evidence.rows.isEmpty else { return nil }
        let file = evidence.rows[0].file.map { ($0 as NSString).lastPathComponent } ?? evidence.dataset ?? ""
        let lines = evidence.rows.prefix(12).map { String($0.line) }.joined(separator: ", ")
        return "\(file) line\(evidence.rows.count == 1 ? "" : "s") \(lines)\(evidence.rows.count > 12 ? ", …" : "")"
            + (evidence.vintage.map { " (vintage \($0))" } ?? "")
    }
}
