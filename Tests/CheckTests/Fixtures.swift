import Claims
import Foundation
@testable import Check

/// Paths into the repository, found from this file so tests run from any working directory.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let rules = root.appendingPathComponent("Rules").path
    static let reference = root.appendingPathComponent("Corpus/reference").path
}

/// The bundled rules and datasets, loaded once for all tests; a problem in them fails the test that needs them.
enum Bundled {
    static let loaded: Result<Verifier, Diagnostics> = Result { () throws(Diagnostics) -> Verifier in
        let library = try ReferenceLibrary.load(directory: Repository.reference)
        return Verifier(rules: try RuleSet.load(directory: Repository.rules, library: library), library: library)
    }

    static func verifier() throws -> Verifier { try loaded.get() }
}

/// Hand-built claims, as the claims stage would hand them over.
enum Make {
    static func period(_ text: String, _ from: String, _ to: String, _ granularity: Period.Granularity) -> Period {
        Period(text: text, start: 0, end: 0, from: from, to: to, granularity: granularity)
    }

    static func numeric(
        _ text: String, in sentence: String, value: Double?, bound: Quantity.Bound = .exact, approximator: String? = nil,
        kind: Quantity.Kind = .count, unit: String? = nil, measure: String?, period: Period? = nil, rate: String? = nil, lower: Double? = nil,
        upper: Double? = nil, subject: [String] = []
    ) -> Claim {
        let quantity = Quantity(
            text: text, start: 0, end: text.unicodeScalars.count, value: value, lower: lower, upper: upper, kind: kind, unit: unit,
            approximator: approximator, bound: bound, rate: rate, period: kind == .date ? period : nil)
        return .numeric(NumericClaim(
            id: "n1", text: text, sentence: sentence, start: 0, end: text.unicodeScalars.count, quantity: quantity, measure: measure,
            subject: subject, period: kind == .date ? nil : period))
    }

    static func attribution(source: String, speaker: String?, title: String?) -> Claim {
        .attribution(AttributionClaim(
            id: "a1", text: source + " said it.", sentence: source + " said it.", start: 0, end: 0, source: source, sourceSpan: nil,
            speaker: speaker, title: title, speakerKind: .person, cue: "said", cueLemma: "say", cueSpan: nil, cueClass: .assertion,
            negated: false, content: "it", contentSpans: [], direct: .indirect, channel: nil, when: nil))
    }
}

/// A scratch folder removed when the test is done.
struct Scratch: ~Copyable {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "claimcheck-check-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    func write(_ relative: String, _ text: String) -> String {
        let file = (path as NSString).appendingPathComponent(relative)
        try? FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
        return file
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}
