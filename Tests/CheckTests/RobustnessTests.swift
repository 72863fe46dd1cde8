import Foundation
import Testing
@testable import Check

/// Damaged inputs give diagnostics, never a crash.
struct RobustnessTests {
    /// Deterministic pseudo-random bytes (xorshift), biased towards CSV's special characters.
    static func noise(seed: UInt64, count: Int) -> [UInt8] {
        var state = seed | 1
        let alphabet: [UInt8] = Array("\",\r\n ab1.".utf8) + [0xEF, 0xBB, 0xBF, 0xFF, 0xC3, 0xA9]
        return (0..<count).map { _ in
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return alphabet[Int(state % UInt64(alphabet.count))]
        }
    }

    @Test(arguments: 0..<200)
    func csvNoiseNeverCrashes(_ seed: Int) {
        let bytes = Self.noise(seed: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15, count: 1 + seed * 3)
        do {
            let records = try CSVReader.records(bytes)
            #expect(records.allSatisfy { $0.line >= 1 })
        } catch {
            #expect(error.line >= 1)
        }
    }

    /// Every truncation of every bundled rule file lints to diagnostics (or to none) without crashing.
    @Test func truncatedRuleFilesGiveDiagnostics() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.rules).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(!files.isEmpty)
        for name in files {
            let text = try String(contentsOfFile: Repository.rules + "/" + name, encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            for cut in stride(from: 0, to: scalars.count, by: 331) {
                let scratch = Scratch()
                _ = scratch.write("rules/" + name, String(String.UnicodeScalarView(scalars[..<cut])))
                let problems = RuleSet.lint(rulesDirectory: scratch.path + "/rules", referenceDirectory: Repository.reference)
                #expect(problems.allSatisfy { $0.file.hasPrefix(scratch.path) && $0.line >= 1 && $0.column >= 1 })
            }
        }
    }
}
