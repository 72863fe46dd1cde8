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
    public func jsonLines(for report: ArticleReport, pageName: String, reviews: ArticleReviews = .none) -> [String] {
        let encoder = Self.encoder()
        return claimReviews(for: report, pageName: pageName, reviews: reviews).compactMap { review in
            (try? encoder.encode(review)).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// The JSON-LD array for the article page's `<script type="application/ld+json">`, with `<`, `>` and `&`
    /// written as `\u` escapes so no article text can close the script element.
    func scriptJSON(for report: ArticleReport, pageName: String, reviews: ArticleReviews) -> String {
        let encoder = Self.encoder()
        encoder.outputFormatting.insert(.prettyPrinted)
        guard let data = try? encoder.encode(claimReviews(for: report, pageName: pageName, reviews: reviews)) else {
            return "[]"
        }
        var output: [UInt8] = []
        output.reserveCapacity(data.count)
        for byte in data {
            switch byte {
            case UInt8(ascii: "<"): output.append(contentsOf: Self.escapedLessThan)
            case UInt8(ascii: ">"): output.append(contentsOf: Self.escapedGreaterThan)
            case UInt8(ascii: "&"): output.append(contentsOf: Self.escapedAmpersand)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let escapedLessThan = Array("\\u003c".utf8)
    private static let escapedGreaterThan = Array("\\u003e".utf8)
    private static let escapedAmpersand = Array("\\u0026".utf8)

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    func claimReviews(for report: ArticleReport, pageName: String, reviews: ArticleReviews) -> [ClaimReviewObject] {
        var attributions: [String: AttributionClaim] = [:]
        for checked in report.claims {
            if case .attribution(let attribution) = checked.claim { attributions[attribution.id] = attribution }
        }
        let bylineAuthors = report.byline.map { SchemaThing(type: "Person", name: $0) }
        let appearance = Appearance(
            url: report.url, headline: report.title, datePublished: report.published,
            author: bylineAuthors.isEmpty ? nil : bylineAuthors)

        return report.claims.compactMap { checked in
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
                case .attribution(let attribution): Self.author(of: attribution)
                case .numeric(let numeric): numeric.attribution.flatMap { attributions[$0] }.map(Self.author(of:))
                }
            return ClaimReviewObject(
                url: pageURL(pageName: pageName, claimID: checked.claim.id),
                claimReviewed: checked.claim.text,
                datePublished: datePublished,
                author: SchemaThing(type: "Organization", name: publisher),
                itemReviewed: ReviewedClaim(
                    author: speaker ?? (bylineAuthors.count == 1 ? bylineAuthors[0] : nil), appearance: appearance),
                reviewRating: Rating(alternateName: verdict.label, ratingExplanation: explanation))
        }
    }

    private func pageURL(pageName: String, claimID: String) -> String {
        let fragment = claimID.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? claimID
        let page = (pageName.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? pageName) + ".html#claim-" + fragment
        guard let baseURL else { return page }
        return baseURL.hasSuffix("/") ? baseURL + page : baseURL + "/" + page
    }

    private static func author(of attribution: AttributionClaim) -> SchemaThing {
        let type = attribution.speakerKind == .person ? "Person" : "Organization"
        return SchemaThing(type: type, name: attribution.speaker ?? attribution.source, jobTitle: attribution.title)
    }
}

// The schema.org shapes; JSONEncoder with sorted keys keeps "@context" and "@type" first.

struct ClaimReviewObject: Encodable {
    var context = "https://schema.org"
    var type = "ClaimReview"
    var url: String
    var claimReviewed: String
    var datePublished: String?
    var author: SchemaThing
    var itemReviewed: ReviewedClaim
    var reviewRating: Rating

    enum CodingKeys: String, CodingKey {
        case context = "@context", type = "@type", url, claimReviewed, datePublished, author, itemReviewed, reviewRating
    }
}

struct SchemaThing: Encodable {
    var type: String
    var name: String
    var jobTitle: String?

    enum CodingKeys: String, CodingKey {
        case type = "@type", name, jobTitle
    }
}

struct ReviewedClaim: Encodable {
    var type = "Claim"
    var author: SchemaThing?
    var appearance: Appearance

    enum CodingKeys: String, CodingKey {
        case type = "@type", author, appearance
    }
}

struct Appearance: Encodable {
    var type = "CreativeWork"
    var url: String?
    var headline: String?
    var datePublished: String?
    var author: [SchemaThing]?

    enum CodingKeys: String, CodingKey {
        case type = "@type", url, headline, datePublished, author
    }
}

struct Rating: Encodable {
    var type = "Rating"
    var alternateName: String
    var ratingExplanation: String

    enum CodingKeys: String, CodingKey {
        case type = "@type", alternateName, ratingExplanation
    }
}
