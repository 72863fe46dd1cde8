import Claims
import Foundation
import Yams

/// Every rule of a run, validated against the reference datasets and indexed by measure words.
public struct RuleSet: Sendable {
    public var rules: [Rule]
    /// First stem of each measure phrase → rules, so a claim only meets rules that can match its measure.
    var byMeasureStem: [String: [Int]]
    /// Rules without measure words (dates, counts of anything): considered for every numeric claim.
    var withoutMeasure: [Int]
    /// Officeholder rules: considered for every attribution.
    var officeholder: [Int]
    /// Per first byte of a measure phrase's first stem, a bit for its length (up to 63): most words of a sentence
    /// begin no measure and are passed over on these two bytes' worth of facts instead of being hashed.
    var measureStemShapes: [UInt64]

    public init(rules: [Rule]) {
        self.rules = rules
        var byMeasureStem: [String: [Int]] = [:]
        var withoutMeasure: [Int] = []
        var officeholder: [Int] = []
        for (number, rule) in rules.enumerated() {
            if rule.kind == .officeholder {
                officeholder.append(number)
            } else if rule.appliesTo.measures.isEmpty {
                withoutMeasure.append(number)
            } else {
                for stem in Set(rule.appliesTo.measures.compactMap(\.stems.first)) { byMeasureStem[stem, default: []].append(number) }
            }
        }
        self.byMeasureStem = byMeasureStem
        self.withoutMeasure = withoutMeasure
        self.officeholder = officeholder
        var shapes = [UInt64](repeating: 0, count: 256)
        for stem in byMeasureStem.keys {
            if let first = stem.utf8.first { shapes[Int(first)] |= RuleSet.lengthBit(stem) }
        }
        measureStemShapes = shapes
    }

    private static func lengthBit(_ stem: String) -> UInt64 { 1 << UInt64(min(stem.utf8.count, 63)) }

    /// False when no measure phrase begins with this stem; true when one may.
    private func mayBeginMeasure(_ stem: String) -> Bool {
        guard let first = stem.utf8.first else { return false }
        return measureStemShapes[Int(first)] & RuleSet.lengthBit(stem) != 0
    }

    /// Positions of the rules worth testing against a numeric claim whose measure has these stems, in file order.
    func candidates(measure: Words) -> [Int] {
        var marked = [Bool](repeating: false, count: rules.count)
        for number in withoutMeasure { marked[number] = true }
        for stem in measure.stems where mayBeginMeasure(stem) {
            for number in byMeasureStem[stem] ?? [] { marked[number] = true }
        }
        return marked.indices.filter { marked[$0] }
    }

    /// Loads and checks every `*.yaml` in `directory`; any problem is an error.
    public static func load(directory: String, library: ReferenceLibrary) throws(Diagnostics) -> RuleSet {
        let sink = DiagnosticSink()
        let rules = RuleParser.parse(directory: directory, library: library, sink: sink)
        if !sink.problems.isEmpty { throw Diagnostics(sink.problems) }
        return RuleSet(rules: rules)
    }

    /// Every problem in the rules of `rulesDirectory` and the datasets of `referenceDirectory`.
    public static func lint(rulesDirectory: String, referenceDirectory: String) -> [Diagnostic] {
        let sink = DiagnosticSink()
        let library = ReferenceLibrary.load(directory: referenceDirectory, sink: sink)
        _ = RuleParser.parse(directory: rulesDirectory, library: library, sink: sink)
        return sink.problems.sorted()
    }
}

enum RuleParser {
    static let ruleKeys = ["id", "description", "type", "applies-to", "lookup", "offices", "tolerance", "vintage", "period", "says", "ambiguous-with", "examples"]
    static let placeholders = ["{value}", "{period}", "{claimed}", "{dataset}"]

    static func parse(directory: String, library: ReferenceLibrary, sink: DiagnosticSink) -> [Rule] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            sink.add(Diagnostic(file: directory, line: 1, message: "rules directory not found"))
            return []
        }
        var rules: [Rule] = []
        var seen: [String: String] = [:]
        for entry in entries.sorted() where entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") {
            let path = (directory as NSString).appendingPathComponent(entry)
            for rule in parse(file: path, library: library, sink: sink) {
                if let first = seen[rule.id] {
                    sink.add(Diagnostic(file: path, line: rule.line, message: "rule id '\(rule.id)' is already used at \(first)"))
                }
                seen[rule.id] = "\(path):\(rule.line)"
                rules.append(rule)
            }
        }
        if rules.isEmpty && sink.problems.isEmpty {
            sink.add(Diagnostic(file: directory, line: 1, message: "no rules found (*.yaml with a 'rules:' list)"))
        }
        return rules
    }

    static func parse(file path: String, library: ReferenceLibrary, sink: DiagnosticSink) -> [Rule] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            sink.add(Diagnostic(file: path, line: 1, message: "cannot read the rule file (not UTF-8?)"))
            return []
        }
        guard let node = sink.compose(text, file: path), var top = YAMLFields(node, file: path, report: sink, what: "a rule file")
        else { return [] }
        let list = top.value("rules")
        top.reportUnknownKeys(known: "rules")
        guard let list, let items = list.sequence else {
            sink.add(file: path, node: list ?? node, "a rule file holds 'rules:', a list of rules")
            return []
        }
        return items.compactMap { parseRule($0, file: path, library: library, sink: sink) }
    }

    static func parseRule(_ node: Node, file: String, library: ReferenceLibrary, sink: DiagnosticSink) -> Rule? {
        guard var fields = YAMLFields(node, file: file, report: sink, what: "a rule") else { return nil }
        let before = sink.problems.count
        let id = fields.string("id", required: true) ?? ""
        let description = fields.string("description", required: true) ?? ""
        let typeName = fields.string("type") ?? Rule.Kind.numeric.rawValue
        let kind = Rule.Kind(rawValue: typeName)
        if kind == nil { sink.add(file: file, node: fields.value("type"), "unknown rule type '\(typeName)' (known: numeric, date, officeholder, record)") }
        let ruleKind = kind ?? .numeric

        let appliesTo = fields.value("applies-to").map { parseAppliesTo($0, file: file, sink: sink) } ?? Rule.AppliesTo()
        var lookup = Rule.Lookup(dataset: "")
        if let lookupNode = fields.value("lookup") {
            lookup = parseLookup(lookupNode, file: file, sink: sink)
        } else {
            sink.add(file: file, node: node, "missing key 'lookup' (the dataset and rows to compare with)")
        }
        let offices = fields.value("offices").map { parseOffices($0, file: file, sink: sink) } ?? Rule.Offices()
        let tolerance = fields.double("tolerance")
        if let tolerance, !(0...1).contains(tolerance) {
            sink.add(file: file, node: fields.value("tolerance"), "'tolerance' must be between 0% and 100%")
        }
        let vintageName = fields.string("vintage") ?? Rule.VintagePolicy.asPublished.rawValue
        let vintage = Rule.VintagePolicy(rawValue: vintageName)
        if vintage == nil { sink.add(file: file, node: fields.value("vintage"), "unknown vintage '\(vintageName)' (known: as-published, latest)") }
        let periodName = fields.string("period") ?? Rule.PeriodSource.claim.rawValue
        let period = Rule.PeriodSource(rawValue: periodName)
        if period == nil { sink.add(file: file, node: fields.value("period"), "unknown period '\(periodName)' (known: claim, article-date)") }
        let says = fields.string("says")
        let ambiguousWith = fields.strings("ambiguous-with") ?? []
        if let says { checkPlaceholders(says, node: fields.value("says"), file: file, sink: sink) }
        let examples = fields.value("examples").map { parseExamples($0, file: file, sink: sink) } ?? []
        if !examples.contains(where: { $0.verdict == .supported }) || !examples.contains(where: { $0.verdict == .refuted }) {
            sink.add(file: file, node: fields.value("examples") ?? node, "rule '\(id)' needs examples with at least one supported and one refuted sentence")
        }
        fields.reportUnknownKeys(known: ruleKeys.joined(separator: ", "))

        let rule = Rule(
            id: id, description: description, kind: ruleKind, appliesTo: appliesTo, lookup: lookup, offices: offices,
            tolerance: tolerance ?? Rule.defaultTolerance, toleranceIsExplicit: tolerance != nil,
            ambiguousWith: ambiguousWith.map(Words.init), ambiguousWithText: ambiguousWith,
            vintage: vintage ?? .asPublished, period: period ?? .claim, says: says, examples: examples, file: file, line: node.mark?.line ?? 1)
        checkAgainstDatasets(rule, node: node, library: library, sink: sink)
        return sink.problems.count == before ? rule : nil
    }

    static func parseAppliesTo(_ node: Node, file: String, sink: DiagnosticSink) -> Rule.AppliesTo {
        var result = Rule.AppliesTo()
        guard var fields = YAMLFields(node, file: file, report: sink, what: "'applies-to'") else { return result }
        result.measureText = fields.strings("measure") ?? []
        result.measures = result.measureText.map(Words.init)
        result.contextText = fields.strings("context") ?? []
        result.context = result.contextText.map(Words.init)
        result.unlessBesideText = fields.strings("unless-beside") ?? []
        result.unlessBeside = result.unlessBesideText.map(Words.init)
        result.units = fields.strings("unit") ?? []
        result.rates = fields.strings("rate") ?? []
        for name in fields.strings("kind") ?? [] {
            if let kind = Quantity.Kind(rawValue: name) { result.kinds.append(kind) } else {
                sink.add(file: file, node: fields.value("kind"), "unknown kind '\(name)' (known: \(Quantity.Kind.allNames))")
            }
        }
        for name in fields.strings("granularity") ?? [] {
            if let granularity = Period.Granularity(rawValue: name) { result.granularities.append(granularity) } else {
                sink.add(file: file, node: fields.value("granularity"), "unknown granularity '\(name)' (known: day, week, month, quarter, year, fiscalYear, range)")
            }
        }
        fields.reportUnknownKeys(known: "measure, context, unless-beside, kind, unit, granularity, rate")
        return result
    }

    static func parseLookup(_ node: Node, file: String, sink: DiagnosticSink) -> Rule.Lookup {
        var lookup = Rule.Lookup(dataset: "")
        guard var fields = YAMLFields(node, file: file, report: sink, what: "'lookup'") else { return lookup }
        lookup.dataset = fields.string("dataset", required: true) ?? ""
        lookup.value = fields.string("value")
        let aggregateName = fields.string("aggregate") ?? Rule.Aggregate.single.rawValue
        if let aggregate = Rule.Aggregate(rawValue: aggregateName) { lookup.aggregate = aggregate } else {
            sink.add(file: file, node: fields.value("aggregate"), "unknown aggregate '\(aggregateName)' (known: single, sum, count)")
        }
        if let rows = fields.string("rows") {
            if let count = Int(rows), count > 0 { lookup.expectedRows = count } else {
                sink.add(file: file, node: fields.value("rows"), "'rows' must be a positive whole number")
            }
        }
        if let filters = fields.value("filters") {
            if let mapping = filters.mapping {
                for (key, value) in mapping {
                    guard let column = key.scalar?.string, let filterValue = parseFilterValue(value, file: file, sink: sink) else { continue }
                    lookup.filters.append(Rule.Filter(column: column, value: filterValue))
                }
            } else {
                sink.add(file: file, node: filters, "'filters' must map column names to values")
            }
        }
        if let direction = fields.value("direction") {
            lookup.direction = parseDirection(direction, file: file, sink: sink)
        }
        if let record = fields.value("record"), var recordFields = YAMLFields(record, file: file, report: sink, what: "'record'") {
            if let year = recordFields.string("year", required: true) {
                lookup.record = Rule.RecordColumns(year: year, month: recordFields.string("month"))
            }
            recordFields.reportUnknownKeys(known: "year, month")
        }
        fields.reportUnknownKeys(known: "dataset, value, filters, aggregate, rows, direction, record")
        return lookup
    }

    static func parseDirection(_ node: Node, file: String, sink: DiagnosticSink) -> Rule.Direction? {
        guard var fields = YAMLFields(node, file: file, report: sink, what: "'direction'") else { return nil }
        let column = fields.string("column", required: true)
        var phrases: [(phrase: Words, text: String, value: String)] = []
        if let words = fields.value("words") {
            for (key, value) in words.mapping ?? [:] {
                guard let text = key.scalar?.string, let mapped = value.scalar?.string else {
                    sink.add(file: file, node: key, "'words' maps a phrase to a value")
                    continue
                }
                phrases.append((Words(text), text, mapped))
            }
        }
        if phrases.isEmpty { sink.add(file: file, node: fields.value("words") ?? node, "'direction' needs 'words', phrases mapped to values of its column") }
        fields.reportUnknownKeys(known: "column, words")
        guard let column else { return nil }
        return Rule.Direction(column: column, phrases: phrases)
    }

    static func parseFilterValue(_ node: Node, file: String, sink: DiagnosticSink) -> Rule.FilterValue? {
        if let scalar = node.scalar {
            let text = scalar.string
            guard text.hasPrefix("{") else { return .literal(text) }
            if text == "{mentioned}" { return .mentioned }
            let name = text.dropFirst().dropLast()
            guard text.hasSuffix("}"), name.hasPrefix("period."), let part = Rule.PeriodPart(rawValue: String(name.dropFirst(7))) else {
                let known = (Rule.PeriodPart.allCases.map { "{period.\($0.rawValue)}" } + ["{mentioned}"]).joined(separator: ", ")
                sink.add(file: file, node: node, "unknown placeholder '\(text)' (known: \(known))")
                return nil
            }
            return .period(part)
        }
        guard var fields = YAMLFields(node, file: file, report: sink, what: "a filter") else { return nil }
        var choices: [(phrase: Words, text: String, value: String)] = []
        if let words = fields.value("words") {
            for (key, value) in words.mapping ?? [:] {
                guard let phrase = key.scalar?.string, let chosen = value.scalar?.string else {
                    sink.add(file: file, node: key, "'words' maps a phrase to a value")
                    continue
                }
                choices.append((Words(phrase), phrase, chosen))
            }
        } else {
            sink.add(file: file, node: node, "a filter is a value, a {period.…} placeholder, or 'words:' with an optional 'default:'")
        }
        let fallback = fields.string("default")
        fields.reportUnknownKeys(known: "words, default")
        return .words(choices, default: fallback)
    }

    static func parseOffices(_ node: Node, file: String, sink: DiagnosticSink) -> Rule.Offices {
        var offices = Rule.Offices()
        guard var fields = YAMLFields(node, file: file, report: sink, what: "'offices'") else { return offices }
        offices.role = fields.string("role") ?? offices.role
        offices.name = fields.string("name") ?? offices.name
        offices.start = fields.string("start") ?? offices.start
        offices.end = fields.string("end") ?? offices.end
        if let aliases = fields.value("aliases") {
            for (key, value) in aliases.mapping ?? [:] {
                guard let title = key.scalar?.string, let role = value.scalar?.string else {
                    sink.add(file: file, node: key, "'aliases' maps a title as written to the dataset's role")
                    continue
                }
                offices.aliases[title] = role
            }
        }
        fields.reportUnknownKeys(known: "role, name, start, end, aliases")
        return offices
    }

    static func parseExamples(_ node: Node, file: String, sink: DiagnosticSink) -> [Rule.Example] {
        guard let items = node.sequence else {
            sink.add(file: file, node: node, "'examples' must be a list of {sentence, date, verdict}")
            return []
        }
        var examples: [Rule.Example] = []
        for item in items {
            guard var fields = YAMLFields(item, file: file, report: sink, what: "an example") else { continue }
            let sentence = fields.string("sentence", required: true)
            let dateText = fields.string("date")
            let date = dateText.flatMap { Day(iso: $0) }
            if let dateText, date == nil { sink.add(file: file, node: fields.value("date"), "'date' must be YYYY-MM-DD, not '\(dateText)'") }
            let verdictName = fields.string("verdict", required: true)
            let verdict = verdictName.flatMap(Verdict.init(rawValue:))
            if let verdictName, verdict == nil {
                sink.add(file: file, node: fields.value("verdict"), "unknown verdict '\(verdictName)' (known: supported, refuted, unverifiable, needs-review)")
            }
            fields.reportUnknownKeys(known: "sentence, date, verdict")
            if let sentence, let verdict {
                examples.append(Rule.Example(sentence: sentence, date: date, verdict: verdict, line: item.mark?.line ?? 1))
            }
        }
        return examples
    }

    static func checkPlaceholders(_ text: String, node: Node?, file: String, sink: DiagnosticSink) {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else {
                sink.add(file: file, node: node, "unclosed '{' in 'says'")
                return
            }
            let placeholder = String(rest[open...close])
            if !placeholders.contains(placeholder) {
                sink.add(file: file, node: node, "unknown placeholder '\(placeholder)' in 'says' (known: \(placeholders.joined(separator: ", ")))")
            }
            rest = rest[rest.index(after: close)...]
        }
    }

    /// The dataset, columns and column types the rule names must exist.
    static func checkAgainstDatasets(_ rule: Rule, node: Node, library: ReferenceLibrary, sink: DiagnosticSink) {
        let file = rule.file
        guard !rule.lookup.dataset.isEmpty else { return }
        guard let dataset = library.datasets[rule.lookup.dataset] else {
            if library.broken.contains(rule.lookup.dataset) {
                sink.add(file: file, node: node["lookup"]?["dataset"] ?? node, "dataset '\(rule.lookup.dataset)' could not be loaded (see its errors)")
                return
            }
            let known = library.datasets.keys.sorted().joined(separator: ", ")
            sink.add(file: file, node: node["lookup"]?["dataset"] ?? node, "unknown dataset '\(rule.lookup.dataset)' (known: \(known))")
            return
        }
        let manifest = dataset.manifest
        func require(_ column: String, _ types: [DatasetManifest.ColumnType], at location: Node?, role: String) {
            guard let declared = manifest.column(named: column) else {
                sink.add(file: file, node: location ?? node, "dataset '\(manifest.name)' has no column '\(column)' (\(role))")
                return
            }
            if !types.contains(declared.type) {
                sink.add(file: file, node: location ?? node, "column '\(column)' of '\(manifest.name)' is \(declared.type.rawValue); \(role) needs \(types.map(\.rawValue).joined(separator: " or "))")
            }
        }
        let lookupNode = node["lookup"]
        switch rule.kind {
        case .numeric:
            if rule.lookup.aggregate != .count {
                if let value = rule.lookup.value { require(value, [.integer, .number], at: lookupNode?["value"], role: "the value compared") } else {
                    sink.add(file: file, node: lookupNode ?? node, "'lookup' needs 'value', the column compared with the claim")
                }
            }
        case .date:
            if let value = rule.lookup.value { require(value, [.date], at: lookupNode?["value"], role: "the date compared") } else {
                sink.add(file: file, node: lookupNode ?? node, "'lookup' needs 'value', the date column compared with the claim")
            }
        case .record:
            if let record = rule.lookup.record {
                let recordNode = lookupNode?["record"]
                require(record.year, [.integer], at: recordNode?["year"], role: "the year a record goes back to")
                if let month = record.month { require(month, [.integer], at: recordNode?["month"], role: "the month a record goes back to") }
            } else {
                sink.add(file: file, node: lookupNode ?? node, "'lookup' needs 'record', the year (and month) columns saying since when the figure is a record")
            }
        case .officeholder:
            let officesNode = node["offices"]
            require(rule.offices.role, [.text], at: officesNode?["role"], role: "the office")
            require(rule.offices.name, [.text], at: officesNode?["name"], role: "the officeholder's name")
            require(rule.offices.start, [.date], at: officesNode?["start"], role: "the first day in office")
            require(rule.offices.end, [.date], at: officesNode?["end"], role: "the end of the term")
        }
        if let direction = rule.lookup.direction {
            require(direction.column, [.text], at: lookupNode?["direction"]?["column"], role: "the direction of change")
        }
        for filter in rule.lookup.filters {
            let location = lookupNode?["filters"]?[filter.column]
            switch filter.value {
            case .period(let part):
                switch part {
                case .year, .month, .fiscalYear: require(filter.column, [.integer, .number], at: location, role: "{period.\(part.rawValue)}")
                case .from, .to: require(filter.column, [.date], at: location, role: "{period.\(part.rawValue)}")
                case .monthAbbreviation: require(filter.column, [.text], at: location, role: "{period.month-abbv}")
                }
            case .literal, .words:
                require(filter.column, DatasetManifest.ColumnType.allCases, at: location, role: "a filter")
            case .mentioned:
                require(filter.column, [.text], at: location, role: "{mentioned}")
            }
        }
    }
}

extension Quantity.Kind {
    static var allNames: String { "count, money, percent, ordinal, date, duration, year, range, ratio" }
}
