import Check
import Claims
import Foundation
import Ingest
import Report
import Sentences

/// The steps every article of `verify` goes through, whether it comes from a file, a WARC record or a JSON
/// Lines record: screen → ingest → sentences → claims → check → JSON report. A failure is returned, never thrown.
enum ArticlePipeline {
    struct Checked: Sendable {
        var report: ArticleReport
        /// The report as `NAME.json` holds it, with where each claim lies in it: written and stored as it is.
        var json: ArticleJSON
        var counts: [Verdict: Int]
    }

    enum Outcome: Sendable {
        case success(Checked)
        case failure(BatchSummary.Failure)
    }

    /// `url` stands in when the page names no canonical URL, `fallbackDate` when it carries no date.
    /// `clock` is charged each stage; `progress` hears the name of each step as it starts.
    static func check(
        bytes: [UInt8], source: String, format: Ingestor.Format, url: String?, fallbackDate: Day?, verifier: Verifier,
        limits: ArticleLimits, clock: inout StageTimings.Clock, progress: (String) -> Void = { _ in }
    ) -> Outcome {
        func failure(_ step: String, _ reason: String) -> Outcome { .failure(BatchSummary.Failure(source: source, step: step, reason: reason)) }
        let deadline = limits.deadline()
        if let problem = InputScreening.problem(with: bytes, maxBytes: limits.maxBytes) { return failure("ingest", problem) }
        let article: Article
        do {
            article = try Ingestor.ingest(bytes: bytes, source: source, format: format)
        } catch {
            return failure("ingest", error.reason)
        }
        clock.lap(.ingest)
        if let problem = deadline.problem(after: "ingest") { return failure("ingest", problem) }
        let articleDate = article.publishedDay.flatMap(Day.init(iso:)) ?? fallbackDate
        progress("claims")
        let sentences = SentenceSplitter.split(article)
        clock.lap(.sentences)
        if let problem = deadline.problem(after: "sentences") { return failure("claims", problem) }
        let claims = ClaimExtractor.claims(text: article.text, sentences: sentences, date: articleDate)
        clock.lap(.claims)
        if let problem = deadline.problem(after: "claims") { return failure("claims", problem) }
        progress("check")
        // Claims in one endless sentence each carry the whole sentence, so the deadline is asked after every claim.
        var overdue: String?
        let checked = verifier.check(claims, articleDate: articleDate) { done in
            overdue = deadline.problem(after: "checking \(done) of \(claims.count) claims")
            return overdue == nil
        }
        guard let checked else { return failure("check", overdue ?? "stopped") }
        clock.lap(.check)
        let report = ArticleReport(
            source: source, title: article.title, byline: article.byline, published: article.published ?? articleDate?.description,
            url: article.url ?? url, paragraphs: article.paragraphs, claims: checked)
        progress("report")
        do {
            let json = try JSONReport.articleJSON(report)
            let counts = checked.reduce(into: [Verdict: Int]()) { $0[$1.verdict, default: 0] += 1 }
            return .success(Checked(report: report, json: json, counts: counts))
        } catch {
            return failure("report", "cannot encode the report: \(error)")
        }
    }

    /// Writes `OUT/NAME.json` when asked for and the other per-article outputs; returns the article's
    /// ClaimReview lines.
    static func write(_ checked: Checked, name: String, out: String, outputs: ReportOutputs) throws(AtomicFile.Failure) -> [String] {
        if outputs.formats.contains(.json) { try AtomicFile.write(checked.json.bytes, to: reportPath(name: name, out: out)) }
        return try outputs.write(checked.report, name: name, out: out)
    }

    static func reportPath(name: String, out: String) -> String { (out as NSString).appendingPathComponent(name + ".json") }
}
