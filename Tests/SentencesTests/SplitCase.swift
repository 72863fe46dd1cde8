import Foundation
import Testing

/// One case of a case file: an input text and the exact sentences expected from it.
struct SplitCase: Sendable, CustomTestStringConvertible {
    var file: String
    var line: Int
    var input: String
    var expected: [String]

    var testDescription: String { "\(file):\(line) \(input.prefix(60))" }

    static let phenomena = load("phenomena.txt")
    static let news = load("news.txt")
    static let all = phenomena + news

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases")

    /// Reads a case file: "> input" starts a case, each "= sentence" adds an expected sentence,
    /// "#" lines are comments; "\n" in either stands for a line break.
    static func load(_ name: String) -> [SplitCase] {
        let url = directory.appendingPathComponent(name)
        guard let contents = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("cannot read the case file \(url.path)")
        }
        var cases: [SplitCase] = []
        for (index, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.dropFirst(2).replacingOccurrences(of: "\\n", with: "\n")
            if line.hasPrefix("> ") {
                cases.append(SplitCase(file: name, line: index + 1, input: text, expected: []))
            } else if line.hasPrefix("= ") {
                guard !cases.isEmpty else { fatalError("\(name):\(index + 1): expected sentence before any input") }
                cases[cases.count - 1].expected.append(text)
            } else if !line.isEmpty && !line.hasPrefix("#") {
                fatalError("\(name):\(index + 1): a line must start with \"> \", \"= \" or \"#\"")
            }
        }
        return cases
    }
}
