import Check
import Claims
import Foundation
import Ingest
import Report
import Sentences
import Testing

/// The report's claim JSON is written byte by byte; it must stay exactly what Foundation's JSONEncoder made of
/// the claims' and evidence's Codable conformances, which `claimcheck claims` and stored results still use.
struct JSONBytesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What `JSONReport.claim` wrote when it went through JSONEncoder.
    static func encoderClaimJSON(_ checked: CheckedClaim) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let claimJSON = String(decoding: try encoder.encode(checked.claim), as: UTF8.self)
        let evidence = String(decoding: try encoder.encode(checked.evidence), as: UTF8.self)
        var object = String(claimJSON.dropLast())
        if object != "{" { object += "," }
        object += "\"verdict\":\(quote(checked.verdict.rawValue)),\"rule\":\(quote(checked.rule)),"
        object += "\"evidence\":\(evidence),\"explanation\":\(quote(checked.explanation))}"
        return object
    }

    /// The report fields' escaping as it was: only \n, \r, \t short, other controls as \u00xx.
    static func quote(_ string: String?) -> String {
        guard let string else { return "null" }
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static let corpusArticles: [String] = {
        let folder = root.appendingPathComponent("Corpus/articles")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".html") || $0.hasSuffix(".txt") }.sorted()
    }()

    static let verifier: Result<Verifier, any Error> = Result {
        let library = try ReferenceLibrary.load(directory: root.appendingPathComponent("Corpus/reference").path)
        let rules = try RuleSet.load(directory: root.appendingPathComponent("Rules").path, library: library)
        return Verifier(rules: rules, library: library)
    }

    @Test func corpusIsThere() {
        #expect(Self.corpusArticles.count >= 20)
    }

    @Test(arguments: corpusArticles)
    func everyCorpusClaimIsWrittenAsTheEncoderWroteIt(_ name: String) throws {
        let verifier = try Self.verifier.get()
        let article = try Ingestor.ingest(path: Self.root.appendingPathComponent("Corpus/articles/\(name)").path)
        let date = article.publishedDay.flatMap(Day.init(iso:))
        let claims = ClaimExtractor.claims(text: article.text, sentences: SentenceSplitter.split(article), date: date)
        let checked = verifier.check(claims, articleDate: date)
        #expect(!checked.isEmpty)
        for claim in checked {
            #expect(try JSONReport.claim(claim) == Self.encoderClaimJSON(claim))
        }
    }

    static let edgeText = "Ünïcödé “quotes” \"q\" back\\slash /slash\u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1F}\u{7F} \u{2028} 😀 e\u{301}"

    static func quantity(value: Double?, lower: Double?, upper: Double?, precision: Double?, period: Period?) -> Quantity {
        Quantity(
            text: edgeText, start: 0, end: -1, value: value, lower: lower, upper: upper, kind: .money, unit: nil,
            approximator: nil, bound: .between, rate: nil, period: period, precision: precision, comparative: "increase",
            baseline: nil)
    }

    static let period = Period(text: "in fiscal 2022", start: 3, end: 17, from: "2021-10-01", to: nil, granularity: .fiscalYear)

    static let edgeClaims: [CheckedClaim] = {
        let doubles: [Double] = [234_000.0, 0, -0.0, -1.5, 0.1, 1e20, 1e16, 2.5e15, 1.5e-7, 1e-5, 0.0001, 1.0 / 3, -123_456_789_012.25, .greatestFiniteMagnitude, .leastNonzeroMagnitude]
        var claims: [Claim] = doubles.map { value in
            .numeric(NumericClaim(
                id: "n\(value)", text: edgeText, sentence: "", start: Int.min, end: Int.max,
                quantity: quantity(value: value, lower: -value, upper: nil, precision: value / 3, period: period),
                measure: nil, subject: [], period: nil, attribution: nil))
        }
        claims.append(.numeric(NumericClaim(
            id: "", text: "", sentence: edgeText, start: 0, end: 0,
            quantity: quantity(value: nil, lower: nil, upper: nil, precision: nil, period: nil),
            measure: edgeText, subject: ["a", edgeText, ""], period: period, attribution: "a1")))
        for direct in [AttributionClaim.Directness.direct, .indirect, .mixed] {
            claims.append(.attribution(AttributionClaim(
                id: "a\(direct)", text: edgeText, sentence: edgeText, start: 1, end: 2, source: "", sourceSpan: nil,
                speaker: nil, title: nil, speakerKind: .anonymous, cue: ":", cueLemma: "", cueSpan: nil, cueClass: .finding,
                negated: true, content: edgeText, contentSpans: [], direct: direct, channel: nil, when: nil, parent: nil)))
        }
        claims.append(.attribution(AttributionClaim(
            id: "a9", text: "t", sentence: "s", start: 1, end: 2, source: edgeText, sourceSpan: Span(start: 5, end: 9),
            speaker: edgeText, title: "Secretary", speakerKind: .person, cue: "told", cueLemma: "tell", cueSpan: Span(start: -1, end: 0),
            cueClass: .assertion, negated: false, content: "c", contentSpans: [Span(start: 1, end: 2), Span(start: 3, end: 4)],
            direct: .direct, channel: "Fox News", when: period, parent: "a1")))
        claims.append(.attribution(AttributionClaim(
            id: "a10", text: "t", sentence: "s", start: 1, end: 2, source: "", sourceSpan: Span(start: 0, end: 0),
            speaker: nil, title: nil, speakerKind: .document, cue: "", cueLemma: "", cueSpan: nil, cueClass: .belief,
            negated: false, content: "", contentSpans: [], direct: .indirect, channel: nil, when: nil)))
        let evidence = [
            Evidence(rule: ""),
            Evidence(
                rule: edgeText, dataset: edgeText, vintage: "2022-05-17",
                rows: [
                    Evidence.Row(line: 0, values: [:]),
                    Evidence.Row(
                        line: 337, values: ["b": edgeText, "A": "", "a": "", "_z": "", "x10": "", "x9": "", "é": "", "f\u{301}": "", "Z": "1"],
                        file: edgeText),
                ],
                referenceValue: 234_088, otherVintages: ["2023-03-10": 235_785.5, "2022-01-01": -0.0, "B": 1e-9, "a": 1e300],
                claimedValue: 234_000, claimedLower: -1, claimedUpper: 0.1, comparison: edgeText),
        ]
        let verdicts = Verdict.allCases
        return claims.enumerated().map { index, claim in
            CheckedClaim(
                claim: claim, verdict: verdicts[index % verdicts.count], rule: index.isMultiple(of: 2) ? nil : edgeText,
                evidence: index.isMultiple(of: 3) ? [] : evidence, explanation: index.isMultiple(of: 4) ? "" : edgeText)
        }
    }()

    /// Each character JSON escapes at every position of texts longer than the eight bytes the writer steps over.
    @Test(arguments: ["\"", "\\", "\n", "\u{0}", "\u{8}", "\u{1F}", "/"])
    func stringEscapingAtEveryPosition(_ special: String) throws {
        for text in ["Encounters rose 12% in May", "Núñez said “más de 200 mil”"] {
            let characters = Array(text)
            for position in 0...characters.count {
                let input = String(characters[..<position]) + special + String(characters[position...])
                var json = JSONBytes()
                json.string(input)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.withoutEscapingSlashes]
                #expect(json.text == String(decoding: try encoder.encode(input), as: UTF8.self))
            }
        }
    }

    @Test(arguments: edgeClaims)
    func edgeCaseIsWrittenAsTheEncoderWroteIt(_ claim: CheckedClaim) throws {
        #expect(try JSONReport.claim(claim) == Self.encoderClaimJSON(claim))
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteNumberIsAnErrorNotACrash(_ value: Double) {
        var claim = Self.edgeClaims[0]
        if case .numeric(var numeric) = claim.claim {
            numeric.quantity.value = value
            claim.claim = .numeric(numeric)
        }
        #expect(throws: EncodingError.self) { try JSONReport.claim(claim) }
        let report = ArticleReport(source: "a.txt", title: nil, byline: [], published: nil, url: nil, paragraphs: [], claims: [claim])
        #expect(throws: EncodingError.self) { try JSONReport.article(report) }
    }

    /// Numbers are written digit by digit; whole doubles below 2^53 skip their description, larger ones and
    /// fractions keep it.
    @Test(arguments: [
        0, -0.0, 1, -1, 7, 10, 99, 100, 234_088, -234_088.0, 9_007_199_254_740_991, -9_007_199_254_740_991, 9_007_199_254_740_992,
        9_007_199_254_740_994, 1e15, 1e16, 1e16 - 2, 1e300, -1e300, 0.1, -0.5, 235_785.5, 1e-9, 4_503_599_627_370_496.5,
    ])
    func numberIsWrittenAsTheEncoderWritesIt(_ value: Double) throws {
        let encoder = JSONEncoder()
        var json = JSONBytes()
        try json.double(value)
        #expect(json.text == String(decoding: try encoder.encode(value), as: UTF8.self))
        if value.magnitude < 1e18, value == value.rounded() {
            var integer = JSONBytes()
            integer.int(Int(value))
            #expect(integer.text == String(decoding: try encoder.encode(Int(value)), as: UTF8.self))
        }
    }

    @Test(arguments: [Int.min, Int.max, Int.min + 1, 0, -10, 1_000_000])
    func integerIsWrittenAsTheEncoderWritesIt(_ value: Int) throws {
        var json = JSONBytes()
        json.int(value)
        #expect(json.text == String(decoding: try JSONEncoder().encode(value), as: UTF8.self))
    }

    /// The envelope around the claims: the old report fields' escaping, empty and non-empty claim lists.
    @Test(arguments: [0, 1, 3])
    func articleIsWrittenAsBefore(_ claimCount: Int) throws {
        let claims = Array(Self.edgeClaims.prefix(claimCount))
        let report = ArticleReport(
            source: Self.edgeText, title: nil, byline: [], published: "2022-06-07", url: Self.edgeText, paragraphs: [], claims: claims)
        let lines = try claims.map(Self.encoderClaimJSON)
        let expected = "{\n  \"source\": \(Self.quote(Self.edgeText)),\n  \"title\": null,\n  \"published\": \"2022-06-07\",\n"
            + "  \"url\": \(Self.quote(Self.edgeText)),\n  \"claims\": ["
            + (lines.isEmpty ? "]" : "\n    " + lines.joined(separator: ",\n    ") + "\n  ]") + "\n}\n"
        #expect(try JSONReport.article(report) == expected)
    }
}
