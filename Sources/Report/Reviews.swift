import Check
import Claims
import Foundation

/// A reviewer's decision on one claim, as the article page exports it in `reviews.json`.
public struct Review: Sendable, Hashable {
    public enum Decision: String, Sendable, Codable {
        case confirmed
        case overridden
    }

    /// The article's source, as in `ArticleReport.source`.
    public var article: String
    public var claimID: String
    /// The claim's text when it was reviewed; a different text now means the review may not apply.
    public var claimText: String
    public var machineVerdict: Verdict
    public var decision: Decision
    /// The reviewer's verdict: the machine's when confirmed.
    public var verdict: Verdict
    public var note: String?
    /// Who decided, as they gave their name on the page.
    public var reviewer: String?
    /// ISO 8601 timestamp written by the page.
    public var reviewedAt: String?

    public init(
        article: String, claimID: String, claimText: String, machineVerdict: Verdict, decision: Decision,
        verdict: Verdict, note: String? = nil, reviewer: String? = nil, reviewedAt: String? = nil
    ) {
        self.article = article
        self.claimID = claimID
        self.claimText = claimText
        self.machineVerdict = machineVerdict
        self.decision = decision
        self.verdict = verdict
        self.note = note
        self.reviewer = reviewer
        self.reviewedAt = reviewedAt
    }
}

/// A review matched to a claim of the current run.
public struct AppliedReview: Sendable, Hashable {
    public var review: Review
    /// The claim's text differs from the reviewed text: the article or the extraction changed since.
    public var claimTextChanged: Bool
    /// The machine's verdict differs from the one the reviewer saw.
    public var machineVerdictChanged: Bool
}

/// The reviews of one article, matched to its claims.
public struct ArticleReviews: Sendable {
    /// Keyed by the current claim id.
    public var byClaim: [String: AppliedReview]
    /// Reviews whose claim is no longer in the article.
    public var unmatched: [Review]

    public static let none = ArticleReviews(byClaim: [:], unmatched: [])
}

/// The decisions loaded from `reviews.json` (`claimcheck verify --reviews FILE`).
///
/// File format: `{"format": "claimcheck-reviews", "version": 1, "reviews": [{"article", "claim", "claimText",
/// "machineVerdict", "decision": "confirmed"|"overridden", "verdict", "note", "reviewer", "reviewedAt"}]}`;
/// `verdict` may be left out of a confirmation. A later entry for the same claim replaces an earlier one.
public struct Reviews: Sendable {
    public var entries: [Review]

    public init(_ entries: [Review] = []) {
        self.entries = entries
    }

    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var file: String
        public var reason: String
        public var description: String { "\(file): \(reason)" }
    }

    /// Reads a reviews file; errors name the file and, where there is one, the entry at fault.
    public init(contentsOfFile path: String) throws(LoadError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LoadError(file: path, reason: "cannot read the file (\(error.localizedDescription))")
        }
        try self.init(json: data, file: path)
    }

    /// Decodes the JSON of a reviews file; `file` names it in errors.
    public init(json data: Data, file: String) throws(LoadError) {
        do {
            let document = try JSONDecoder().decode(ReviewsDocument.self, from: data)
            guard document.format == ReviewsDocument.formatName else {
                throw LoadError(file: file, reason: "not a reviews file (\"format\" is not \"\(ReviewsDocument.formatName)\")")
            }
            guard document.version == 1 else {
                throw LoadError(file: file, reason: "unsupported reviews version \(document.version)")
            }
            entries = document.reviews.map(\.review)
        } catch let error as LoadError {
            throw error
        } catch let error as DecodingError {
            throw LoadError(file: file, reason: Self.describe(error))
        } catch {
            throw LoadError(file: file, reason: "\(error)")
        }
    }

    /// Matches this article's reviews to its claims: by claim id, or by the reviewed text when the ids
    /// moved; a review whose claim id remains but whose text changed is kept and flagged.
    public func applied(to report: ArticleReport) -> ArticleReviews {
        var forArticle = entries.filter { $0.article == report.source }
        if forArticle.isEmpty {
            let name = Self.fileName(report.source)
            forArticle = entries.filter { Self.fileName($0.article) == name }
        }
        guard !forArticle.isEmpty else { return .none }

        var claimsByID: [String: CheckedClaim] = [:]
        var idsByText: [String: [String]] = [:]
        for checked in report.claims {
            claimsByID[checked.claim.id] = checked
            idsByText[checked.claim.text, default: []].append(checked.claim.id)
        }

        var byClaim: [String: AppliedReview] = [:]
        var unmatched: [Review] = []
        for review in forArticle {
            if let current = claimsByID[review.claimID], current.claim.text == review.claimText {
                byClaim[review.claimID] = AppliedReview(
                    review: review, claimTextChanged: false, machineVerdictChanged: current.verdict != review.machineVerdict)
            } else if let ids = idsByText[review.claimText], ids.count == 1, let current = claimsByID[ids[0]] {
                byClaim[ids[0]] = AppliedReview(
                    review: review, claimTextChanged: false, machineVerdictChanged: current.verdict != review.machineVerdict)
            } else if let current = claimsByID[review.claimID] {
                byClaim[review.claimID] = AppliedReview(
                    review: review, claimTextChanged: true, machineVerdictChanged: current.verdict != review.machineVerdict)
            } else {
                unmatched.append(review)
            }
        }
        return ArticleReviews(byClaim: byClaim, unmatched: unmatched)
    }

    private static func fileName(_ path: String) -> Substring {
        path.split(separator: "/").last ?? Substring(path)
    }

    private static func describe(_ error: DecodingError) -> String {
        func location(_ path: [any CodingKey]) -> String {
            let joined = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return joined.hasPrefix(".") ? String(joined.dropFirst()) : joined
        }
        switch error {
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "not valid JSON" : "\(location(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(location(context.codingPath + [key])): missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(location(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}

private struct ReviewsDocument: Decodable {
    static let formatName = "claimcheck-reviews"
    var format: String
    var version: Int
    var reviews: [ReviewEntry]
}

private struct ReviewEntry: Decodable {
    var review: Review

    private enum Key: String, CodingKey {
        case article, claim, claimText, machineVerdict, decision, verdict, note, reviewer, reviewedAt
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let machineVerdict = try container.decode(Verdict.self, forKey: .machineVerdict)
        let decision = try container.decode(Review.Decision.self, forKey: .decision)
        let verdict: Verdict
        switch decision {
        case .confirmed: verdict = try container.decodeIfPresent(Verdict.self, forKey: .verdict) ?? machineVerdict
        case .overridden: verdict = try container.decode(Verdict.self, forKey: .verdict)
        }
        let note = try container.decodeIfPresent(String.self, forKey: .note)
        let reviewer = try container.decodeIfPresent(String.self, forKey: .reviewer)
        review = Review(
            article: try container.decode(String.self, forKey: .article),
            claimID: try container.decode(String.self, forKey: .claim),
            claimText: try container.decode(String.self, forKey: .claimText),
            machineVerdict: machineVerdict, decision: decision, verdict: verdict,
            note: note?.isEmpty == true ? nil : note,
            reviewer: reviewer?.isEmpty == true ? nil : reviewer,
            reviewedAt: try container.decodeIfPresent(String.self, forKey: .reviewedAt))
    }
}

extension Claim {
    /// The claim's words as written in the article.
    var text: String {
        switch self {
        case .numeric(let claim): claim.text
        case .attribution(let claim): claim.text
        }
    }

    var end: Int {
        switch self {
        case .numeric(let claim): claim.end
        case .attribution(let claim): claim.end
        }
    }
}
