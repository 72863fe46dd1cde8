import Foundation
import Testing

/// The bundled corpus end to end: the built `claimcheck verify` on `Corpus/articles`, every expected claim of
/// `Corpus/expected/*.json` matched to a reported claim, and the verdicts compared.
struct CorpusExpectationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bars the corpus reached when they were set; a change that loses claims or verdicts fails here.
    static let minimumFound = 303
    static let minimumAgreeing = 298

    struct ExpectedClaim: Sendable {
        var article: String
        var text: String
        var sentence: String
        var kind: String
        var verdict: String
        /// The reference folder the expectation comes from ("us-cpi"), or "none".
        var source: String
    }

    struct ReportedClaim: Sendable {
        var kind: String
        var text: String
        var sentence: String
        var start: Int
        var end: Int
        /// For attributions: the source as written ("Homeland Security Secretary Alejandro Mayorkas").
        var source: String?
        /// The quantity's kind for numeric claims ("percent", "date").
        var quantityKind: String?
        var verdict: String
        var explanation: String
    }

    static func expectedClaims() throws -> [ExpectedClaim] {
        let folder = root.appendingPathComponent("Corpus/expected")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        var claims: [ExpectedClaim] = []
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(file) is no JSON object")
            let article = try #require(object["article"] as? String, "\(file) has no article")
            for claim in try #require(object["claims"] as? [[String: Any]], "\(file) has no claims") {
                claims.append(ExpectedClaim(
                    article: article, text: claim["text"] as? String ?? "", sentence: claim["sentence"] as? String ?? "",
                    kind: claim["kind"] as? String ?? "", verdict: claim["expected"] as? String ?? "",
                    source: (claim["dataset"] as? String)?.split(separator: "/").first.map(String.init) ?? "none"))
            }
        }
        return claims
    }

    /// Runs the built binary on the corpus and reads every article report, keyed by the article's file name.
    static func reportedClaims() throws -> [String: [ReportedClaim]] {
        let binary = root.appendingPathComponent(".build/debug/claimcheck")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build claimcheck first: \(binary.path) is missing")
        let out = NSTemporaryDirectory() + "claimcheck-corpus-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: out) }
        let process = Process()
        process.executableURL = binary
        // The seed's .txt copy carries no date; --date only fills in for articles without one.
        process.arguments = [
            "verify", root.appendingPathComponent("Corpus/articles").path, "--out", out, "--no-db", "--date", "2022-06-07",
            "--rules", root.appendingPathComponent("Rules").path, "--reference", root.appendingPathComponent("Corpus/reference").path,
        ]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "claimcheck verify exited with status \(process.terminationStatus): \(message)")

        var reports: [String: [ReportedClaim]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out) where name.hasSuffix(".json") && name != "summary.json" {
            let data = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(name) is no JSON object")
            let source = try #require(object["source"] as? String, "\(name) has no source")
            let claims = try #require(object["claims"] as? [[String: Any]], "\(name) has no claims")
            reports[(source as NSString).lastPathComponent] = claims.map { claim in
                ReportedClaim(
                    kind: claim["kind"] as? String ?? "", text: claim["text"] as? String ?? "", sentence: claim["sentence"] as? String ?? "",
                    start: claim["start"] as? Int ?? 0, end: claim["end"] as? Int ?? 0, source: claim["source"] as? String,
                    quantityKind: (claim["quantity"] as? [String: Any])?["kind"] as? String, verdict: claim["verdict"] as? String ?? "", explanation: claim["explanation"] as? String ?? "")
            }
        }
        return reports
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The UTF-8 offsets of `text` in `sentence`, if it occurs.
    static func byteRange(of text: String, in sentence: String) -> Range<Int>? {
        guard !text.isEmpty, let range = sentence.range(of: text) else { return nil }
        return sentence.utf8.distance(from: sentence.startIndex, to: range.lowerBound)..<sentence.utf8.distance(from: sentence.startIndex, to: range.upperBound)
    }

    /// All UTF-8 offsets where `text` starts in `sentence`.
    static func occurrences(of text: String, in sentence: String) -> [Int] {
        var offsets: [Int] = []
        var searchFrom = sentence.startIndex
        while !text.isEmpty, let range = sentence.range(of: text, range: searchFrom..<sentence.endIndex) {
            offsets.append(sentence.utf8.distance(from: sentence.startIndex, to: range.lowerBound))
            searchFrom = sentence.index(after: range.lowerBound)
        }
        return offsets
    }

    /// Where each claim of one sentence sits in it. Reported offsets count from the paragraph, not the sentence,
    /// so the sentence's own offset is the one that places the most claims on their text ("4.2% … 4.2%" twice).
    static func byteRanges(of claims: [ReportedClaim]) -> [Range<Int>?] {
        var shifts: [Int: Int] = [:]
        for claim in claims {
            for offset in Set(occurrences(of: claim.text, in: claim.sentence)) { shifts[claim.start - offset, default: 0] += 1 }
        }
        let shift = shifts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 0
        return claims.map { claim in
            let bytes = Array(claim.sentence.utf8)
            let start = claim.start - shift, end = claim.end - shift
            if start >= 0, start < end, end <= bytes.count, String(decoding: bytes[start..<end], as: UTF8.self) == claim.text {
                return start..<end
            }
            return occurrences(of: claim.text, in: claim.sentence).first.map { $0..<($0 + claim.text.utf8.count) }
        }
    }

    /// The reported claim standing for an expected one: same sentence, and its text (or, for an attribution, its
    /// source) overlapping the expected words. A claim of the expected kind wins, then a figure over a bare date
    /// ("5.4%" rather than "June 2021" in "5.4% in June 2021"), then the widest overlap.
    static func match(_ expected: ExpectedClaim, in reported: [ReportedClaim]) -> ReportedClaim? {
        let expectedSentence = normalized(expected.sentence)
        let candidates = reported.filter { claim in
            let sentence = normalized(claim.sentence)
            return sentence.contains(expectedSentence) || expectedSentence.contains(sentence)
        }
        let sentences = Dictionary(grouping: candidates, by: \.sentence).values
        var best: (claim: ReportedClaim, score: Int)?
        for (claim, span) in sentences.flatMap({ zip($0, byteRanges(of: $0)) }) {
            guard let wanted = byteRange(of: expected.text, in: claim.sentence) else { continue }
            var spans = [span]
            if let source = claim.source { spans.append(byteRange(of: source, in: claim.sentence)) }
            let overlap = spans.compactMap { $0 }.map { $0.clamped(to: wanted).count }.max() ?? 0
            let sameKind = claim.kind == expected.kind ? 1 : 0
            let figure = claim.quantityKind == "date" || claim.quantityKind == "year" ? 0 : 1
            let score = overlap > 0 ? overlap + sameKind * 10_000 + figure * 1_000 : 0
            if score > 0, score > (best?.score ?? 0) { best = (claim, score) }
        }
        return best?.claim
    }

    @Test func corpusVerdictsMatchTheExpectations() throws {
        let expected = try Self.expectedClaims()
        #expect(expected.count == 303, "Corpus/expected lists \(expected.count) claims")
        let reported = try Self.reportedClaims()
        let verdicts = ["supported", "refuted", "unverifiable", "needs-review"]
        var table: [String: [String: Int]] = [:]
        var found = 0
        var agreeing = 0
        var misses: [String] = []
        var bySource: [String: (agreeing: Int, total: Int)] = [:]
        for claim in expected {
            let match = Self.match(claim, in: reported[claim.article] ?? [])
            let got = match?.verdict ?? "not found"
            table[claim.verdict, default: [:]][got, default: 0] += 1
            bySource[claim.source, default: (0, 0)].total += 1
            if match != nil { found += 1 }
            if got == claim.verdict {
                agreeing += 1
                bySource[claim.source, default: (0, 0)].agreeing += 1
            } else {
                misses.append("\(claim.article): \"\(claim.text)\" expected \(claim.verdict), got \(got)\(match.map { ": " + $0.explanation } ?? "")")
            }
        }
        let columns = verdicts + ["not found"]
        var lines = ["expected \\ reported".padding(toLength: 20, withPad: " ", startingAt: 0) + columns.map { $0.leftPadded(14) }.joined()]
        for verdict in verdicts.dropLast() {
            lines.append(verdict.padding(toLength: 20, withPad: " ", startingAt: 0) + columns.map { String(table[verdict]?[$0] ?? 0).leftPadded(14) }.joined())
        }
        let accuracy = Double(agreeing) / Double(expected.count) * 100
        lines.append("found \(found) of \(expected.count); expected verdict for \(agreeing) (\(String(format: "%.1f", accuracy))%)")
        lines.append("by reference data: " + bySource.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.agreeing)/\($0.value.total)" }.joined(separator: ", "))
        print(lines.joined(separator: "\n"))
        print(misses.joined(separator: "\n"))
        #expect(found >= Self.minimumFound, "only \(found) of \(expected.count) expected claims were reported")
        #expect(agreeing >= Self.minimumAgreeing, "only \(agreeing) of \(expected.count) claims got the expected verdict")
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}
