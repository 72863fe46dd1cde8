import Foundation
import Testing

/// `claimcheck rules lint` on broken rule files and datasets: each problem is one FILE:LINE:COLUMN line,
/// nothing outside the rule and reference folders is read, and an alias bomb is refused at once.
struct BadRuleFileTests {
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        /// Relative path under the temporary folder (`rules/…` or `reference/…`) → contents.
        var files: [String: String]
        /// The lint output line, with the temporary folder written as "ROOT".
        var expected: String
    }

    static let bomb: String = {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            text += "\(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        return text + "rules:\n  - id: x\n    ambiguous-with: *i\n"
    }()

    static let manifest = """
        name: places
        title: Places
        publisher: test
        source: test
        retrieved: 2026-01-01
        licence: CC0
        units: people
        files:
          - path: FILE
        columns:
          place: {type: text}
          people: {type: integer}
        keys: [place]

        """

    static let cases: [Case] = [
        Case(description: "YAML alias bomb", files: ["rules/bomb.yaml": bomb],
             expected: "ROOT/rules/bomb.yaml:1:1: refused: aliases expand the file beyond 100000 values (an alias bomb?)"),
        Case(description: "tab indentation", files: ["rules/tabs.yaml": "rules:\n\t- id: t\n"],
             expected: "ROOT/rules/tabs.yaml:2:1: invalid YAML: found character that cannot start any token (while scanning for the next token)"),
        Case(description: "duplicate keys", files: ["rules/dup.yaml": "rules: []\nrules: []\n"], expected: "ROOT/rules/dup.yaml:1:1: duplicate key rules"),
        Case(description: "wrong type", files: ["rules/type.yaml": "rules: 42\n"], expected: "ROOT/rules/type.yaml:1:8: a rule file holds 'rules:', a list of rules"),
        Case(description: "dataset path outside its folder",
             files: ["reference/places/dataset.yaml": manifest.replacingOccurrences(of: "FILE", with: "../../../etc/passwd")],
             expected: "ROOT/reference/places/dataset.yaml:9:11: 'path' must name a file inside the dataset's folder, not '../../../etc/passwd'"),
        Case(description: "absolute dataset path",
             files: ["reference/places/dataset.yaml": manifest.replacingOccurrences(of: "FILE", with: "/etc/passwd")],
             expected: "ROOT/reference/places/dataset.yaml:9:11: 'path' must name a file inside the dataset's folder, not '/etc/passwd'"),
        Case(description: "ragged row",
             files: ["reference/places/dataset.yaml": manifest.replacingOccurrences(of: "FILE", with: "places.csv"),
                     "reference/places/places.csv": "place,people\nTown,4000\nVillage\n"],
             expected: "ROOT/reference/places/places.csv:3:1: 1 fields where the header has 2"),
        Case(description: "missing key column",
             files: ["reference/places/dataset.yaml": manifest.replacingOccurrences(of: "FILE", with: "places.csv"),
                     "reference/places/places.csv": "people\n4000\n"],
             expected: "ROOT/reference/places/places.csv:1:1: column 'place' (declared in ROOT/reference/places/dataset.yaml:11) is missing from the header"),
    ]

    @Test(arguments: cases)
    func lintNamesTheFileAndLine(_ input: Case) throws {
        let root = try BadInputTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for folder in ["rules", "reference"] { try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true) }
        for (path, text) in input.files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
        let process = Process()
        process.executableURL = BadInputTests.binary
        process.arguments = ["rules", "lint", root + "/rules", "--reference", root + "/reference"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let started = Date()
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(text.split(separator: "\n").map(String.init).contains(input.expected.replacingOccurrences(of: "ROOT", with: root)), "output:\n\(text)")
        #expect(Date().timeIntervalSince(started) < 10, "refused quickly")
    }
}
