import ArgumentParser
import Check
import Foundation
import Report

/// The report formats `verify --format` accepts, comma-separated: `html,json,claimreview` (all by default).
enum ReportFormat: String, CaseIterable, Sendable {
    case html, json, claimreview
}

struct ReportFormats: ExpressibleByArgument, Sendable {
    var formats: Set<ReportFormat>

    init(_ formats: Set<ReportFormat>) { self.formats = formats }

    init?(argument: String) {
        var formats: Set<ReportFormat> = []
        for word in argument.split(separator: ",") {
            guard let format = ReportFormat(rawValue: word.trimmingCharacters(in: .whitespaces).lowercased()) else {
                return nil
            }
            formats.insert(format)
        }
        guard !formats.isEmpty else { return nil }
        self.formats = formats
    }

    static let all = ReportFormats(Set(ReportFormat.allCases))

    var defaultValueDescription: String { ReportFormat.allCases.map(\.rawValue).joined(separator: ",") }

    func contains(_ format: ReportFormat) -> Bool { formats.contains(format) }
}

/// Writes the reviewer's pages and the ClaimReview lines beside the JSON reports.
struct ReportOutputs: Sendable {
    let formats: ReportFormats
    let reviews: Reviews
    let writer: HTMLReportWriter

    init(formats: ReportFormats, reviewsFile: String?) throws {
        self.formats = formats
        reviews = try reviewsFile.map { try Reviews(contentsOfFile: $0) } ?? Reviews()
        writer = try HTMLReportWriter()
    }

    /// Writes `OUT/NAME.html` when asked for and returns the article's ClaimReview lines.
    func write(_ report: ArticleReport, name: String, out: String) throws(AtomicFile.Failure) -> [String] {
        guard formats.contains(.html) || formats.contains(.claimreview) else { return [] }
        let applied = reviews.applied(to: report)
        guard formats.contains(.html) else { return writer.claimReviewWriter.jsonLines(for: report, pageName: name, reviews: applied) }
        let page = writer.renderArticle(report, name: name, reviews: applied)
        try AtomicFile.write(page.html, to: Self.path(out, name + ".html"))
        return formats.contains(.claimreview) ? page.claimReviewLines : []
    }

    /// `file` in the folder `out`, as `appendingPathComponent` joins them, without bridging to NSString per article.
    static func path(_ out: String, _ file: String) -> String {
        out.isEmpty ? file : out.hasSuffix("/") ? out + file : out + "/" + file
    }
}
