import Foundation
import Sentences
import Testing

@testable import Claims

/// Real article texts, whole and damaged (quotation marks dropped, cut short), must never crash the
/// extractor, and what it reports must stay inside the text: no span out of bounds, no content that
/// runs on into a paragraph that does not open with a quotation mark.
@Suite struct AttributionRobustnessTests {
    struct Sample: Sendable, CustomStringConvertible {
        var name: String
        var paragraphs: [String]
        var description: String { name }
    }

    static func articleTexts() -> [(String, String)] {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let shared = directory.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: shared.appendingPathComponent("seed/caravan-article.txt").path) {
                let files = ["seed/caravan-article.txt"]
                    + ["cnn_001", "cnn_002", "cnn_article", "time_001", "fox13now_001", "cleveland.com1"].map { "data/news-html/newspaper4k/\($0).txt" }
                return files.compactMap { file in
                    (try? String(contentsOf: shared.appendingPathComponent(file), encoding: .utf8)).map { (file, $0) }
                }
            }
            directory.deleteLastPathComponent()
        }
        return []
    }

    static let samples: [Sample] = {
        var samples: [Sample] = []
        for (name, text) in articleTexts() {
            let paragraphs = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            samples.append(Sample(name: name, paragraphs: paragraphs))
            let withoutClosing = paragraphs.map { $0.replacingOccurrences(of: "”", with: "").replacingOccurrences(of: "\" ", with: " ") }
            samples.append(Sample(name: name + " without closing marks", paragraphs: withoutClosing))
            let withoutOpening = paragraphs.map { $0.replacingOccurrences(of: "“", with: "").replacingOccurrences(of: " \"", with: " ") }
            samples.append(Sample(name: name + " without opening marks", paragraphs: withoutOpening))
            let straight = paragraphs.map { $0.replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"") }
            samples.append(Sample(name: name + " with straight marks", paragraphs: straight))
            let cut = paragraphs.map { String($0.prefix(max(1, $0.count * 2 / 3))) }
            samples.append(Sample(name: name + " cut short", paragraphs: cut))
        }
        return samples
    }()

    @Test func samplesAreThere() {
        #expect(Self.samples.count >= 30)
    }

    @Test(arguments: samples)
    func spansStayInsideTheText(_ sample: Sample) {
        let text = sample.paragraphs.joined(separator: "\n\n")
        let scalars = Array(text.unicodeScalars)
        let claims = AttributionExtractor.attributions(
            text: text, sentences: SentenceSplitter.split(paragraphs: sample.paragraphs), date: Day(iso: "2022-06-07"))
        func slice(_ span: Span) -> String { String(String.UnicodeScalarView(scalars[span.start..<span.end])) }
        #expect(claims.map(\.id) == claims.indices.map { "a\($0 + 1)" })
        for claim in claims {
            let spans = claim.contentSpans + [claim.sourceSpan, claim.cueSpan].compactMap { $0 }
            #expect(spans.allSatisfy { 0 <= $0.start && $0.start < $0.end && $0.end <= scalars.count })
            guard spans.allSatisfy({ 0 <= $0.start && $0.start <= $0.end && $0.end <= scalars.count }) else { continue }
            #expect(!claim.contentSpans.isEmpty)
            #expect(claim.content == claim.contentSpans.map(slice).joined(separator: " … "))
            #expect(claim.sourceSpan.map(slice) ?? "" == claim.source)
            #expect(claim.cueSpan.map(slice) == claim.cue)
            #expect(slice(Span(start: claim.start, end: claim.end)) == claim.text)
            // A content crosses into a paragraph only when that paragraph opens with a quotation mark.
            for span in claim.contentSpans {
                for paragraph in slice(span).components(separatedBy: "\n\n").dropFirst() {
                    #expect(paragraph.first.map { "\"“«".contains($0) } == true, "\(claim.id) runs on into: \(paragraph.prefix(40))")
                }
            }
        }
    }

    /// Random texts from attribution-shaped pieces (seeded, so every run tests the same 3,000 texts).
    @Test func randomPiecesNeverCrashOrLeaveTheText() {
        let pieces = [
            "said", "says", "told", "according", "to", "that", "he", "she", "they", "it", "Smith", "Mary Jones", "Mr.",
            "Dr.", "U.S.", "officials", "the", "a", "spokesman", "who", "which", "and", "but", "is", "was", "reported",
            "denied", "not", "did", ",", ".", "?", ":", ";", "—", "--", "\"", "“", "”", "'", "’", "«", "»", "(", ")",
            "\n\n", "\n\n\"", "Ángel", "PG&E", "R-Texas", "3.6%", "$2", "1,000", "last month", "in a statement",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 {
            let text = (0..<(1 + next(40))).map { _ in pieces[next(pieces.count)] }.joined(separator: next(4) == 0 ? "" : " ")
            let paragraphs = text.components(separatedBy: "\n\n")
            let claims = AttributionExtractor.attributions(
                text: text, sentences: SentenceSplitter.split(paragraphs: paragraphs), date: Day(iso: "2022-06-07"))
            let count = text.unicodeScalars.count
            for claim in claims {
                let spans = claim.contentSpans + [claim.sourceSpan, claim.cueSpan].compactMap { $0 }
                let inside = spans.allSatisfy { 0 <= $0.start && $0.start < $0.end && $0.end <= count }
                #expect(inside, "\(text)")
                if !inside { return }
            }
        }
    }

    @Test(arguments: ["", "\"", "“", "”", "\"\"\"", "said", ", said", "said: \"", "According to", "according to,",
                      "It was reported that", "-- \"", "— ", "He said \"", "\"A,\" he said, \"", "\n\n\n", "é\"è”",
                      "The letter, signed by, says", "X: \"\n\n\"\n\n\"", "U.S. Rep. said Dr. said"])
    func degenerateInputs(_ text: String) {
        let paragraphs = text.components(separatedBy: "\n\n")
        let claims = AttributionExtractor.attributions(
            text: text, sentences: SentenceSplitter.split(paragraphs: paragraphs), date: nil)
        let count = text.unicodeScalars.count
        #expect(claims.allSatisfy { claim in claim.contentSpans.allSatisfy { $0.end <= count } && claim.end <= count })
    }
}
