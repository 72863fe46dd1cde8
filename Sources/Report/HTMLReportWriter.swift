import Check
import Claims
import Foundation
import Mustache

/// Writes the reviewer's pages: one per article (`NAME.html`) and the batch index (`index.html`).
///
/// Pages are self-contained (inline CSS and script, no external requests) and rendered with Mustache
/// templates, which escape every value. The parts that grow with the article, its marked-up text and the
/// claims list, and the verdict counts are built on UTF-8 bytes with the same escaping (`ArticleMarkup`,
/// `ClaimListHTML`, `VerdictCountsHTML`).
///
/// A batch uses it so (the writer is `Sendable`; one can serve all jobs):
///
///     let reviews = try Reviews(contentsOfFile: path)              // --reviews; LoadError names the file
///     let writer = try HTMLReportWriter(claimReviewWriter: ClaimReviewWriter(datePublished: today))
///     let applied = reviews.applied(to: report)                    // per article
///     let page = writer.renderArticle(report, name: name, reviews: applied)
///     write(page.html, to: "OUT/\(name).html")
///     lines += page.claimReviewLines                               // the JSON-LD the page embeds
///     write(writer.indexPage(summary), to: "OUT/index.html")       // once, at the end
///     write(lines joined by "\n", to: "OUT/claimreview.jsonl")
public struct HTMLReportWriter: Sendable {
    private let articleTemplate: MustacheTemplate
    private let indexTemplate: MustacheTemplate
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
        articleTemplate = try MustacheTemplate(string: Templates.articlePage)
        indexTemplate = try MustacheTemplate(string: Templates.indexPage)
        var library = MustacheLibrary()
        try library.register(Templates.pageHead, named: "head")
        self.library = library
        self.claimReviewWriter = claimReviewWriter
    }

    /// The page for one article. `name` is its base name in the output folder (`NAME.html`), used in the
    /// ClaimReview URLs; `reviews` are the reviewer decisions matched to this article (`Reviews.applied(to:)`).
    public func articlePage(_ report: ArticleReport, name: String, reviews: ArticleReviews = .none) -> String {
        renderArticle(report, name: name, reviews: reviews).html
    }

    /// An article's page with its ClaimReview lines, which the page embeds as JSON-LD and `claimreview.jsonl`
    /// gathers: built once for both.
    public struct RenderedArticle: Sendable {
        public var html: String
        /// `claimReviewWriter.jsonLines(for:pageName:reviews:)` of the article.
        public var claimReviewLines: [String]
    }

    public func renderArticle(_ report: ArticleReport, name: String, reviews: ArticleReviews = .none) -> RenderedArticle {
        let claimReviewLines = claimReviewWriter.jsonLines(for: report, pageName: name, reviews: reviews)
        let model = articleModel(report, reviews: reviews, claimReviewLines: claimReviewLines)
        return RenderedArticle(html: articleTemplate.render(model, library: library), claimReviewLines: claimReviewLines)
    }

    /// The batch index: one row per article, linking to `NAME.html`, and the files that failed.
    public func indexPage(_ summary: BatchSummary) -> String {
        indexTemplate.render(indexModel(summary), library: library)
    }

    // MARK: Article page

    func articleModel(_ report: ArticleReport, reviews: ArticleReviews, claimReviewLines: [String]) -> ArticlePageModel {
        let marks = report.claims.map { mark(for: $0, review: reviews.byClaim[$0.claim.id]) }
        let markup = ArticleMarkup.render(paragraphs: report.paragraphs, marks: marks)

        var attributionTexts: [String: String] = [:]
        for checked in report.claims {
            if case .attribution(let attribution) = checked.claim { attributionTexts[attribution.id] = attribution.text }
        }
        let claims = report.claims.enumerated().map { position, checked in
            claimModel(
                checked, number: position + 1, placed: markup.placed[position],
                review: reviews.byClaim[checked.claim.id], attributionTexts: attributionTexts)
        }
        var counts: [Verdict: Int] = [:]
        for checked in report.claims { counts[checked.verdict, default: 0] += 1 }
        let verdictCounts = Verdict.displayOrder.map { VerdictCount($0, count: counts[$0, default: 0]) }
        let unplaced = markup.placed.filter { !$0 }.count

        return ArticlePageModel(
            title: report.title.nonEmpty ?? Self.fileName(report.source),
            byline: report.byline.isEmpty ? nil : "By " + report.byline.joined(separator: ", "),
            published: report.published.nonEmpty,
            publishedLabel: report.published.nonEmpty.map(DateText.label),
            source: report.source,
            url: report.url.nonEmpty,
            urlHref: report.url.flatMap(Self.webLink),
            indexHref: "index.html",
            claimCount: report.claims.count,
            verdictChipsHTML: VerdictCountsHTML.chips(verdictCounts),
            verdictFiltersHTML: VerdictCountsHTML.filterButtons(verdictCounts),
            bodyHTML: markup.html,
            claimListHTML: ClaimListHTML.render(claims),
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
            reviewedCount: reviews.byClaim.isEmpty ? nil : reviews.byClaim.count,
            jsonLD: ClaimReviewWriter.scriptJSON(claimReviewLines))
    }

    /// The verdict icon sits in an empty element at the mark's very end, so a split mark shows it once.
    private static let finalClosingTag = Array("<span class=\"verdict-icon\" aria-hidden=\"true\"></span></mark>".utf8)

    private func mark(for checked: CheckedClaim, review: AppliedReview?) -> TextMark {
        let id = HTMLEscaping.escape(checked.claim.id)
        let kind = checked.claim.kindName
        var title = "\(checked.verdict.label) · \(kind) claim"
        var attributes = "class=\"claim\" data-verdict=\"\(checked.verdict.rawValue)\" data-claim-id=\"\(id)\" data-kind=\"\(kind)\""
        if let review {
            attributes += " data-review=\"\(review.review.decision.rawValue)\""
            title += " · reviewer: \(review.review.verdict.label)"
        }
        attributes += " title=\"\(HTMLEscaping.escape(title))\""
        return TextMark(
            start: checked.claim.start, end: checked.claim.end,
            openingTag: Array("<mark \(attributes) id=\"claim-\(id)\" tabindex=\"0\">".utf8),
            continuationTag: Array("<mark \(attributes) data-continued=\"\">".utf8),
            finalClosingTag: Self.finalClosingTag)
    }

    private func claimModel(
        _ checked: CheckedClaim, number: Int, placed: Bool, review: AppliedReview?, attributionTexts: [String: String]
    ) -> ClaimModel {
        var details = [Fact(term: "Rule", detail: checked.rule.nonEmpty ?? "No rule applied")]
        let sentence: String
        switch checked.claim {
        case .numeric(let claim):
            sentence = claim.sentence
            details += Self.numericDetails(claim, attributionTexts: attributionTexts)
        case .attribution(let claim):
            sentence = claim.sentence
            details += Self.attributionDetails(claim, attributionTexts: attributionTexts)
        }
        if !sentence.isEmpty { details.append(Fact(term: "Sentence", detail: sentence)) }
        return ClaimModel(
            id: checked.claim.id, number: number, kind: checked.claim.kindName,
            kindLabel: checked.claim.kindName == "numeric" ? "Number" : "Attribution",
            text: checked.claim.text,
            verdict: checked.verdict.rawValue, verdictLabel: checked.verdict.label, verdictIcon: checked.verdict.icon,
            explanation: checked.explanation.nonEmpty,
            evidence: checked.evidence.isEmpty ? nil : checked.evidence.map(Self.evidenceModel),
            details: details, review: review.map(Self.reviewModel), placed: placed)
    }

    private static func evidenceModel(_ evidence: Evidence) -> EvidenceModel {
        var facts: [Fact] = []
        func add(_ term: String, _ detail: String?) {
            if let detail, !detail.isEmpty { facts.append(Fact(term: term, detail: detail)) }
        }
        add("Dataset", evidence.dataset)
        add("Vintage", evidence.vintage)
        add("Reference", evidence.referenceValue.map(NumberText.format))
        for (vintage, value) in evidence.otherVintages.sorted(by: { $0.key < $1.key }) {
            add("Other vintage", "\(NumberText.format(value)) (\(vintage))")
        }
        add("Claimed", evidence.claimedValue.map(NumberText.format))
        add("Claimed bounds", boundsText(lower: evidence.claimedLower, upper: evidence.claimedUpper))
        add("Comparison", evidence.comparison)

        let columns = Array(Set(evidence.rows.flatMap(\.values.keys))).sorted()
        return EvidenceModel(
            evidenceRule: evidence.rule, facts: facts,
            table: evidence.rows.isEmpty
                ? nil
                : RowTable(
                    columns: columns,
                    rows: evidence.rows.map { row in TableRow(line: row.line, cells: columns.map { row.values[$0] ?? "" }) }))
    }

    private static func numericDetails(_ claim: NumericClaim, attributionTexts: [String: String]) -> [Fact] {
        let quantity = claim.quantity
        var facts = [Fact(term: "As written", detail: quantity.text)]
        func add(_ term: String, _ detail: String?) {
            if let detail, !detail.isEmpty { facts.append(Fact(term: term, detail: detail)) }
        }
        add("Value", quantity.value.map(NumberText.format))
        add("Qualifier", quantity.approximator.map { "\($0) (\(boundLabel(quantity.bound)))" })
        add("Bounds", boundsText(lower: quantity.lower, upper: quantity.upper))
        add("Unit", quantity.unit)
        add("Rate", quantity.rate.map { "per \($0)" })
        add("Counts", claim.measure)
        add("Period", (claim.period ?? quantity.period).map(periodText))
        add("Context", claim.subject.joined(separator: ", "))
        add("Attributed in", claim.attribution.map { attributionTexts[$0] ?? $0 })
        return facts
    }

    private static func attributionDetails(_ claim: AttributionClaim, attributionTexts: [String: String]) -> [Fact] {
        var facts = [Fact(term: "Speaker", detail: "\(claim.speaker.nonEmpty ?? "Not named") (\(claim.speakerKind.rawValue))")]
        func add(_ term: String, _ detail: String?) {
            if let detail, !detail.isEmpty { facts.append(Fact(term: term, detail: detail)) }
        }
        add("Title", claim.title)
        add("As written", claim.source)
        // A title stated in passing ("Vice President Kamala Harris, meanwhile, …") has no cue and no content.
        if !claim.cue.isEmpty {
            let cue = claim.cue == claim.cueLemma ? claim.cue : "\(claim.cue) (\(claim.cueLemma))"
            add("Cue", "\(cue) · \(claim.cueClass.rawValue)\(claim.negated ? " · negated" : "")")
        }
        add("Channel", claim.channel)
        add("When", claim.when.map(periodText))
        if !claim.content.isEmpty { add("Content", "“\(claim.content)” · \(quotationLabel(claim.direct))") }
        add("Within", claim.parent.map { attributionTexts[$0] ?? $0 })
        return facts
    }

    private static func boundLabel(_ bound: Quantity.Bound) -> String {
        switch bound {
        case .exact: "exact"
        case .approximate: "approximate"
        case .greaterThan: "greater than"
        case .atLeast: "at least"
        case .justBelow: "just below"
        case .lessThan: "less than"
        case .atMost: "at most"
        case .between: "between"
        case .vague: "vague"
        }
    }

    private static func quotationLabel(_ directness: AttributionClaim.Directness) -> String {
        switch directness {
        case .direct: "Direct quotation"
        case .indirect: "Reported speech"
        case .mixed: "Partly quoted"
        }
    }

    private static func reviewModel(_ applied: AppliedReview) -> ReviewModel {
        let review = applied.review
        return ReviewModel(
            decision: review.decision.rawValue,
            decisionLabel: review.decision == .confirmed ? "confirmed" : "overrode",
            isConfirmed: review.decision == .confirmed,
            reviewVerdict: review.verdict.rawValue, reviewVerdictLabel: review.verdict.label,
            reviewVerdictIcon: review.verdict.icon,
            note: review.note.nonEmpty, reviewer: review.reviewer.nonEmpty, reviewedAt: review.reviewedAt.nonEmpty,
            reviewedAtLabel: review.reviewedAt.nonEmpty.map(DateText.label),
            textChanged: applied.claimTextChanged, reviewedText: review.claimText,
            machineVerdictChanged: applied.machineVerdictChanged,
            reviewedMachineVerdict: review.machineVerdict.rawValue,
            reviewedMachineVerdictLabel: review.machineVerdict.label)
    }

    private static func periodText(_ period: Period) -> String {
        switch (period.from, period.to) {
        case let (from?, to?) where from == to: "\(period.text) (\(from))"
        case let (from?, to?): "\(period.text) (\(from) to \(to))"
        default: "\(period.text) (unresolved)"
        }
    }

    private static func boundsText(lower: Double?, upper: Double?) -> String? {
        switch (lower, upper) {
        case let (lower?, upper?) where lower == upper: "exactly \(NumberText.format(lower))"
        case let (lower?, upper?): "\(NumberText.format(lower)) to \(NumberText.format(upper))"
        case let (lower?, nil): "at least \(NumberText.format(lower))"
        case let (nil, upper?): "at most \(NumberText.format(upper))"
        case (nil, nil): nil
        }
    }

    // MARK: Index page

    func indexModel(_ summary: BatchSummary) -> IndexPageModel {
        var failuresBySource: [String: [FailureModel]] = [:]
        let failures = summary.failures.map { FailureModel(source: $0.source, step: $0.step, reason: $0.reason) }
        for failure in failures { failuresBySource[failure.source, default: []].append(failure) }

        let most = summary.articles.map { $0.counts.values.reduce(0, +) }.max() ?? 0
        let rows = summary.articles.map { entry in
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
                barWidth: total > 0 ? max(8, total * 100 / most) : nil,
                total: total,
                rowFailures: failuresBySource[entry.source])
        }
        let totals = summary.totals
        return IndexPageModel(
            articleCount: summary.articles.count,
            claimCount: totals.values.reduce(0, +),
            totals: Verdict.displayOrder.map { VerdictCount($0, count: totals[$0, default: 0]) },
            rows: rows,
            failures: failures,
            hasFailures: !failures.isEmpty,
            failureCount: failures.count)
    }

    /// The canonical URL as a link target when it is a web address; anything else (a `javascript:` URL in
    /// a hostile page) is shown as text only.
    private static func webLink(_ url: String) -> String? {
        let lowercased = url.lowercased()
        return lowercased.hasPrefix("https://") || lowercased.hasPrefix("http://") ? url : nil
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
