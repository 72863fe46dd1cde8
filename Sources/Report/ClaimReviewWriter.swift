import Check
import Claims
import Foundation

/// schema.org `ClaimReview` objects for the checked claims, as Google Fact Check Tools reads them: one per
/// claim whose verdict (the reviewer's, where a reviewer decided) is other than unverifiable.
public struct ClaimReviewWriter: Sendable {
    /// Who publishes the fact checks (the ClaimReview's author): the newsroom's name.
    public var publisher: String
    /// Where the report pages are published ("https://checks.example.org/2022/"); nil keeps the review
    /// URLs relative to the output folder ("NAME.html#claim-ID").
    public var baseURL: String?
    /// The day the reviews are published (ISO 8601), nil to leave it out.
    public var datePublished: String?

    public init(publisher: String = "claimcheck", baseURL: String? = nil, datePublished: String? = nil) {
        self.publisher = publisher
        self.baseURL = baseURL
        self.datePublished = datePublished
    }

    /// One compact JSON object per reviewed claim, in article order: the lines of `claimreview.jsonl`.
    /// `<`, `>` and `&` are written as `\u` escapes, so the same text is safe inside an HTML page.
    public func jsonLines(for report: ArticleReport, pageName: String, reviews: ArticleReviews = .none) -> [String] {
        claimReviews(for: report, pageName: pageName, reviews: reviews).map { review in
            var json = JSONBuilder()
            review.write(to: &json)
            return json.text
        }
    }

    /// The JSON-LD array for the article page's `<script type="application/ld+json">`: the `jsonLines`, one
    /// object a line.
    static func appendScriptJSON(_ lines: [String], to html: inout HTMLBuilder) {
        guard !lines.isEmpty else { return html.markup("[]") }
        html.markup("[\n")
        for (index, line) in lines.enumerated() {
            if index > 0 { html.markup(",\n") }
            html.markup(line)
        }
        html.markup("\n]")
    }

    func claimReviews(for report: ArticleReport, pageName: String, reviews: ArticleReviews) -> [ClaimReviewObject] {
        // Who made each attribution: the author of it and of the numbers it holds.
        var speakers: [String: SchemaThing] = [:]
        for checked in report.claims {
            if case .attribution(let attribution) = checked.claim { speakers[attribution.id] = Self.author(of: attribution) }
        }
        let urlPrefix = pageURLPrefix(pageName: pageName)
        let bylineAuthors = report.byline.map { SchemaThing(type: "Person", name: $0) }
        // The same in every review of the article: encoded once.
        var appearance = JSONBuilder(capacity: 512)
        Appearance(
            url: report.url, headline: report.title, datePublished: report.published,
            author: bylineAuthors.isEmpty ? nil : bylineAuthors
        ).write(to: &appearance)
        var author = JSONBuilder(capacity: 128)
        SchemaThing(type: "Organization", name: publisher).write(to: &author)

        return report.claims.indices.compactMap { index in
            let checked = report.claims[index]
            let applied = reviews.byClaim[checked.claim.id]
            let verdict = applied?.review.verdict ?? checked.verdict
            guard verdict != .unverifiable else { return nil }

            var explanation = checked.explanation
            if let review = applied?.review {
                let decision = review.decision == .confirmed ? "Confirmed by a reviewer" : "Reviewer's verdict: \(verdict.label)"
                explanation += (explanation.isEmpty ? "" : " ") + decision + (review.note.map { ": \($0)" } ?? ".")
            }
            let speaker: SchemaThing? =
                switch checked.claim {
                case .attribution(let attribution): speakers[attribution.id]
                case .numeric(let numeric): numeric.attribution.flatMap { speakers[$0] }
                }
            return ClaimReviewObject(
                url: urlPrefix + URLText.percentEncoded(checked.claim.id),
                claimReviewed: checked.claim.text,
                datePublished: datePublished,
                authorJSON: author.bytes,
                itemReviewed: ReviewedClaim(
                    author: speaker ?? (bylineAuthors.count == 1 ? bylineAuthors[0] : nil), appearanceJSON: appearance.bytes),
                reviewRating: Rating(alternateName: verdict.label, ratingExplanation: explanation))
        }
    }

    /// "NAME.html#claim-", under `baseURL` when set: the review URLs of one article share it.
    private func pageURLPrefix(pageName: String) -> String {
        let page = URLText.percentEncoded(pageName) + ".html#claim-"
        guard let baseURL else { return page }
        return baseURL.hasSuffix("/") ? baseURL + page : baseURL + "/" + page
    }

    private static func author(of attribution: AttributionClaim) -> SchemaThing {
        let type: StaticString = attribution.speakerKind == .person ? "Person" : "Organization"
        return SchemaThing(type: type, name: attribution.speaker ?? attribution.source, jobTitle: attribution.title)
    }
}

// The schema.org shapes, written with their keys in alphabetical order ("@context" and "@type" first).

struct ClaimReviewObject {
    var url: String
    var claimReviewed: String
    var datePublished: String?
    /// The publisher, as `SchemaThing` encodes it.
    var authorJSON: [UInt8]
    var itemReviewed: ReviewedClaim
    var reviewRating: Rating

    func write(to json: inout JSONBuilder) {
        json.markup("{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\",\"author\":")
        json.encoded(authorJSON)
        json.markup(",\"claimReviewed\":")
        json.string(claimReviewed)
        if let datePublished {
            json.markup(",\"datePublished\":")
            json.string(datePublished)
        }
        json.markup(",\"itemReviewed\":")
        itemReviewed.write(to: &json)
        json.markup(",\"reviewRating\":")
        reviewRating.write(to: &json)
        json.markup(",\"url\":")
        json.string(url)
        json.markup("}")
    }
}

struct SchemaThing {
    var type: StaticString
    var name: String
    var jobTitle: String?

    func write(to json: inout JSONBuilder) {
        json.markup("{\"@type\":\"")
        json.markup(type)
        json.markup("\"")
        if let jobTitle {
            json.markup(",\"jobTitle\":")
            json.string(jobTitle)
        }
        json.markup(",\"name\":")
        json.string(name)
        json.markup("}")
    }
}

struct ReviewedClaim {
    var author: SchemaThing?
    /// The article, as `Appearance` encodes it.
    var appearanceJSON: [UInt8]

    func write(to json: inout JSONBuilder) {
        json.markup("{\"@type\":\"Claim\",\"appearance\":")
        json.encoded(appearanceJSON)
        if let author {
            json.markup(",\"author\":")
            author.write(to: &json)
        }
        json.markup("}")
    }
}

struct Appearance {
    var url: String?
    var headline: String?
    var datePublished: String?
    var author: [SchemaThing]?

    func write(to json: inout JSONBuilder) {
        json.markup("{\"@type\":\"CreativeWork\"")
        if let author {
            json.markup(",\"author\":[")
            for (index, person) in author.enumerated() {
                if index > 0 { json.markup(",") }
                person.write(to: &json)
            }
            json.markup("]")
        }
        if let datePublished {
            json.markup(",\"datePublished\":")
            json.string(datePublished)
        }
        if let headline {
            json.markup(",\"headline\":")
            json.string(headline)
        }
        if let url {
            json.markup(",\"url\":")
            json.string(url)
        }
        json.markup("}")
    }
}

struct Rating {
    var alternateName: String
    var ratingExplanation: String

    func write(to json: inout JSONBuilder) {
        json.markup("{\"@type\":\"Rating\",\"alternateName\":")
        json.string(alternateName)
        json.markup(",\"ratingExplanation\":")
        json.string(ratingExplanation)
        json.markup("}")
    }
}

/// Writes JSON on UTF-8 bytes. Strings escape quotes, backslashes and control characters as JSON requires,
/// and `<`, `>`, `&` as `\u` escapes so that no text can close an HTML `<script>` element.
struct JSONBuilder {
    private var writer: JSONBytes

    init(capacity: Int = 1024) { writer = JSONBytes(capacity: capacity) }

    var bytes: [UInt8] { writer.bytes }

    mutating func markup(_ literal: StaticString) { writer.raw(literal) }

    /// JSON this builder wrote before, copied as it is.
    mutating func encoded(_ fragment: [UInt8]) { writer.raw(fragment) }

    mutating func string(_ value: String) { writer.string(value, escaping: .script) }

    var text: String { writer.text }
}
