import Yams

/// Reads a YAML mapping key by key, recording unknown keys, missing keys and wrong types as diagnostics
/// with the line and column of the offending node, so one pass both loads and lints a file.
struct YAMLFields {
    let file: String
    let node: Node
    private(set) var used: Set<String> = []
    let report: DiagnosticSink

    init?(_ node: Node, file: String, report: DiagnosticSink, what: String) {
        guard node.mapping != nil else {
            report.add(file: file, node: node, "\(what) must be a mapping of keys to values")
            return nil
        }
        self.file = file
        self.node = node
        self.report = report
    }

    /// The value node for `key`, marking the key as known.
    mutating func value(_ key: String) -> Node? {
        used.insert(key)
        return node.mapping?[Node(key)]
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key) else {
            if required { report.add(file: file, node: node, "missing key '\(key)'") }
            return nil
        }
        guard let scalar = value.scalar else {
            report.add(file: file, node: value, "'\(key)' must be a single value")
            return nil
        }
        return scalar.string
    }

    mutating func double(_ key: String) -> Double? {
        guard let text = string(key) else { return nil }
        guard let number = Double(text.hasSuffix("%") ? String(text.dropLast()) : text) else {
            report.add(file: file, node: value(key) ?? node, "'\(key)' must be a number, not '\(text)'")
            return nil
        }
        return text.hasSuffix("%") ? number / 100 : number
    }

    /// A list of strings; a single string is read as a list of one.
    mutating func strings(_ key: String) -> [String]? {
        guard let value = value(key) else { return nil }
        if let scalar = value.scalar { return [scalar.string] }
        guard let sequence = value.sequence else {
            report.add(file: file, node: value, "'\(key)' must be a list of values")
            return nil
        }
        var result: [String] = []
        for item in sequence {
            if let scalar = item.scalar { result.append(scalar.string) } else {
                report.add(file: file, node: item, "'\(key)' items must be single values")
            }
        }
        return result
    }

    /// Reports every key that was never asked for; call after reading all known keys.
    func reportUnknownKeys(known: String) {
        guard let mapping = node.mapping else { return }
        for (key, _) in mapping {
            let name = key.scalar?.string ?? "?"
            if !used.contains(name) {
                report.add(file: file, node: key, "unknown key '\(name)' (known: \(known))")
            }
        }
    }
}

/// Collects diagnostics while a file is read. A class so nested readers share one list.
final class DiagnosticSink {
    private(set) var problems: [Diagnostic] = []

    func add(file: String, node: Node?, _ message: String) {
        let mark = node?.mark
        problems.append(Diagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
    }

    func add(_ diagnostic: Diagnostic) { problems.append(diagnostic) }

    /// Parses YAML text, turning a syntax error into a diagnostic at its position.
    func compose(_ text: String, file: String) -> Node? {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                problems.append(Diagnostic(file: file, line: 1, message: "the file is empty"))
                return nil
            }
            guard YAMLFields.expandsWithin(node, budget: YAMLFields.maxExpandedNodes) else {
                problems.append(Diagnostic(file: file, line: 1, message: "refused: aliases expand the file beyond \(YAMLFields.maxExpandedNodes) values (an alias bomb?)"))
                return nil
            }
            return node
        } catch let error as YamlError {
            problems.append(YAMLFields.diagnostic(for: error, file: file))
            return nil
        } catch {
            problems.append(Diagnostic(file: file, line: 1, message: "cannot read YAML: \(error)"))
            return nil
        }
    }
}

extension YAMLFields {
    /// Far beyond any real rule file or manifest; aliases let a few lines stand for billions of values.
    static let maxExpandedNodes = 100_000

    /// Whether `node`, with every alias expanded, has at most `budget` values; stops counting at the budget.
    static func expandsWithin(_ node: Node, budget: Int) -> Bool {
        var remaining = budget
        var pending = [node]
        while let next = pending.popLast() {
            remaining -= 1
            if remaining < 0 { return false }
            switch next {
            case .scalar, .alias: break
            case .mapping(let mapping):
                for (key, value) in mapping { pending.append(key); pending.append(value) }
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            }
        }
        return true
    }

    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let during = context.map { " (\($0.text))" } ?? ""
            return Diagnostic(file: file, line: mark.line, column: mark.column, message: "invalid YAML: \(problem)\(during)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "duplicate key \(duplicates.joined(separator: ", "))")
        default:
            return Diagnostic(file: file, line: 1, message: "invalid YAML: \(error)")
        }
    }
}
