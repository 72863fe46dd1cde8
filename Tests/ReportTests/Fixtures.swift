import Check
import Claims
import Foundation

/// Hand-built inputs for the report layer: the seed article with claims and verdicts written by hand (the
/// extraction and check stages are tested on their own), and a hostile article that tries to break the page.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Code-point span of the `occurrence`-th `needle` in `text`.
    static func span(_ needle: String, in text: String, occurrence: Int = 1) -> Span {
        var searchFrom = text.startIndex
        var found: Range<String.Index>?
        for _ in 0..<occurrence {
            found = text.range(of: needle, range: searchFrom..<text.endIndex)
            guard let range = found else { fatalError("fixture text lacks \(needle)") }
            searchFrom = range.upperBound
        }
        let range = found!
        let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
        return Span(start: start, end: start + needle.unicodeScalars.count)
    }

    static func numeric(
        _ id: String, _ words: String, in text: String, sentence: String, value: Double?, lower: Double? = nil,
        upper: Double? = nil, kind: Quantity.Kind = .count, unit: String? = nil, approximator: String? = nil,
        bound: Quantity.Bound = .exact, rate: String? = nil, period: Period? = nil, measure: String? = nil,
        subject: [String] = [], attribution: String? = nil
    ) -> Claim {
        let position = span(words, in: text)
        let quantity = Quantity(
            text: words, start: position.start, end: position.end, value: value, lower: lower, upper: upper, kind: kind,
            unit: unit, approximator: approximator, bound: bound, rate: rate, period: period)
        return .numeric(
            NumericClaim(
                id: id, text: words, sentence: sentence, start: position.start, end: position.end, quantity: quantity,
                measure: measure, subject: subject, period: period, attribution: attribution))
    }

    static func attribution(
        _ id: String, _ words: String, in text: String, source: String, speaker: String?, title: String? = nil,
        kind: AttributionClaim.SpeakerKind = .person, cue: String, cueLemma: String, content: String,
        direct: AttributionClaim.Directness = .indirect, channel: String? = nil, when: Period? = nil, parent: String? = nil
    ) -> Claim {
        let position = span(words, in: text)
        return .attribution(
            AttributionClaim(
                id: id, text: words, sentence: words, start: position.start, end: position.end, source: source,
                sourceSpan: span(source, in: text), speaker: speaker, title: title, speakerKind: kind, cue: cue,
                cueLemma: cueLemma, cueSpan: nil, cueClass: .assertion, negated: false, content: content,
                contentSpans: [span(content, in: text)], direct: direct, channel: channel, when: when, parent: parent))
    }

    // MARK: The seed article

    static let seedParagraphs: [String] = {
        let text = (try? String(contentsOf: directory.appendingPathComponent("caravan-article.txt"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }()

    static var seedReport: ArticleReport {
        let text = seedParagraphs.joined(separator: "\n\n")
        let villigran =
            "Caravan leader Luis Villigran told Fox News that Mexican officials have told him it will begin issuing 1,000 temporary work visas a day to the migrants in the caravan -- which are estimated to number approximately 12,000 -- as early as tomorrow."
        let encounters =
            "There were more than 234,000 encounters in April alone along the border, and Border Patrol officials have said that they are encountering large migrant groups -- although the caravan would be one of the larger caravans encountered in recent years."
        let blocked =
            "The administration was blocked from ending the restrictions on May 23 by a federal judge, who imposed a preliminary injunction after a lawsuit from two dozen Republican states claimed the move was unlawful and would impose significant costs on states."
        let cbpRows = [
            Evidence.Row(line: 337, values: ["data_vintage": "2022-05-17", "region": "Southwest Land Border", "calendar_year": "2022", "calendar_month": "4", "encounters": "234088"]),
            Evidence.Row(line: 601, values: ["data_vintage": "2023-03-10", "region": "Southwest Land Border", "calendar_year": "2022", "calendar_month": "4", "encounters": "235785"]),
        ]
        let april = Period(text: "in April", start: span("in April", in: text).start, end: span("in April", in: text).end, from: "2022-04-01", to: "2022-04-30", granularity: .month)
        let may23 = Period(text: "May 23", start: span("May 23", in: text).start, end: span("May 23", in: text).end, from: "2022-05-23", to: "2022-05-23", granularity: .day)
        let october = Period(text: "October last year", start: span("October last year", in: text).start, end: span("October last year", in: text).end, from: "2021-10-01", to: "2021-10-31", granularity: .month)
        let lastMonth = Period(text: "last month", start: span("last month", in: text).start, end: span("last month", in: text).end, from: "2022-05-01", to: "2022-05-31", granularity: .month)

        let claims: [CheckedClaim] = [
            CheckedClaim(
                claim: attribution(
                    "a1", villigran, in: text, source: "Caravan leader Luis Villigran", speaker: "Luis Villigran",
                    title: "Caravan leader", cue: "told", cueLemma: "tell",
                    content: "Mexican officials have told him it will begin issuing 1,000 temporary work visas a day to the migrants in the caravan -- which are estimated to number approximately 12,000 -- as early as tomorrow",
                    channel: "Fox News"),
                verdict: .unverifiable, rule: nil, evidence: [],
                explanation: "No rule covers what Luis Villigran told Fox News."),
            CheckedClaim(
                claim: attribution(
                    "a2", "Mexican officials have told him it will begin issuing 1,000 temporary work visas a day to the migrants in the caravan", in: text,
                    source: "Mexican officials", speaker: nil, kind: .group, cue: "have told", cueLemma: "tell",
                    content: "it will begin issuing 1,000 temporary work visas a day to the migrants in the caravan", parent: "a1"),
                verdict: .unverifiable, rule: nil, evidence: [],
                explanation: "The officials are not named; no rule covers the statement."),
            CheckedClaim(
                claim: numeric(
                    "n1", "1,000 temporary work visas a day", in: text, sentence: villigran, value: 1000, lower: 1000, upper: 1000,
                    unit: "visas", rate: "day", measure: "temporary work visas", subject: ["Mexico", "caravan"], attribution: "a2"),
                verdict: .unverifiable, rule: nil, evidence: [],
                explanation: "No dataset covers Mexican work visas."),
            CheckedClaim(
                claim: numeric(
                    "n2", "approximately 12,000", in: text, sentence: villigran, value: 12000, lower: 10800, upper: 13200,
                    unit: "migrants", approximator: "approximately", bound: .approximate, measure: "migrants in the caravan",
                    subject: ["caravan"], attribution: "a1"),
                verdict: .unverifiable, rule: nil, evidence: [],
                explanation: "No dataset counts the members of a caravan."),
            CheckedClaim(
                claim: numeric(
                    "n3", "October last year", in: text,
                    sentence: "It’s one of a number of massive caravans in recent years that has made its way toward the U.S. border, including one in October last year -- which are typically broken up by Mexican authorities before they reach the border.",
                    value: nil, kind: .date, period: october, measure: "caravan"),
                verdict: .unverifiable, rule: nil, evidence: [],
                explanation: "No dataset records caravans by month."),
            CheckedClaim(
                claim: numeric(
                    "n4", "more than 234,000 encounters in April", in: text, sentence: encounters, value: 234000, lower: 234000,
                    unit: "encounters", approximator: "more than", bound: .greaterThan, period: april, measure: "encounters",
                    subject: ["along the border"]),
                verdict: .supported, rule: "cbp-southwest-encounters-monthly",
                evidence: [
                    Evidence(
                        rule: "cbp-southwest-encounters-monthly", dataset: "cbp/sw-border-monthly-summary.csv",
                        vintage: "2022-05-17", rows: cbpRows, referenceValue: 234088, otherVintages: ["2023-03-10": 235785],
                        claimedValue: 234000, claimedLower: 234000, claimedUpper: nil, comparison: "234,088 > 234,000")
                ],
                explanation: "Claimed more than 234,000; CBP reported 234,088 southwest land border encounters for April 2022 (published 2022-05-17; revised 235,785): supported."),
            CheckedClaim(
                claim: attribution(
                    "a3", "Border Patrol officials have said that they are encountering large migrant groups", in: text,
                    source: "Border Patrol officials", speaker: nil, kind: .organization, cue: "have said", cueLemma: "say",
                    content: "they are encountering large migrant groups"),
                verdict: .unverifiable, rule: nil, evidence: [],
                explanation: "No rule covers statements by Border Patrol officials."),
            CheckedClaim(
                claim: attribution(
                    "a4", "Officials have said they expect the numbers, which have skyrocketed under the Biden administration, to keep rising in the southern months.", in: text,
                    source: "Officials", speaker: nil, kind: .anonymous, cue: "have said", cueLemma: "say",
                    content: "they expect the numbers, which have skyrocketed under the Biden administration, to keep rising in the southern months"),
                verdict: .needsReview, rule: "speaker-resolved",
                evidence: [Evidence(rule: "speaker-resolved", comparison: "speaker \"Officials\" names no person or office")],
                explanation: "The speaker cannot be resolved to a person or office: a reviewer should check who said this."),
            CheckedClaim(
                claim: numeric(
                    "n5", "May 23", in: text, sentence: blocked, value: nil, kind: .date, period: may23,
                    measure: "end of the Title 42 restrictions", subject: ["Title 42"]),
                verdict: .supported, rule: "legal-events-dates",
                evidence: [
                    Evidence(
                        rule: "legal-events-dates", dataset: "legal-events.csv", vintage: "2022-06-01",
                        rows: [Evidence.Row(line: 2, values: ["event": "Title 42 order planned end", "date": "2022-05-23"])],
                        comparison: "2022-05-23 = 2022-05-23")
                ],
                explanation: "The Title 42 order was set to end on 2022-05-23 when a court blocked it: supported."),
            CheckedClaim(
                claim: numeric(
                    "n6", "two dozen Republican states", in: text, sentence: blocked, value: 24, lower: 24, upper: 24,
                    unit: "states", measure: "Republican states", subject: ["lawsuit"]),
                verdict: .supported, rule: "legal-events-plaintiffs",
                evidence: [
                    Evidence(
                        rule: "legal-events-plaintiffs", dataset: "legal-events.csv", vintage: "2022-06-01",
                        rows: [Evidence.Row(line: 3, values: ["event": "Louisiana v. CDC plaintiff states", "count": "24"])],
                        referenceValue: 24, claimedValue: 24, claimedLower: 24, claimedUpper: 24, comparison: "24 = 24")
                ],
                explanation: "24 states sued over the end of the Title 42 order: supported."),
            CheckedClaim(
                claim: attribution(
                    "a5", "Homeland Security Secretary Alejandro Mayorkas said last month that Border Patrol is dealing with \"numbers at historic levels.\"", in: text,
                    source: "Homeland Security Secretary Alejandro Mayorkas", speaker: "Alejandro Mayorkas",
                    title: "Homeland Security Secretary", cue: "said", cueLemma: "say",
                    content: "Border Patrol is dealing with \"numbers at historic levels.\"", direct: .mixed, when: lastMonth),
                verdict: .supported, rule: "officeholder-title",
                evidence: [
                    Evidence(
                        rule: "officeholder-title", dataset: "officeholders/executive.yaml", vintage: "2022-06-07",
                        rows: [Evidence.Row(line: 41, values: ["name": "Alejandro Mayorkas", "office": "Secretary of Homeland Security", "start": "2021-02-02"])],
                        comparison: "in office on 2022-06-07")
                ],
                explanation: "Alejandro Mayorkas was Secretary of Homeland Security on 2022-06-07: supported."),
            CheckedClaim(
                claim: attribution(
                    "a6", "Vice President Kamala Harris, meanwhile, is currently at the Summit of the Americas in California, where she has announced a number of initiatives and investments", in: text,
                    source: "Vice President Kamala Harris", speaker: "Kamala Harris", title: "Vice President",
                    cue: "has announced", cueLemma: "announce", content: "a number of initiatives and investments"),
                verdict: .supported, rule: "officeholder-title",
                evidence: [
                    Evidence(
                        rule: "officeholder-title", dataset: "officeholders/executive.yaml", vintage: "2022-06-07",
                        rows: [Evidence.Row(line: 12, values: ["name": "Kamala Harris", "office": "Vice President", "start": "2021-01-20"])],
                        comparison: "in office on 2022-06-07")
                ],
                explanation: "Kamala Harris was Vice President on 2022-06-07: supported."),
        ]
        return ArticleReport(
            source: "Corpus/articles/caravan-article.txt", title: nil, byline: [], published: "2022-06-07", url: nil,
            paragraphs: seedParagraphs, claims: claims)
    }

    // MARK: A hostile article

    /// Markup, quotes and a stray `</mark>` in every field a page shows, a refuted claim whose text holds
    /// markup, and claims that overlap without nesting or lie outside the text.
    static var hostileReport: ArticleReport {
        let paragraphs = [
            "Officials said <script>document.title='pwned'</script> there were 300,000 \"encounters\" in April 2022 & more.",
            "A 'quoted' </mark> value: <b>12 %</b> of <img src=x onerror=alert(1)> cases — café ☕ naïve.",
        ]
        let text = paragraphs.joined(separator: "\n\n")
        let claims = [
            CheckedClaim(
                claim: attribution(
                    "a1", "Officials said <script>document.title='pwned'</script> there were 300,000 \"encounters\"", in: text,
                    source: "Officials", speaker: nil, kind: .anonymous, cue: "said", cueLemma: "say",
                    content: "there were 300,000 \"encounters\""),
                verdict: .needsReview, rule: nil, evidence: [],
                explanation: "Speaker \"Officials\" </mark><script>alert('x')</script> is unresolved."),
            CheckedClaim(
                claim: numeric(
                    "n1", "300,000 \"encounters\" in April 2022", in: text, sentence: paragraphs[0], value: 300000,
                    unit: "encounters", measure: "encounters", attribution: "a1"),
                verdict: .refuted, rule: "cbp-<monthly>",
                evidence: [
                    Evidence(
                        rule: "cbp-<monthly>", dataset: "cbp/\"sw\".csv", vintage: "2022-05-17",
                        rows: [Evidence.Row(line: 7, values: ["<month>": "2022-04", "encounters": "234088</td>"])],
                        referenceValue: 234088, claimedValue: 300000, claimedLower: 300000, claimedUpper: 300000,
                        comparison: "300,000 ≠ 234,088 & off by > 5%")
                ],
                explanation: "Claimed 300,000; CBP reported 234,088 <b>encounters</b> for April 2022: refuted."),
            CheckedClaim(
                claim: numeric(
                    "n2", "April 2022 & more.", in: text, sentence: paragraphs[0], value: nil, kind: .date),
                verdict: .unverifiable, rule: nil, evidence: [], explanation: ""),
            CheckedClaim(
                claim: numeric(
                    "n3", "</mark> value: <b>12 %</b>", in: text, sentence: paragraphs[1], value: 12, kind: .percent,
                    unit: "%"),
                verdict: .supported, rule: "r\"1", evidence: [], explanation: "It's 12 % & so \"true\"."),
            CheckedClaim(
                claim: .numeric(
                    NumericClaim(
                        id: "n4\" onfocus=\"alert(1)", text: "beyond the end", sentence: "", start: 10_000, end: 10_020,
                        quantity: Quantity(text: "beyond", start: 10_000, end: 10_006, value: 1, kind: .count),
                        measure: nil, subject: [], period: nil)),
                verdict: .unverifiable, rule: nil, evidence: [], explanation: "Offsets outside the text."),
        ]
        return ArticleReport(
            source: "Corpus/articles/<hostile> \"page\".html", title: "Breaking: </title><script>alert('title')</script> & \"news\"",
            byline: ["Jane <b>Doe</b>", "O'Brien & Co"], published: "2022-06-07T09:30:00Z",
            url: "javascript:alert('url')", paragraphs: paragraphs, claims: claims)
    }

    // MARK: A batch

    static var batchSummary: BatchSummary {
        BatchSummary(
            articles: [
                .init(
                    source: "Corpus/articles/caravan-article.txt", name: "caravan-article", title: nil,
                    published: "2022-06-07", counts: [.supported: 4, .needsReview: 1, .unverifiable: 7]),
                .init(
                    source: "Corpus/articles/caravan-article.html", name: "caravan-article-2",
                    title: "Migrant caravan heads north as Mexico offers work visas", published: "2022-06-07",
                    counts: [.supported: 5, .unverifiable: 6]),
                .init(
                    source: "Corpus/articles/<hostile> \"page\".html", name: "hostile page",
                    title: "Breaking: </title><script>alert('title')</script> & \"news\"", published: "2022-06-07T09:30:00Z",
                    counts: [.refuted: 1, .supported: 1, .needsReview: 1, .unverifiable: 2]),
                .init(
                    source: "Corpus/articles/jobs-report.html", name: "jobs-report", title: "Unemployment falls to 3.6% in March",
                    published: "2022-04-01", counts: [.refuted: 2, .supported: 3]),
                .init(
                    source: "Corpus/articles/empty-claims.html", name: "empty-claims", title: "Weather: a mild week ahead",
                    published: nil, counts: [:]),
            ],
            failures: [
                .init(source: "Corpus/articles/broken.html", step: "ingest", reason: "no article text found (page has 0 paragraphs)"),
                .init(source: "Corpus/articles/jobs-report.html", step: "report", reason: "cannot write <reports/jobs-report.json>: disk full"),
            ])
    }

    /// Reviewer decisions for the seed: a confirmation, an override, one whose claim text has changed
    /// since, and one whose claim is gone.
    static let seedReviewsJSON = """
        {
          "format": "claimcheck-reviews",
          "version": 1,
          "reviews": [
            {"article": "Corpus/articles/caravan-article.txt", "claim": "n4", "claimText": "more than 234,000 encounters in April",
             "machineVerdict": "supported", "decision": "confirmed", "note": "Matches the May 17 release.", "reviewer": "M. Ortiz",
             "reviewedAt": "2022-06-08T10:00:00Z"},
            {"article": "Corpus/articles/caravan-article.txt", "claim": "n2", "claimText": "approximately 12,000",
             "machineVerdict": "unverifiable", "decision": "overridden", "verdict": "needs-review",
             "note": "Mexican officials gave 11,000 on June 6; ask the desk.", "reviewedAt": "2022-06-08T10:05:00Z"},
            {"article": "Corpus/articles/caravan-article.txt", "claim": "a4", "claimText": "Officials have said they expect the numbers to keep rising.",
             "machineVerdict": "needs-review", "decision": "overridden", "verdict": "unverifiable", "reviewedAt": "2022-06-08T10:07:00Z"},
            {"article": "Corpus/articles/caravan-article.txt", "claim": "n9", "claimText": "3,000 agents",
             "machineVerdict": "refuted", "decision": "confirmed", "reviewedAt": "2022-06-08T10:09:00Z"},
            {"article": "Corpus/articles/other.txt", "claim": "n1", "claimText": "approximately 12,000",
             "machineVerdict": "supported", "decision": "confirmed"}
          ]
        }
        """
}
