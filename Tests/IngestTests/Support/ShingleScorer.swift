/// The article-extraction-benchmark's body-text metric: lower-case `\w+` tokens, bags of 4-token
/// shingles per page; precision = shared / predicted shingles, recall = shared / expected
/// shingles (1 for both when a page has neither), each averaged over pages, F1 of the averages.
struct ShingleScorer {
    struct Figures: CustomStringConvertible {
        var precision: Double
        var recall: Double
        var pages: Int
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var description: String {
            "F1 \(Self.format(f1)) (precision \(Self.format(precision)), recall \(Self.format(recall)), \(pages) pages)"
        }

        private static func format(_ value: Double) -> String {
            let thousandths = Int((value * 1000).rounded())
            let fraction = String(thousandths % 1000)
            return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
        }
    }

    private var precisions: [Double] = []
    private var recalls: [Double] = []

    mutating func add(predicted: String, expected: String) {
        let score = Self.score(predicted: predicted, expected: expected)
        precisions.append(score.precision)
        recalls.append(score.recall)
    }

    var figures: Figures {
        let count = Double(max(precisions.count, 1))
        return Figures(
            precision: precisions.reduce(0, +) / count, recall: recalls.reduce(0, +) / count, pages: precisions.count)
    }

    static func score(predicted: String, expected: String) -> (precision: Double, recall: Double) {
        let predictedShingles = shingles(predicted)
        let expectedShingles = shingles(expected)
        let predictedCount = predictedShingles.values.reduce(0, +)
        let expectedCount = expectedShingles.values.reduce(0, +)
        if predictedCount == 0 && expectedCount == 0 { return (1, 1) }
        var shared = 0
        for (shingle, count) in predictedShingles { shared += min(count, expectedShingles[shingle] ?? 0) }
        return (
            predictedCount == 0 ? 0 : Double(shared) / Double(predictedCount),
            expectedCount == 0 ? 0 : Double(shared) / Double(expectedCount)
        )
    }

    /// Python's `\w`: letters, digits and marks of any script, and the underscore.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
                || scalar == "_"
            {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    /// Bags of consecutive 4-token shingles; a text of fewer tokens is one shingle of all of them.
    static func shingles(_ text: String) -> [[String]: Int] {
        let words = tokens(text)
        var bag: [[String]: Int] = [:]
        guard !words.isEmpty else { return bag }
        guard words.count >= 4 else { return [words: 1] }
        for start in 0...(words.count - 4) { bag[Array(words[start..<start + 4]), default: 0] += 1 }
        return bag
    }
}
