import Check
import Claims
import Foundation
import Testing

@testable import Report

/// What a reviewer sees on the pages, and that no article text can break or script them.
@Suite struct PageTests {
    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The tags of `page` between `<div class="text"` and `</div>`, checked for balance.
    static func marksAreBalanced(_ page: String) -> Bool {
        guard let body = page.range(of: #"<div class="text" id="article-text">"#),
            let bodyEnd = page.range(of: "</div>", range: body.upperBound..<page.endIndex)
        else { return false }
        var depth = 0
        var rest = page[body.upperBound..<bodyEnd.lowerBound]
        while let tag = rest.range(of: "<") {
            rest = rest[tag.upperBound...]
            if rest.hasPrefix("mark ") { depth += 1 } else if rest.hasPrefix("/mark>") { depth -= 1 }
            if rest.hasPrefix("/p>") && depth != 0 { return false }
            if depth < 0 { return false }
        }
        return depth == 0
    }

    @Test func seedMarksEveryClaimInPlace() throws {
        let report = Fixtures.seedReport
        let page = try HTMLReportWriter().articlePage(report, name: "caravan-article")
        for checked in report.claims {
            #expect(
                page.contains(
                    #"<mark class="claim" data-verdict="\#(checked.verdict.rawValue)" data-claim-id="\#(checked.claim.id)" data-kind="\#(checked.claim.kindName)""#))
            #expect(page.contains(#"<details id="evidence-\#(checked.claim.id)" open>"#))
        }
        #expect(Self.marksAreBalanced(page))
        #expect(
            page.contains(
                #"<mark class="claim" data-verdict="unverifiable" data-claim-id="a2" data-kind="attribution" title="Unverifiable · attribution claim" id="claim-a2" tabindex="0">Mexican officials have told him it will begin issuing <mark class="claim" data-verdict="unverifiable" data-claim-id="n1" data-kind="numeric" title="Unverifiable · numeric claim" id="claim-n1" tabindex="0">1,000 temporary work visas a day<span class="verdict-icon" aria-hidden="true"></span></mark> to the migrants in the caravan<span class="verdict-icon" aria-hidden="true"></span></mark>"#),
            "the numbers nest inside the attribution that contains them")
    }

    @Test func evidencePanelShowsTheCheck() throws {
        let page = try HTMLReportWriter().articlePage(Fixtures.seedReport, name: "caravan-article")
        for shown in [
            "<dt>Dataset</dt><dd>cbp/sw-border-monthly-summary.csv</dd>", "<dt>Vintage</dt><dd>2022-05-17</dd>",
            "<dt>Reference</dt><dd>234,088</dd>", "<dt>Other vintage</dt><dd>235,785 (2023-03-10)</dd>",
            "<dt>Claimed</dt><dd>234,000</dd>", "<dt>Claimed bounds</dt><dd>at least 234,000</dd>",
            "<dt>Comparison</dt><dd>234,088 &gt; 234,000</dd>", #"<tr><td class="num">337</td><td>4</td><td>2022</td>"#,
            "<dt>Period</dt><dd>in April (2022-04-01 to 2022-04-30)</dd>", "<dt>Channel</dt><dd>Fox News</dd>",
            "<dt>Title</dt><dd>Homeland Security Secretary</dd>", "<dt>Cue</dt><dd>told (tell) · assertion</dd>",
            "<dt>When</dt><dd>last month (2022-05-01 to 2022-05-31)</dd>", "<code>cbp-southwest-encounters-monthly</code>",
            "<dt>Rule</dt><dd>No rule applied</dd>", "<dt>Speaker</dt><dd>Luis Villigran (person)</dd>",
            "<dt>Content</dt><dd>“Border Patrol is dealing with &quot;numbers at historic levels.&quot;” · Partly quoted</dd>",
            "<dt>Qualifier</dt><dd>more than (greater than)</dd>",
        ] {
            #expect(page.contains(shown), "\(shown)")
        }
    }

    @Test func reviewerDecisionsShowBesideTheMachine() throws {
        let report = Fixtures.seedReport
        let reviews = try Reviews(json: Data(Fixtures.seedReviewsJSON.utf8), file: "reviews.json").applied(to: report)
        let page = try HTMLReportWriter().articlePage(report, name: "caravan-article", reviews: reviews)
        #expect(page.contains("3 reviewer decision(s) applied from reviews.json."))
        #expect(page.contains("<p><strong>M. Ortiz confirmed</strong>: "))
        #expect(page.contains("<p><strong>Reviewer overrode</strong>: "))
        #expect(page.contains("<p class=\"note\">Mexican officials gave 11,000 on June 6; ask the desk.</p>"))
        #expect(page.contains("The claim text changed since this review. Reviewed text: “Officials have said they expect the numbers to keep rising.”"))
        #expect(page.contains("<summary>1 review(s) no longer match a claim of this article</summary>"))
        #expect(page.contains(#"data-claim-id="n2" data-kind="numeric" data-review="overridden""#))
        #expect(
            page.contains(
                #"<div class="review-slot needs-js" data-claim-text="approximately 12,000" data-decision="overridden" data-review-verdict="needs-review" data-note="Mexican officials gave 11,000 on June 6; ask the desk." data-reviewer="" data-reviewed-at="2022-06-08T10:05:00Z" data-reviewed-text="approximately 12,000" data-reviewed-machine-verdict="unverifiable"></div>"#))
    }

    @Test func hostileArticleCannotBreakOrScriptThePage() throws {
        let report = Fixtures.hostileReport
        let page = try HTMLReportWriter().articlePage(report, name: "hostile")
        #expect(Self.occurrences(of: "<script", in: page) == 2, "the JSON-LD and the page's own script only")
        #expect(!page.contains("<img"))
        #expect(!page.contains("<b>"))
        #expect(!page.contains("href=\"javascript:"))
        #expect(!page.contains("onfocus=\""))
        #expect(page.contains("Officials said &lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"))
        #expect(page.contains("<title>Breaking: &lt;/title&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &quot;news&quot; · claimcheck</title>"))
        #expect(page.contains(#"data-claim-id="n4&quot; onfocus=&quot;alert(1)""#))
        #expect(page.contains("Not placed in the text"))
        #expect(Self.marksAreBalanced(page))
        #expect(Self.occurrences(of: "<mark ", in: page) == Self.occurrences(of: "</mark>", in: page))
    }

    enum Field: String, CaseIterable, Sendable {
        case title, byline, source, url, paragraph, claimText, explanation, rule, dataset, rowValue, rowColumn, comparison
        case speaker, content, reviewNote
    }

    static let payload = "</mark></p><script>alert(1)</script><img src=x onerror=alert(2)>\"'&"

    static func report(injectingInto field: Field) -> (ArticleReport, ArticleReviews) {
        let payload = Self.payload
        let paragraph = field == .paragraph || field == .claimText ? "Before \(payload) after 12 things." : "Before and after 12 things."
        let claimWords = field == .claimText ? payload : "12 things"
        let start = paragraph.unicodeScalars.count - claimWords.unicodeScalars.count - (field == .claimText ? 15 : 1)
        let numeric = NumericClaim(
            id: "n1", text: claimWords, sentence: paragraph, start: start, end: start + claimWords.unicodeScalars.count,
            quantity: Quantity(text: "12", start: start, end: start + 2, value: 12, kind: .count), measure: "things",
            subject: [], period: nil)
        let attribution = AttributionClaim(
            id: "a1", text: paragraph, sentence: paragraph, start: 0, end: 6, source: "Before", sourceSpan: nil,
            speaker: field == .speaker ? payload : "B", title: nil, speakerKind: .person, cue: "said", cueLemma: "say",
            cueSpan: nil, cueClass: .assertion, negated: false, content: field == .content ? payload : "after",
            contentSpans: [], direct: .direct, channel: nil, when: nil)
        let value = field == .rowValue ? payload : "12"
        let evidence = Evidence(
            rule: field == .rule ? payload : "r1", dataset: field == .dataset ? payload : "d.csv", vintage: "2022",
            rows: [Evidence.Row(line: 2, values: [field == .rowColumn ? payload : "count": value])], referenceValue: 12,
            claimedValue: 12, comparison: field == .comparison ? payload : "12 = 12")
        let report = ArticleReport(
            source: field == .source ? payload : "a.txt", title: field == .title ? payload : "T",
            byline: field == .byline ? [payload] : [], published: "2022-06-07", url: field == .url ? payload : nil,
            paragraphs: [paragraph],
            claims: [
                CheckedClaim(
                    claim: .numeric(numeric), verdict: .refuted, rule: field == .rule ? payload : "r1", evidence: [evidence],
                    explanation: field == .explanation ? payload : "No."),
                CheckedClaim(claim: .attribution(attribution), verdict: .supported, rule: nil, evidence: [], explanation: ""),
            ])
        let review = Review(
            article: report.source, claimID: "n1", claimText: claimWords, machineVerdict: .refuted, decision: .overridden,
            verdict: .supported, note: field == .reviewNote ? payload : nil)
        return (report, Reviews([review]).applied(to: report))
    }

    @Test(arguments: Field.allCases)
    func everyFieldIsEscaped(_ field: Field) throws {
        let (report, reviews) = Self.report(injectingInto: field)
        let page = try HTMLReportWriter().articlePage(report, name: "a", reviews: reviews)
        #expect(Self.occurrences(of: "<script", in: page) == 2)
        #expect(!page.contains("<img"))
        #expect(!page.contains("</p><script>"))
        #expect(Self.marksAreBalanced(page))
        #expect(page.contains("&lt;/mark&gt;&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text")
    }

    @Test func indexListsArticlesTotalsAndFailures() throws {
        let page = try HTMLReportWriter().indexPage(Fixtures.batchSummary)
        #expect(Self.occurrences(of: "<tr data-title=", in: page) == 5)
        #expect(page.contains(#"<a href="hostile%20page.html">Breaking: &lt;/title&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &quot;news&quot;</a>"#))
        #expect(page.contains(#"data-refuted="2" data-needs-review="0" data-supported="3" data-unverifiable="0" data-total="5""#))
        #expect(page.contains(#"<div class="bar" role="img" aria-label="2 refuted, 3 supported" style="width: 41%">"#))
        #expect(page.contains(#"<div class="bar empty">No claims</div>"#))
        #expect(page.contains(#"<span class="warning">report failed: cannot write &lt;reports/jobs-report.json&gt;: disk full</span>"#))
        #expect(page.contains("<tr><td class=\"src\">Corpus/articles/broken.html</td><td>ingest</td><td>no article text found (page has 0 paragraphs)</td></tr>"))
        #expect(page.contains(#"<li class="stat v-refuted"><span class="n">3</span>"#))
        #expect(page.contains(#"<td class="num">33</td><td></td>"#), "the total of claims in the footer")
        #expect(Self.occurrences(of: "<script", in: page) == 1)
    }

    @Test func pagesAllowOnlyTheirOwnScript() throws {
        let page = try HTMLReportWriter().indexPage(BatchSummary(articles: [], failures: []))
        let hash = "sha256-" + Data(SHA256.digest(Array(PageAssets.script.utf8))).base64EncodedString()
        #expect(page.contains("script-src '\(hash)'"))
        #expect(page.contains("<script>\(PageAssets.script)</script>"))
        #expect(!PageAssets.script.contains("{{"), "the script passes through the template unchanged")
    }
}
