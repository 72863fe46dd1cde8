/// A problem in a rule file, manifest or dataset, located so an editor can jump to it.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible, Comparable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int = 1, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COLUMN: message`, the shape compilers and linters use.
    public var description: String { "\(file):\(line):\(column): \(message)" }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message)
    }
}

/// Several problems found at once (lint reports them all; loading refuses on any).
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    public var problems: [Diagnostic]
    public init(_ problems: [Diagnostic]) { self.problems = problems.sorted() }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
