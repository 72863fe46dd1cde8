import Check
import Claims

/// The claims list of the article page: one item per claim with its verdict, evidence panel and review slot.
///
/// It is the bulk of a page (some 3 KB per claim), so it is written on bytes straight from the checked claims,
/// without a view model in between and without the template engine, which costs microseconds per value looked
/// up. Every value is escaped by `HTMLBuilder`.
struct ClaimListHTML {
    /// The attribution texts by id, for the numbers they hold ("Attributed in") and the ones nested in them ("Within").
    private let attributionTexts: [String: String]
    private let reviews: [String: AppliedReview]

    static func render(_ claims: [CheckedClaim], placed: [Bool], reviews: [String: AppliedReview], into html: inout HTMLBuilder) {
        var attributionTexts: [String: String] = [:]
        for checked in claims {
            if case .attribution(let attribution) = checked.claim { attributionTexts[attribution.id] = attribution.text }
        }
        let list = ClaimListHTML(attributionTexts: attributionTexts, reviews: reviews)
        for position in claims.indices {
            list.item(claims[position], number: position + 1, placed: placed[position], into: &html)
        }
    }

    private func item(_ checked: CheckedClaim, number: Int, placed: Bool, into html: inout HTMLBuilder) {
        let id = checked.claim.id
        let verdict = checked.verdict.rawValue
        let kind = checked.claim.kindName
        let kindLabel: StaticString = kind == "numeric" ? "Number" : "Attribution"
        let applied = reviews.isEmpty ? nil : reviews[id]
        html.markup("<li class=\"claim-item v-")
        html.text(verdict)
        html.markup("\" data-verdict=\"")
        html.text(verdict)
        html.markup("\" data-claim-id=\"")
        html.text(id)
        html.markup("\" data-kind=\"")
        html.text(kind)
        html.markup("\">\n<details id=\"evidence-")
        html.text(id)
        html.markup("\" open>\n<summary>")
        Self.badge(checked.verdict, into: &html)
        html.markup("<span class=\"kind kind-")
        html.text(kind)
        html.markup("\">")
        html.markup(kindLabel)
        html.markup(" · #")
        html.text(number)
        html.markup("</span>")
        if let review = applied?.review {
            html.markup("<span class=\"badge reviewer v-")
            html.text(review.verdict.rawValue)
            html.markup("\"><span class=\"icon\" aria-hidden=\"true\">")
            html.text(review.verdict.icon)
            html.markup("</span>")
            if review.decision == .confirmed {
                html.markup("Confirmed by reviewer")
            } else {
                html.markup("Reviewer: ")
                html.text(review.verdict.label)
            }
            html.markup("</span>")
        }
        html.markup("<span class=\"local-review\" hidden></span><span class=\"claim-text\">")
        html.text(checked.claim.text)
        html.markup("</span></summary>\n<div class=\"panel\">\n")
        if placed {
            html.markup("<p class=\"locate\"><a href=\"#claim-")
            html.text(id)
            html.markup("\">Show in text</a></p>\n")
        } else {
            html.markup("<p class=\"warning\">Not placed in the text: its offsets fall outside the article.</p>\n")
        }
        if let applied { Self.appliedReview(applied, into: &html) }
        if !checked.explanation.isEmpty {
            html.markup("<p class=\"explanation\">")
            html.text(checked.explanation)
            html.markup("</p>\n")
        }
        for index in checked.evidence.indices { Self.evidence(checked.evidence[index], into: &html) }
        html.markup("<h3>")
        html.markup(kindLabel)
        html.markup("</h3>\n<dl>\n")
        Self.fact("Rule", checked.rule.nonEmpty ?? "No rule applied", into: &html)
        let sentence: String
        switch checked.claim {
        case .numeric(let claim):
            sentence = claim.sentence
            numericFacts(claim, into: &html)
        case .attribution(let claim):
            sentence = claim.sentence
            attributionFacts(claim, into: &html)
        }
        Self.fact("Sentence", sentence, into: &html)
        html.markup("</dl>\n")
        Self.reviewSlot(checked.claim.text, applied?.review, into: &html)
        html.markup("</div>\n</details>\n</li>\n")
    }

    private static func badge(_ verdict: Verdict, into html: inout HTMLBuilder) {
        html.markup("<span class=\"badge v-")
        html.text(verdict.rawValue)
        html.markup("\"><span class=\"icon\" aria-hidden=\"true\">")
        html.text(verdict.icon)
        html.markup("</span>")
        html.text(verdict.label)
        html.markup("</span>")
    }

    // MARK: Facts: one `<dt>`/`<dd>` pair each, left out when there is nothing to say

    private static func fact(_ term: StaticString, _ detail: String?, into html: inout HTMLBuilder) {
        guard let detail, !detail.isEmpty else { return }
        factTerm(term, into: &html)
        html.text(detail)
        html.markup("</dd>\n")
    }

    /// Opens a fact whose detail the caller writes in pieces, then closes with `</dd>\n`.
    private static func factTerm(_ term: StaticString, into html: inout HTMLBuilder) {
        html.markup("<dt>")
        html.markup(term)
        html.markup("</dt><dd>")
    }

    private func numericFacts(_ claim: NumericClaim, into html: inout HTMLBuilder) {
        let quantity = claim.quantity
        Self.factTerm("As written", into: &html)
        html.text(quantity.text)
        html.markup("</dd>\n")
        if let value = quantity.value { Self.fact("Value", NumberText.format(value), into: &html) }
        if let approximator = quantity.approximator {
            Self.factTerm("Qualifier", into: &html)
            html.text(approximator)
            html.markup(" (")
            html.markup(Self.boundLabel(quantity.bound))
            html.markup(")</dd>\n")
        }
        Self.bounds("Bounds", lower: quantity.lower, upper: quantity.upper, into: &html)
        Self.fact("Unit", quantity.unit, into: &html)
        if let rate = quantity.rate {
            Self.factTerm("Rate", into: &html)
            html.markup("per ")
            html.text(rate)
            html.markup("</dd>\n")
        }
        Self.fact("Counts", claim.measure, into: &html)
        if let period = claim.period ?? quantity.period { Self.period("Period", period, into: &html) }
        if !claim.subject.isEmpty { Self.fact("Context", claim.subject.joined(separator: ", "), into: &html) }
        if let attribution = claim.attribution { Self.fact("Attributed in", attributionTexts[attribution] ?? attribution, into: &html) }
    }

    private func attributionFacts(_ claim: AttributionClaim, into html: inout HTMLBuilder) {
        Self.factTerm("Speaker", into: &html)
        html.text(claim.speaker.nonEmpty ?? "Not named")
        html.markup(" (")
        html.text(claim.speakerKind.rawValue)
        html.markup(")</dd>\n")
        Self.fact("Title", claim.title, into: &html)
        Self.fact("As written", claim.source, into: &html)
        // A title stated in passing ("Vice President Kamala Harris, meanwhile, …") has no cue and no content.
        if !claim.cue.isEmpty {
            Self.factTerm("Cue", into: &html)
            html.text(claim.cue)
            if claim.cue != claim.cueLemma {
                html.markup(" (")
                html.text(claim.cueLemma)
                html.markup(")")
            }
            html.markup(" · ")
            html.text(claim.cueClass.rawValue)
            if claim.negated { html.markup(" · negated") }
            html.markup("</dd>\n")
        }
        Self.fact("Channel", claim.channel, into: &html)
        if let when = claim.when { Self.period("When", when, into: &html) }
        if !claim.content.isEmpty {
            Self.factTerm("Content", into: &html)
            html.markup("“")
            html.text(claim.content)
            html.markup("” · ")
            html.markup(Self.quotationLabel(claim.direct))
            html.markup("</dd>\n")
        }
        if let parent = claim.parent { Self.fact("Within", attributionTexts[parent] ?? parent, into: &html) }
    }

    private static func period(_ term: StaticString, _ period: Period, into html: inout HTMLBuilder) {
        factTerm(term, into: &html)
        html.text(period.text)
        switch (period.from, period.to) {
        case let (from?, to?) where from == to:
            html.markup(" (")
            html.text(from)
        case let (from?, to?):
            html.markup(" (")
            html.text(from)
            html.markup(" to ")
            html.text(to)
        default:
            html.markup(" (unresolved")
        }
        html.markup(")</dd>\n")
    }

    private static func bounds(_ term: StaticString, lower: Double?, upper: Double?, into html: inout HTMLBuilder) {
        switch (lower, upper) {
        case let (lower?, upper?) where lower == upper:
            factTerm(term, into: &html)
            html.markup("exactly ")
            html.text(NumberText.format(lower))
        case let (lower?, upper?):
            factTerm(term, into: &html)
            html.text(NumberText.format(lower))
            html.markup(" to ")
            html.text(NumberText.format(upper))
        case let (lower?, nil):
            factTerm(term, into: &html)
            html.markup("at least ")
            html.text(NumberText.format(lower))
        case let (nil, upper?):
            factTerm(term, into: &html)
            html.markup("at most ")
            html.text(NumberText.format(upper))
        case (nil, nil):
            return
        }
        html.markup("</dd>\n")
    }

    private static func boundLabel(_ bound: Quantity.Bound) -> StaticString {
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

    private static func quotationLabel(_ directness: AttributionClaim.Directness) -> StaticString {
        switch directness {
        case .direct: "Direct quotation"
        case .indirect: "Reported speech"
        case .mixed: "Partly quoted"
        }
    }

    // MARK: Evidence and reviews

    private static func evidence(_ evidence: Evidence, into html: inout HTMLBuilder) {
        html.markup("<section class=\"evidence\">\n<h3>Evidence <code>")
        html.text(evidence.rule)
        html.markup("</code></h3>\n<dl>\n")
        fact("Dataset", evidence.dataset, into: &html)
        fact("Vintage", evidence.vintage, into: &html)
        if let reference = evidence.referenceValue { fact("Reference", NumberText.format(reference), into: &html) }
        for (vintage, value) in evidence.otherVintages.isEmpty ? [] : evidence.otherVintages.sorted(by: { $0.key < $1.key }) {
            factTerm("Other vintage", into: &html)
            html.text(NumberText.format(value))
            html.markup(" (")
            html.text(vintage)
            html.markup(")</dd>\n")
        }
        if let claimed = evidence.claimedValue { fact("Claimed", NumberText.format(claimed), into: &html) }
        bounds("Claimed bounds", lower: evidence.claimedLower, upper: evidence.claimedUpper, into: &html)
        fact("Comparison", evidence.comparison, into: &html)
        html.markup("</dl>\n")
        if !evidence.rows.isEmpty { rows(evidence.rows, into: &html) }
        html.markup("</section>\n")
    }

    /// The reference rows the rule used, one column per value name any of them has.
    private static func rows(_ rows: [Evidence.Row], into html: inout HTMLBuilder) {
        // One row, the usual case, gives its cells in column order without a lookup per cell.
        let singleRow = rows.count == 1 ? rows[0].sortedValues.map { (key: $0.column, value: $0.value) } : nil
        var columns: [String] = []
        if let singleRow {
            columns = singleRow.map(\.key)
        } else {
            var names: [String] = []
            for row in rows { names.append(contentsOf: row.values.keys) }
            names.sort()
            for name in names where name != columns.last { columns.append(name) }
        }
        html.markup("<div class=\"rows\"><table>\n<caption>Rows used</caption>\n<thead><tr><th scope=\"col\">Line</th>")
        for column in columns {
            html.markup("<th scope=\"col\">")
            html.text(column)
            html.markup("</th>")
        }
        html.markup("</tr></thead>\n<tbody>\n")
        for row in rows {
            html.markup("<tr><td class=\"num\">")
            html.text(row.line)
            html.markup("</td>")
            // A row's values are a dictionary made on asking: made once per row, not per cell.
            let values = singleRow == nil ? row.values : [:]
            for cell in singleRow?.map(\.value) ?? columns.map({ values[$0] ?? "" }) {
                html.markup("<td>")
                html.text(cell)
                html.markup("</td>")
            }
            html.markup("</tr>\n")
        }
        html.markup("</tbody>\n</table></div>\n")
    }

    private static func appliedReview(_ applied: AppliedReview, into html: inout HTMLBuilder) {
        let review = applied.review
        html.markup("<div class=\"review-applied\">\n<p><strong>")
        html.text(review.reviewer.nonEmpty ?? "Reviewer")
        html.markup(review.decision == .confirmed ? " confirmed" : " overrode")
        html.markup("</strong>: ")
        badge(review.verdict, into: &html)
        if let reviewedAt = review.reviewedAt.nonEmpty {
            html.markup(" <time class=\"when\" datetime=\"")
            html.text(reviewedAt)
            html.markup("\">")
            html.text(DateText.label(reviewedAt))
            html.markup("</time>")
        }
        html.markup("</p>\n")
        if let note = review.note.nonEmpty {
            html.markup("<p class=\"note\">")
            html.text(note)
            html.markup("</p>\n")
        }
        if applied.claimTextChanged {
            html.markup("<p class=\"warning\">The claim text changed since this review. Reviewed text: “")
            html.text(review.claimText)
            html.markup("”</p>\n")
        }
        if applied.machineVerdictChanged {
            html.markup("<p class=\"warning\">The machine verdict was ")
            html.text(review.machineVerdict.label)
            html.markup(" when reviewed.</p>\n")
        }
        html.markup("</div>\n")
    }

    /// Where the page's script puts the review form; it carries a decision already applied from reviews.json.
    private static func reviewSlot(_ claimText: String, _ review: Review?, into html: inout HTMLBuilder) {
        html.markup("<div class=\"review-slot needs-js\" data-claim-text=\"")
        html.text(claimText)
        html.markup("\"")
        if let review {
            html.markup(" data-decision=\"")
            html.text(review.decision.rawValue)
            html.markup("\" data-review-verdict=\"")
            html.text(review.verdict.rawValue)
            html.markup("\" data-note=\"")
            html.text(review.note ?? "")
            html.markup("\" data-reviewer=\"")
            html.text(review.reviewer ?? "")
            html.markup("\" data-reviewed-at=\"")
            html.text(review.reviewedAt ?? "")
            html.markup("\" data-reviewed-text=\"")
            html.text(review.claimText)
            html.markup("\" data-reviewed-machine-verdict=\"")
            html.text(review.machineVerdict.rawValue)
            html.markup("\"")
        }
        html.markup("></div>\n")
    }
}
