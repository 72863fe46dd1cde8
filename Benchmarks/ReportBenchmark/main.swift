// Times the report writers on a synthetic article of 50 claims (10 attributions, each holding two of the
// 40 numbers, every claim with evidence rows): its page, its JSON report and its ClaimReview lines, and on
// batch indexes of 25 and 1,000 articles.
//
// swift run -c release --scratch-path .build-release ReportBenchmark [CLAIMS] [ITERATIONS]
//
// Times are the thread's CPU time, so that other work on a shared machine does not count.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Check
import Claims
import Report

/// Appends text to paragraphs while tracking code-point offsets, so claims can point into it.
struct ArticleBuilder {
    var paragraphs: [String] = []
    private var current = ""
    private var paragraphStart = 0
    private var length = 0

    mutating func append(_ text: String) -> Span {
        let start = paragraphStart + length
        current += text
        length += text.unicodeScalars.count
        return Span(start: start, end: start + text.unicodeScalars.count)
    }

    mutating func endParagraph() {
        paragraphs.append(current)
        paragraphStart += length + 2
        current = ""
        length = 0
    }
}

func syntheticReport(claims claimCount: Int) -> ArticleReport {
    var builder = ArticleBuilder()
    var claims: [CheckedClaim] = []
    let verdicts: [Verdict] = [.supported, .refuted, .unverifiable, .needsReview]
    let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]

    func numeric(_ span: Span, _ text: String, value: Double, attribution: String?) -> CheckedClaim {
        let id = "n\(claims.count + 1)"
        let verdict = verdicts[claims.count % verdicts.count]
        let rows = (0..<2).map { row in
            Evidence.Row(line: 100 + claims.count * 2 + row, values: ["month": "2022-0\(row + 1)", "region": "Southwest Land Border", "encounters": "\(Int(value) + row)"])
        }
        let quantity = Quantity(text: text, start: span.start, end: span.end, value: value, lower: value, kind: .count, unit: "encounters", approximator: "more than", bound: .greaterThan)
        return CheckedClaim(
            claim: .numeric(NumericClaim(id: id, text: text, sentence: text, start: span.start, end: span.end, quantity: quantity, measure: "encounters", subject: ["border"], period: nil, attribution: attribution)),
            verdict: verdict, rule: "cbp-monthly",
            evidence: [Evidence(rule: "cbp-monthly", dataset: "cbp/sw-border-monthly-summary.csv", vintage: "2022-05-17", rows: rows, referenceValue: value + 88, otherVintages: ["2023-03-10": value + 1785], claimedValue: value, claimedLower: value, comparison: "\(Int(value) + 88) > \(Int(value))")],
            explanation: "Claimed more than \(Int(value)); CBP reported \(Int(value) + 88) encounters: \(verdict.rawValue).")
    }

    var paragraph = 0
    while claims.count < claimCount {
        let month = months[paragraph % months.count]
        _ = builder.append("The agency’s figures, published on Tuesday after weeks of delay, drew sharp reactions. ")
        if claims.count + 3 <= claimCount {
            let attributionID = "a\(claims.count + 1)"
            let sourceSpan = builder.append("Border official María Núñez")
            _ = builder.append(" told reporters that there were ")
            let firstText = "more than \(200 + paragraph),000 encounters in \(month)"
            let first = builder.append(firstText)
            _ = builder.append(" and ")
            let secondText = "\(30 + paragraph),500 expulsions"
            let second = builder.append(secondText)
            let tailText = " under the \"Title 42\" order <and> its successors."
            let tail = builder.append(tailText)
            let attributionText = "Border official María Núñez told reporters that there were \(firstText) and \(secondText)\(tailText)"
            let content = Span(start: first.start, end: tail.end)
            let attribution = AttributionClaim(
                id: attributionID, text: attributionText, sentence: attributionText, start: sourceSpan.start, end: tail.end, source: "Border official María Núñez",
                sourceSpan: sourceSpan, speaker: "María Núñez", title: "Border official", speakerKind: .person, cue: "told", cueLemma: "tell",
                cueSpan: nil, cueClass: .assertion, negated: false, content: "there were …", contentSpans: [content], direct: .indirect,
                channel: "reporters", when: nil)
            claims.append(CheckedClaim(claim: .attribution(attribution), verdict: .supported, rule: "officeholder-title", evidence: [Evidence(rule: "officeholder-title", dataset: "officeholders/executive.yaml", vintage: "2022-06-07", rows: [Evidence.Row(line: 12, values: ["name": "María Núñez", "office": "Border official"])], comparison: "in office")], explanation: "María Núñez held the office then."))
            claims.append(numeric(first, firstText, value: Double((200 + paragraph) * 1000), attribution: attributionID))
            claims.append(numeric(second, secondText, value: Double((30 + paragraph) * 1000 + 500), attribution: attributionID))
        }
        _ = builder.append(" Independent analysts counted ")
        if claims.count < claimCount {
            let text = "about \(12 + paragraph),000 migrants"
            claims.append(numeric(builder.append(text), text, value: Double((12 + paragraph) * 1000), attribution: nil))
        }
        _ = builder.append(" waiting in shelters, and ")
        if claims.count < claimCount {
            let text = "\(1 + paragraph % 9),200 visas a day"
            claims.append(numeric(builder.append(text), text, value: Double((1 + paragraph % 9) * 1000 + 200), attribution: nil))
        }
        _ = builder.append(" were being issued, a pace aid groups called “far too slow” for families arriving each week.")
        builder.endParagraph()
        paragraph += 1
    }
    return ArticleReport(
        source: "Benchmarks/synthetic.html", title: "Border encounters rise as shelters fill", byline: ["A. Reporter", "B. Editor"],
        published: "2022-06-07", url: "https://news.example.org/border", paragraphs: builder.paragraphs, claims: claims)
}

func text(of claim: Claim) -> String {
    switch claim {
    case .numeric(let numeric): numeric.text
    case .attribution(let attribution): attribution.text
    }
}

func cpuMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
}

func measure(_ iterations: Int, _ body: () -> Int) -> (min: Double, median: Double, p90: Double, mean: Double, bytes: Int) {
    var bytes = 0
    for _ in 0..<max(3, iterations / 20) { bytes = body() }
    var times: [Double] = []
    times.reserveCapacity(iterations)
    for _ in 0..<iterations {
        let start = cpuMilliseconds()
        bytes = body()
        times.append(cpuMilliseconds() - start)
    }
    times.sort()
    return (times[0], times[times.count / 2], times[times.count * 9 / 10], times.reduce(0, +) / Double(times.count), bytes)
}

func format(_ milliseconds: Double) -> String {
    let hundredths = Int((milliseconds * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) ms"
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let claimCount = arguments.first ?? 50
let iterations = arguments.dropFirst().first ?? 300

do {
    let writer = try HTMLReportWriter()
    let report = syntheticReport(claims: claimCount)
    let reviews = Reviews(
        report.claims.prefix(10).map {
            Review(article: report.source, claimID: $0.claim.id, claimText: text(of: $0.claim), machineVerdict: $0.verdict, decision: .confirmed, verdict: $0.verdict, note: "Checked against the release.")
        })
    let applied = reviews.applied(to: report)
    let textKB = report.text.utf8.count / 1024

    let page = measure(iterations) { writer.articlePage(report, name: "synthetic", reviews: applied).utf8.count }
    print("article page, \(report.claims.count) claims, \(textKB) KB of text: min \(format(page.min)), median \(format(page.median)), p90 \(format(page.p90)), mean \(format(page.mean)); \(page.bytes / 1024) KB of HTML")

    let json = measure(iterations) { ((try? JSONReport.articleBytes(report)) ?? []).count }
    print("NAME.json for the article: min \(format(json.min)), median \(format(json.median)), p90 \(format(json.p90)); \(json.bytes / 1024) KB")

    let claimReview = measure(iterations) { ClaimReviewWriter().jsonLines(for: report, pageName: "synthetic", reviews: applied).count }
    print("claimreview.jsonl lines for the article: min \(format(claimReview.min)), median \(format(claimReview.median)), p90 \(format(claimReview.p90))")

    for articleCount in [25, 1000] {
        let summary = BatchSummary(
            articles: (0..<articleCount).map { index in
                BatchSummary.ArticleEntry(source: "Corpus/articles/a\(index).html", name: "a\(index)", title: "Article \(index) <with> markup", published: "2022-06-07", counts: [.supported: index % 7, .refuted: index % 3, .unverifiable: index % 5, .needsReview: index % 2])
            },
            failures: (0..<articleCount / 50).map { BatchSummary.Failure(source: "Corpus/articles/bad\($0).html", step: "ingest", reason: "no article text found") })
        let index = measure(max(10, iterations * 25 / articleCount / 10)) { writer.indexPage(summary).utf8.count }
        print("index page, \(articleCount) articles: min \(format(index.min)), median \(format(index.median)), p90 \(format(index.p90)); \(index.bytes / 1024) KB of HTML")
    }
} catch {
    print("ReportBenchmark: \(error)")
}
