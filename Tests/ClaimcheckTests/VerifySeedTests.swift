import Foundation
import Testing
@testable import claimcheck

/// The seed acceptance: `claimcheck verify` on the seed article, as text (dated with --date) and as the HTML
/// page (both bundled by the ingest work), gives these verdicts. It needs the real claim extractors.
struct VerifySeedTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    enum Input: String, CaseIterable, Sendable {
        case text = "Corpus/articles/caravan-article.txt"
        case html = "Corpus/articles/caravan-article.html"
    }

    /// A claim the seed must yield, picked out of the report by its fields.
    struct Expectation: Sendable, CustomStringConvertible {
        var description: String
        var kind: String
        /// Field → text the field must contain ("text" → "234,000").
        var fields: [String: String]
        var verdict: String
    }

    static let expectations: [Expectation] = [
        Expectation(description: "more than 234,000 encounters in April", kind: "numeric", fields: ["text": "234,000"], verdict: "supported"),
        Expectation(description: "Homeland Security Secretary Alejandro Mayorkas", kind: "attribution", fields: ["speaker": "Alejandro Mayorkas", "title": "Homeland Security Secretary"], verdict: "supported"),
        Expectation(description: "Vice President Kamala Harris", kind: "attribution", fields: ["speaker": "Kamala Harris", "title": "Vice President"], verdict: "supported"),
        Expectation(description: "two dozen Republican states", kind: "numeric", fields: ["text": "two dozen"], verdict: "supported"),
        Expectation(description: "the May 23 end of the restrictions", kind: "numeric", fields: ["text": "May 23"], verdict: "supported"),
        Expectation(description: "approximately 12,000 migrants", kind: "numeric", fields: ["text": "12,000"], verdict: "unverifiable"),
        Expectation(description: "1,000 visas a day", kind: "numeric", fields: ["text": "1,000"], verdict: "unverifiable"),
        Expectation(description: "the caravan of October last year", kind: "numeric", fields: ["text": "October"], verdict: "unverifiable"),
    ]

    /// Runs `claimcheck verify` once per input and keeps the article report's claims.
    static func claims(of input: Input) throws -> [[String: Any]] {
        let out = NSTemporaryDirectory() + "claimcheck-seed-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: out) }
        let path = root.appendingPathComponent(input.rawValue).path
        #expect(FileManager.default.fileExists(atPath: path), "missing seed input \(path)")
        let command = try VerifyCommand.parse([
            path, "--date", "2022-06-07", "--out", out,
            "--rules", root.appendingPathComponent("Rules").path,
            "--reference", root.appendingPathComponent("Corpus/reference").path,
        ])
        try command.run()
        let report = try Data(contentsOf: URL(fileURLWithPath: out + "/caravan-article.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: report) as? [String: Any])
        return try #require(object["claims"] as? [[String: Any]])
    }

    @Test(arguments: Input.allCases)
    func seedVerdicts(_ input: Input) throws {
        let claims = try Self.claims(of: input)
        for expectation in Self.expectations {
            let matching = claims.filter { claim in
                claim["kind"] as? String == expectation.kind
                    && expectation.fields.allSatisfy { field, text in (claim[field] as? String)?.contains(text) == true }
            }
            #expect(!matching.isEmpty, "\(input): no claim for \(expectation)")
            for claim in matching {
                #expect(
                    claim["verdict"] as? String == expectation.verdict,
                    "\(input): \(expectation) → \(claim["verdict"] ?? "none"): \(claim["explanation"] ?? "")")
            }
        }
    }
}
