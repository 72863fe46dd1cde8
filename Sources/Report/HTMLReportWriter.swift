import Check
import Claims
import Foundation
import Mustache

/// Writes the reviewer's pages: one per article (`NAME.html`) and the batch index (`index.html`).
///
/// Pages are self-contained (inline CSS and script, no external requests) and rendered with Mustache
/// templates, which escape every value. The parts that grow with the article, its marked-up text and the
/// claims list, and the verdict counts are built on UTF-8 bytes with the same escaping (`ArticleMarkup`,
/// `ClaimListHTML`, `ArticleShellHTML`).
///
/// A batch uses it so (the writer is `Sendable`; one can serve all jobs):
///
///     let reviews = try Reviews(contentsOfFile: path)              // --reviews; LoadError names the file
///     let writer = try HTMLReportWriter(claimReviewWriter: ClaimReviewWriter(datePublished: today))
///     let applied = reviews.applied(to: report)                    // per article
///     let page = writer.renderArticle(report, name: name, reviews: applied)
///     write(page.html, to: "OUT/\(name).html")
///     lines += page.claimReviewLines                               // the JSON-LD the page embeds
///     write(writer.indexPage(summary), to: "OUT/index.html")       // once, at the end (or, a row at a time,
///                                                                  // indexHead, indexRow per article, indexTail)
///     write(lines joined by "\n", to: "OUT/claimreview.jsonl")
public struct HTMLReportWriter: Sendable {
    private let articleHeader: MustacheTemplate
    private let articleMiddle: MustacheTemplate
    private let indexHeadTemplate: MustacheTemplate
    private let indexRowTemplate: MustacheTemplate
    private let indexTailTemplate: MustacheTemplate
    private let library: MustacheLibrary
    /// Builds the JSON-LD embedded in each article page.
    public var claimReviewWriter: ClaimReviewWriter

    /// Mustache's content types live in one global table that is not safe to write while another thread reads it,
    /// so the escaping is registered once for the process (a static `let` runs exactly once, thread-safely).
    private static let escapingRegistered: Void = {
        MustacheContentTypes.register(ClaimcheckHTMLContentType(), named: ClaimcheckHTMLContentType.name)
    }()

    public init(claimReviewWriter: ClaimReviewWriter = ClaimReviewWriter()) throws {
        Self.escapingRegistered
        articleHeader = try MustacheTemplate(string: Templates.articleHeader)
        articleMiddle = try MustacheTemplate(string: Templates.articleMiddle)
        indexHeadTemplate = try MustacheTemplate(string: Templates.indexHead)
        indexRowTemplate = try MustacheTemplate(string: Templates.indexRow)
        indexTailTemplate = try MustacheTemplate(string: Templates.indexTail)
        var library = MustacheLibrary()
        try library.register(Templates.pageHead, named: "head")
        self.library = library
        self.claimReviewWriter = claimReviewWriter
    }

    /// The page for one article. `name` is its base name in the output folder (`NAME.html`), used in the
    /// ClaimReview URLs; `reviews` are the reviewer decisions matched to this article (`Reviews.applied(to:)`).
    public func articlePage(_ report: ArticleReport, name: String, reviews: ArticleReviews = .none) -> String {
        String(decoding: renderArticle(report, name: name, reviews: reviews).html, as: UTF8.self)
    }

    /// An article's page with its ClaimReview lines, which the page embeds as JSON-LD and `claimreview.jsonl`
    /// gathers: built once for both.
    public struct RenderedArticle: Sendable {
        /// The page's UTF-8 bytes, ready to write.
        public var html: [UInt8]
        /// `claimReviewWriter.jsonLines(for:pageName:reviews:)` of the article.
        public var claimReviewLines: [String]
    }

    /// The page is written into one buffer in the order `Templates` gives: the engine's renderings of the
    /// shell between the stylesheet, the marked-up text, the claims list and the script, which are copied in
    /// or written in place, so the bulk of the page is never copied from string to string.
    public func renderArticle(_ report: ArticleReport, name: String, reviews: ArticleReviews = .none) -> RenderedArticle {
        let claimReviewLines = claimReviewWriter.jsonLines(for: report, pageName: name, reviews: reviews)
        let marks = report.claims.map { mark(for: $0, review: reviews.byClaim[$0.claim.id]) }
        var body: [UInt8] = []
        let placed = ArticleMarkup.render(paragraphs: report.paragraphs, marks: marks, into: &body)
        let model = TemplateRoot(articleModel(report, reviews: reviews, placed: placed))

        var page = HTMLBuilder(
            capacity: PageAssets.styleElement.count + PageAssets.scriptElement.count + body.count + report.claims.count * 4096
                + 16384)
        page.markup(Templates.articleOpening)
        page.markup(PageAssets.styleElement)
        page.markup(articleHeader.render(model))
        page.markup(body)
        page.markup(articleMiddle.render(model))
        ClaimListHTML.render(report.claims, placed: placed, reviews: reviews.byClaim, into: &page)
        page.markup(Templates.articleFooter)
        ClaimReviewWriter.appendScriptJSON(claimReviewLines, to: &page)
        page.markup(Templates.jsonLDClosing)
        page.markup(PageAssets.scriptElement)
        page.markup(Templates.articleClosing)
        return RenderedArticle(html: page.bytes, claimReviewLines: claimReviewLines)
    }

    /// The batch index: one row per article, linking to `NAME.html`, and the files that failed.
    public func indexPage(_ summary: BatchSummary) -> String {
        let tally = BatchTally(summary.articles)
        let failuresBySource = Dictionary(grouping: summary.failures, by: \.source)
        var page = indexHead(tally, failures: summary.failures)
        for entry in summary.articles {
            page += indexRow(entry, mostClaims: tally.mostClaims, failures: failuresBySource[entry.source] ?? [])
        }
        return page + indexTail(tally, failures: summary.failures)
    }

    // A batch writes `indexPage` in these parts, one article at a time, so that it never holds them all.

    public func indexHead(_ tally: BatchTally, failures: [BatchSummary.Failure]) -> String {
        indexHeadTemplate.render(TemplateRoot(indexModel(tally, failures: failures)), library: library)
    }

    /// An article's row; `failures` are those of the same source (a report that could not be written).
    public func indexRow(_ entry: BatchSummary.ArticleEntry, mostClaims: Int, failures: [BatchSummary.Failure]) -> String {
        indexRowTemplate.render(TemplateRoot(indexRowModel(entry, mostClaims: mostClaims, failures: failures)), library: library)
    }

    public func indexTail(_ tally: BatchTally, failures: [BatchSummary.Failure]) -> String {
        indexTailTemplate.render(TemplateRoot(indexModel(tally, failures: failures)), library: library)
    }

    // MARK: Article page

    /// The shell's values; `placed` tells for each claim whether its mark is in the text.
    func articleModel(_ report: ArticleReport, reviews: ArticleReviews, placed: [Bool]) -> ArticlePageModel {
        var counts = [Int](repeating: 0, count: Verdict.displayOrder.count)
        for index in report.claims.indices {
            counts[Verdict.displayOrder.firstIndex(of: report.claims[index].verdict)!] += 1
        }
        let verdictCounts = zip(Verdict.displayOrder, counts).map { VerdictCount($0, count: $1) }
        let unplaced = placed.filter { !$0 }.count

        return ArticlePageModel(
            title: report.title.nonEmpty ?? Self.fileName(report.source),
            source: report.source,
            metaHTML: ArticleShellHTML.meta(
                byline: report.byline, published: report.published.nonEmpty, url: report.url.nonEmpty),
            claimCount: report.claims.count,
            verdictChipsHTML: ArticleShellHTML.chips(verdictCounts),
            verdictFiltersHTML: ArticleShellHTML.filterButtons(verdictCounts),
            unplacedCount: unplaced > 0 ? unplaced : nil,
            unmatched: reviews.unmatched.isEmpty
                ? nil
                : UnmatchedReviews(
                    count: reviews.unmatched.count,
                    items: reviews.unmatched.map {
                        UnmatchedReviewModel(
                            claimID: $0.claimID, claimText: $0.claimText, reviewVerdictLabel: $0.verdict.label,
                            note: $0.note)
                    }),
            reviewedCount: reviews.byClaim.isEmpty ? nil : reviews.byClaim.count)
    }

    /// The verdict icon sits in an empty element at the mark's very end, so a split mark shows it once.
    private static let finalClosingTag = Array("<span class=\"verdict-icon\" aria-hidden=\"true\"></span></mark>".utf8)

    private func mark(for checked: CheckedClaim, review: AppliedReview?) -> TextMark {
        let kind = checked.claim.kindName
        // What the opening tag and the continuation tags share.
        var shared = HTMLBuilder(capacity: 256)
        shared.markup("<mark class=\"claim\" data-verdict=\"")
        shared.text(checked.verdict.rawValue)
        shared.markup("\" data-claim-id=\"")
        shared.text(checked.claim.id)
        shared.markup("\" data-kind=\"")
        shared.text(kind)
        if let review {
            shared.markup("\" data-review=\"")
            shared.text(review.review.decision.rawValue)
        }
        shared.markup("\" title=\"")
        shared.text(checked.verdict.label)
        shared.markup(" · ")
        shared.text(kind)
        shared.markup(" claim")
        if let review {
            shared.markup(" · reviewer: ")
            shared.text(review.review.verdict.label)
        }
        shared.markup("\"")
        var opening = shared
        opening.markup(" id=\"claim-")
        opening.text(checked.claim.id)
        opening.markup("\" tabindex=\"0\">")
        var continuation = shared
        continuation.markup(" data-continued=\"\">")
        return TextMark(
            start: checked.claim.start, end: checked.claim.end, openingTag: opening.bytes, continuationTag: continuation.bytes,
            finalClosingTag: Self.finalClosingTag)
    }

    // MARK: Index page

    func indexModel(_ tally: BatchTally, failures: [BatchSummary.Failure]) -> IndexPageModel {
        IndexPageModel(
            articleCount: tally.articles,
            claimCount: tally.claims,
            totals: Verdict.displayOrder.map { VerdictCount($0, count: tally.counts[$0, default: 0]) },
            failures: failures.map(FailureModel.init),
            hasFailures: !failures.isEmpty,
            failureCount: failures.count)
    }

    func indexRowModel(_ entry: BatchSummary.ArticleEntry, mostClaims: Int, failures: [BatchSummary.Failure]) -> IndexRow {
        let counts = Verdict.displayOrder.map { VerdictCount($0, count: entry.counts[$0, default: 0]) }
        let total = counts.reduce(0) { $0 + $1.count }
        return IndexRow(
            href: URLText.percentEncoded(entry.name) + ".html",
            title: entry.title.nonEmpty ?? entry.name,
            published: entry.published.nonEmpty,
            publishedLabel: entry.published.nonEmpty.map(DateText.label),
            source: entry.source,
            counts: counts,
            barSegments: counts.filter { $0.count > 0 },
            barLabel: counts.filter { $0.count > 0 }.map { "\($0.count) \($0.label.lowercased())" }.joined(separator: ", "),
            barWidth: total > 0 ? max(8, total * 100 / mostClaims) : nil,
            total: total,
            rowFailures: failures.isEmpty ? nil : failures.map(FailureModel.init))
    }

    private static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }
}

extension Claim {
    var kindName: String {
        switch self {
        case .numeric: "numeric"
        case .attribution: "attribution"
        }
    }
}

extension Optional where Wrapped == String {
    /// nil for nil and for the empty string, so that template sections skip both.
    var nonEmpty: String? {
        switch self {
        case .some(let value) where !value.isEmpty: value
        default: nil
        }
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
