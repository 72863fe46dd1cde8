/// The claims list of the article page: one item per claim with its verdict, evidence panel and review slot.
///
/// It is the bulk of a page (some 3 KB per claim), so it is built on bytes rather than through the template
/// engine, which costs about 3 µs per value looked up: a 20-claim page took 5 ms that way, as long as the
/// whole `verify` of the article. Every value is escaped by `HTMLBuilder`.
enum ClaimListHTML {
    static func render(_ claims: [ClaimModel]) -> String {
        var html = HTMLBuilder(capacity: claims.count * 3072)
        for claim in claims { item(claim, into: &html) }
        return html.html
    }

    private static func item(_ claim: ClaimModel, into html: inout HTMLBuilder) {
        html.markup("<li class=\"claim-item v-")
        html.text(claim.verdict)
        html.markup("\" data-verdict=\"")
        html.text(claim.verdict)
        html.markup("\" data-claim-id=\"")
        html.text(claim.id)
        html.markup("\" data-kind=\"")
        html.text(claim.kind)
        html.markup("\">\n<details id=\"evidence-")
        html.text(claim.id)
        html.markup("\" open>\n<summary>")
        badge(verdict: claim.verdict, icon: claim.verdictIcon, label: claim.verdictLabel, into: &html)
        html.markup("<span class=\"kind kind-")
        html.text(claim.kind)
        html.markup("\">")
        html.text(claim.kindLabel)
        html.markup(" · #")
        html.text(claim.number)
        html.markup("</span>")
        if let review = claim.review {
            html.markup("<span class=\"badge reviewer v-")
            html.text(review.reviewVerdict)
            html.markup("\"><span class=\"icon\" aria-hidden=\"true\">")
            html.text(review.reviewVerdictIcon)
            html.markup("</span>")
            if review.isConfirmed {
                html.markup("Confirmed by reviewer")
            } else {
                html.markup("Reviewer: ")
                html.text(review.reviewVerdictLabel)
            }
            html.markup("</span>")
        }
        html.markup("<span class=\"local-review\" hidden></span><span class=\"claim-text\">")
        html.text(claim.text)
        html.markup("</span></summary>\n<div class=\"panel\">\n")
        if claim.placed {
            html.markup("<p class=\"locate\"><a href=\"#claim-")
            html.text(claim.id)
            html.markup("\">Show in text</a></p>\n")
        } else {
            html.markup("<p class=\"warning\">Not placed in the text: its offsets fall outside the article.</p>\n")
        }
        if let review = claim.review { appliedReview(review, into: &html) }
        if let explanation = claim.explanation {
            html.markup("<p class=\"explanation\">")
            html.text(explanation)
            html.markup("</p>\n")
        }
        for evidence in claim.evidence ?? [] { self.evidence(evidence, into: &html) }
        html.markup("<h3>")
        html.text(claim.kindLabel)
        html.markup("</h3>\n")
        facts(claim.details, into: &html)
        reviewSlot(claim, into: &html)
        html.markup("</div>\n</details>\n</li>\n")
    }

    private static func badge(verdict: String, icon: String, label: String, into html: inout HTMLBuilder) {
        html.markup("<span class=\"badge v-")
        html.text(verdict)
        html.markup("\"><span class=\"icon\" aria-hidden=\"true\">")
        html.text(icon)
        html.markup("</span>")
        html.text(label)
        html.markup("</span>")
    }

    private static func appliedReview(_ review: ReviewModel, into html: inout HTMLBuilder) {
        html.markup("<div class=\"review-applied\">\n<p><strong>")
        html.text(review.reviewer ?? "Reviewer")
        html.markup(" ")
        html.text(review.decisionLabel)
        html.markup("</strong>: ")
        badge(verdict: review.reviewVerdict, icon: review.reviewVerdictIcon, label: review.reviewVerdictLabel, into: &html)
        if let reviewedAt = review.reviewedAt {
            html.markup(" <time class=\"when\" datetime=\"")
            html.text(reviewedAt)
            html.markup("\">")
            html.text(review.reviewedAtLabel ?? reviewedAt)
            html.markup("</time>")
        }
        html.markup("</p>\n")
        if let note = review.note {
            html.markup("<p class=\"note\">")
            html.text(note)
            html.markup("</p>\n")
        }
        if review.textChanged {
            html.markup("<p class=\"warning\">The claim text changed since this review. Reviewed text: “")
            html.text(review.reviewedText)
            html.markup("”</p>\n")
        }
        if review.machineVerdictChanged {
            html.markup("<p class=\"warning\">The machine verdict was ")
            html.text(review.reviewedMachineVerdictLabel)
            html.markup(" when reviewed.</p>\n")
        }
        html.markup("</div>\n")
    }

    private static func evidence(_ evidence: EvidenceModel, into html: inout HTMLBuilder) {
        html.markup("<section class=\"evidence\">\n<h3>Evidence <code>")
        html.text(evidence.evidenceRule)
        html.markup("</code></h3>\n")
        facts(evidence.facts, into: &html)
        if let table = evidence.table {
            html.markup("<div class=\"rows\"><table>\n<caption>Rows used</caption>\n<thead><tr><th scope=\"col\">Line</th>")
            for column in table.columns {
                html.markup("<th scope=\"col\">")
                html.text(column)
                html.markup("</th>")
            }
            html.markup("</tr></thead>\n<tbody>\n")
            for row in table.rows {
                html.markup("<tr><td class=\"num\">")
                html.text(row.line)
                html.markup("</td>")
                for cell in row.cells {
                    html.markup("<td>")
                    html.text(cell)
                    html.markup("</td>")
                }
                html.markup("</tr>\n")
            }
            html.markup("</tbody>\n</table></div>\n")
        }
        html.markup("</section>\n")
    }

    private static func facts(_ facts: [Fact], into html: inout HTMLBuilder) {
        html.markup("<dl>\n")
        for fact in facts {
            html.markup("<dt>")
            html.text(fact.term)
            html.markup("</dt><dd>")
            html.text(fact.detail)
            html.markup("</dd>\n")
        }
        html.markup("</dl>\n")
    }

    /// Where the page's script puts the review form; it carries a decision already applied from reviews.json.
    private static func reviewSlot(_ claim: ClaimModel, into html: inout HTMLBuilder) {
        html.markup("<div class=\"review-slot needs-js\" data-claim-text=\"")
        html.text(claim.text)
        html.markup("\"")
        if let review = claim.review {
            html.markup(" data-decision=\"")
            html.text(review.decision)
            html.markup("\" data-review-verdict=\"")
            html.text(review.reviewVerdict)
            html.markup("\" data-note=\"")
            html.text(review.note ?? "")
            html.markup("\" data-reviewer=\"")
            html.text(review.reviewer ?? "")
            html.markup("\" data-reviewed-at=\"")
            html.text(review.reviewedAt ?? "")
            html.markup("\" data-reviewed-text=\"")
            html.text(review.reviewedText)
            html.markup("\" data-reviewed-machine-verdict=\"")
            html.text(review.reviewedMachineVerdict)
            html.markup("\"")
        }
        html.markup("></div>\n")
    }
}
