import Claims
import Foundation
import Yams

/// What `dataset.yaml` says about a reference dataset: provenance, files, typed columns, keys, vintages.
public struct DatasetManifest: Sendable {
    public enum ColumnType: String, Sendable, CaseIterable { case text, integer, number, date }

    public struct Column: Sendable {
        public var name: String
        public var type: ColumnType
        public var unit: String?
        public var description: String?
        /// Where the column is declared, for diagnostics.
        public var line: Int
        public var column: Int
    }

    public struct File: Sendable {
        public var path: String
        /// The vintage every row of this file belongs to, when vintages are split by file.
        public var vintage: String?
        public var delimiter: UInt8
    }

    /// A release of the data, public from a given day.
    public struct Vintage: Sendable {
        public var id: String
        public var published: Day
        public var note: String?
    }

    public var name: String
    public var title: String
    public var publisher: String
    public var source: String
    public var retrieved: String?
    /// The last day the data describes: open-ended rows ("still in office") are only known up to it.
    public var coversUntil: Day?
    public var licence: String
    public var units: String?
    public var files: [File]
    public var columns: [Column]
    public var keys: [String]
    public var vintageColumn: String?
    /// Oldest first.
    public var vintages: [Vintage]
    /// The manifest's path.
    public var path: String

    public func column(named name: String) -> Column? { columns.first { $0.name == name } }
}

/// A reference dataset loaded into memory: typed rows with their file and line, indexed on key columns.
public struct Dataset: Sendable {
    public struct Row: Sendable {
        public var file: String
        public var line: Int
        public var vintage: String?
        public var cells: [String]
    }

    public var manifest: DatasetManifest
    public var rows: [Row]
    /// Column name → position in `Row.cells` (manifest order).
    public var columnPositions: [String: Int]
    /// Key column → normalized cell value → row numbers, ascending.
    var index: [String: [String: [Int]]] = [:]
    /// Key column → each row's normalized cell, so filters compare without re-normalizing.
    var keyValues: [String: [String]] = [:]
    /// Column types by position.
    var columnTypes: [DatasetManifest.ColumnType]
    /// The column names as evidence rows carry them, sorted once here rather than per row of evidence.
    var evidenceColumns: Evidence.Columns

    public var name: String { manifest.name }

    public func cell(_ row: Row, _ column: String) -> String? {
        columnPositions[column].map { row.cells[$0] }
    }

    /// Rows whose cells equal every filter value (compared as the column's type), in file order.
    public func rows(matching filters: [String: String]) -> [Row] {
        var checks: [(position: Int, keyValues: [String]?, value: String)] = []
        var candidates: [Int]?
        for (column, value) in filters {
            guard let position = columnPositions[column] else { return [] }
            let wanted = normalize(value, position: position)
            // Start from the smallest index posting list among the filtered key columns.
            if let postings = index[column] {
                let list = postings[wanted] ?? []
                if candidates == nil || list.count < candidates!.count { candidates = list }
            }
            checks.append((position, keyValues[column], wanted))
        }
        return (candidates ?? Array(rows.indices)).compactMap { number in
            for check in checks {
                let cell = check.keyValues?[number] ?? normalize(rows[number].cells[check.position], position: check.position)
                guard cell == check.value else { return nil }
            }
            return rows[number]
        }
    }

    /// Row numbers by the normalized values of `columns` (in that order), each list in file order; empty when a
    /// column is missing. Built once per run for the columns a rule filters on.
    func rowNumbers(byValuesOf columns: [String]) -> [[String]: [Int]] {
        let positions = columns.compactMap { columnPositions[$0] }
        guard positions.count == columns.count else { return [:] }
        let normalized = zip(columns, positions).map { column, position in
            keyValues[column] ?? rows.map { normalize($0.cells[position], position: position) }
        }
        var index: [[String]: [Int]] = [:]
        for number in rows.indices {
            index[normalized.map { $0[number] }, default: []].append(number)
        }
        return index
    }

    /// Values compare by meaning: "04" equals "4" in an integer column, text ignores case.
    func normalize(_ value: String, position: Int) -> String {
        switch columnTypes[position] {
        case .integer, .number:
            guard let number = Double(value) else { return value }
            return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .text: return value.lowercased()
        case .date: return value
        }
    }

    /// Days a vintage became public, by id.
    public func vintage(_ id: String) -> DatasetManifest.Vintage? { manifest.vintages.first { $0.id == id } }
}

/// All reference datasets of a run, loaded once.
public struct ReferenceLibrary: Sendable {
    public var datasets: [String: Dataset]
    /// Datasets whose manifest names them but whose data could not be loaded.
    public var broken: Set<String> = []

    public init(datasets: [String: Dataset]) { self.datasets = datasets }

    /// Loads every `*/dataset.yaml` under `directory`; any problem in any dataset is an error.
    public static func load(directory: String) throws(Diagnostics) -> ReferenceLibrary {
        let sink = DiagnosticSink()
        let library = load(directory: directory, sink: sink)
        if !sink.problems.isEmpty { throw Diagnostics(sink.problems) }
        return library
    }

    /// Loads what can be loaded and records every problem in `sink` (for lint).
    static func load(directory: String, sink: DiagnosticSink) -> ReferenceLibrary {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: directory) else {
            sink.add(Diagnostic(file: directory, line: 1, message: "reference directory not found"))
            return ReferenceLibrary(datasets: [:])
        }
        var datasets: [String: Dataset] = [:]
        var broken: Set<String> = []
        for entry in entries.sorted() {
            let manifestPath = (directory as NSString).appendingPathComponent(entry + "/dataset.yaml")
            guard manager.fileExists(atPath: manifestPath) else { continue }
            guard let dataset = DatasetLoader.load(manifestPath: manifestPath, sink: sink, broken: &broken) else { continue }
            if datasets[dataset.name] != nil {
                sink.add(Diagnostic(file: manifestPath, line: 1, message: "another dataset is already named '\(dataset.name)'"))
            }
            datasets[dataset.name] = dataset
        }
        var library = ReferenceLibrary(datasets: datasets)
        library.broken = broken
        return library
    }
}

/// Reads a manifest and its CSV files, checking every cell against its column's type.
enum DatasetLoader {
    static let manifestKeys = [
        "name", "title", "publisher", "source", "retrieved", "covers-until", "licence", "units", "files", "columns", "keys",
        "vintage-column", "vintages",
    ]

    static func load(manifestPath: String, sink: DiagnosticSink, broken: inout Set<String>) -> Dataset? {
        guard let manifest = readManifest(path: manifestPath, sink: sink, broken: &broken) else { return nil }
        let before = sink.problems.count
        defer { if sink.problems.count == before { broken.remove(manifest.name) } }
        let folder = (manifestPath as NSString).deletingLastPathComponent
        var rows: [Dataset.Row] = []
        for file in manifest.files {
            let path = (folder as NSString).appendingPathComponent(file.path)
            rows += readRows(path: path, file: file, manifest: manifest, sink: sink)
        }
        guard sink.problems.count == before else { return nil }
        var positions: [String: Int] = [:]
        for (position, column) in manifest.columns.enumerated() { positions[column.name] = position }
        var dataset = Dataset(manifest: manifest, rows: rows, columnPositions: positions, columnTypes: manifest.columns.map(\.type),
            evidenceColumns: Evidence.Columns(names: manifest.columns.map(\.name)))
        for key in manifest.keys {
            guard let position = positions[key] else { continue }
            var postings: [String: [Int]] = [:]
            let values = rows.map { dataset.normalize($0.cells[position], position: position) }
            for (number, value) in values.enumerated() { postings[value, default: []].append(number) }
            dataset.index[key] = postings
            dataset.keyValues[key] = values
        }
        return dataset
    }

    /// The manifest, or nil after reporting its problems; a dataset whose name was read counts as broken
    /// until its data has loaded, so rules naming it say why it is missing.
    static func readManifest(path: String, sink: DiagnosticSink, broken: inout Set<String>) -> DatasetManifest? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            sink.add(Diagnostic(file: path, line: 1, message: "cannot read the manifest"))
            return nil
        }
        guard let node = sink.compose(text, file: path), var fields = YAMLFields(node, file: path, report: sink, what: "a dataset manifest")
        else { return nil }
        let before = sink.problems.count
        let name = fields.string("name", required: true) ?? ""
        broken.insert(name)
        let title = fields.string("title", required: true) ?? ""
        let publisher = fields.string("publisher", required: true) ?? ""
        let source = fields.string("source", required: true) ?? ""
        let licence = fields.string("licence", required: true) ?? ""
        let retrieved = fields.string("retrieved")
        let coversUntilText = fields.string("covers-until")
        let coversUntil = coversUntilText.flatMap { $0.count == 10 ? Day(iso: $0) : nil }
        if let coversUntilText, coversUntil == nil {
            sink.add(file: path, node: fields.value("covers-until"), "'covers-until' must be YYYY-MM-DD, not '\(coversUntilText)'")
        }
        let units = fields.string("units")

        var files: [DatasetManifest.File] = []
        if let list = fields.value("files") {
            for item in list.sequence ?? [] {
                guard var file = YAMLFields(item, file: path, report: sink, what: "a file entry") else { continue }
                let delimiter = file.string("delimiter") ?? ","
                if delimiter.utf8.count != 1 { sink.add(file: path, node: item, "'delimiter' must be one character") }
                if let filePath = file.string("path", required: true) {
                    // A manifest names files inside its own folder; anything else could read any file on the machine.
                    guard !filePath.hasPrefix("/"), !filePath.split(separator: "/").contains("..") else {
                        sink.add(file: path, node: file.value("path") ?? item, "'path' must name a file inside the dataset's folder, not '\(filePath)'")
                        continue
                    }
                    files.append(DatasetManifest.File(path: filePath, vintage: file.string("vintage"), delimiter: delimiter.utf8.first ?? 44))
                }
                file.reportUnknownKeys(known: "path, vintage, delimiter")
            }
            if list.sequence == nil || files.isEmpty { sink.add(file: path, node: list, "'files' must list at least one CSV file") }
        } else {
            sink.add(file: path, node: node, "missing key 'files'")
        }

        var columns: [DatasetManifest.Column] = []
        if let mapping = fields.value("columns")?.mapping {
            for (key, value) in mapping {
                guard let columnName = key.scalar?.string, var column = YAMLFields(value, file: path, report: sink, what: "a column") else { continue }
                let typeName = column.string("type", required: true) ?? "text"
                let type = DatasetManifest.ColumnType(rawValue: typeName)
                if type == nil {
                    sink.add(file: path, node: column.value("type"), "unknown column type '\(typeName)' (known: text, integer, number, date)")
                }
                columns.append(DatasetManifest.Column(
                    name: columnName, type: type ?? .text, unit: column.string("unit"), description: column.string("description"),
                    line: key.mark?.line ?? 1, column: key.mark?.column ?? 1))
                column.reportUnknownKeys(known: "type, unit, description")
            }
        } else {
            sink.add(file: path, node: fields.value("columns") ?? node, "'columns' must map each column name to its type")
        }

        let keys = fields.strings("keys") ?? []
        for key in keys where !columns.contains(where: { $0.name == key }) {
            sink.add(file: path, node: fields.value("keys"), "key column '\(key)' is not among the columns")
        }
        let vintageColumn = fields.string("vintage-column")
        if let vintageColumn, !columns.contains(where: { $0.name == vintageColumn }) {
            sink.add(file: path, node: fields.value("vintage-column"), "vintage column '\(vintageColumn)' is not among the columns")
        }
        var vintages: [DatasetManifest.Vintage] = []
        if let list = fields.value("vintages") {
            for item in list.sequence ?? [] {
                guard var vintage = YAMLFields(item, file: path, report: sink, what: "a vintage") else { continue }
                guard let id = vintage.string("id", required: true) else { continue }
                let publishedText = vintage.string("public") ?? id
                guard let published = Day(iso: publishedText), publishedText.count == 10 else {
                    sink.add(file: path, node: vintage.value("public") ?? item, "vintage '\(id)' needs 'public: YYYY-MM-DD', the day it was published")
                    continue
                }
                vintages.append(DatasetManifest.Vintage(id: id, published: published, note: vintage.string("note")))
                vintage.reportUnknownKeys(known: "id, public, note")
            }
        }
        for file in files {
            if let vintage = file.vintage, !vintages.contains(where: { $0.id == vintage }) {
                sink.add(file: path, node: fields.value("files"), "file '\(file.path)' names vintage '\(vintage)', which 'vintages' does not list")
            }
        }
        if vintageColumn != nil && vintages.isEmpty {
            sink.add(file: path, node: fields.value("vintage-column"), "'vintage-column' needs a 'vintages' list with the day each was public")
        }
        fields.reportUnknownKeys(known: manifestKeys.joined(separator: ", "))
        guard sink.problems.count == before else { return nil }
        return DatasetManifest(
            name: name, title: title, publisher: publisher, source: source, retrieved: retrieved, coversUntil: coversUntil, licence: licence, units: units,
            files: files, columns: columns, keys: keys, vintageColumn: vintageColumn,
            vintages: vintages.sorted { $0.published < $1.published }, path: path)
    }

    static func readRows(path: String, file: DatasetManifest.File, manifest: DatasetManifest, sink: DiagnosticSink) -> [Dataset.Row] {
        guard let data = FileManager.default.contents(atPath: path) else {
            sink.add(Diagnostic(file: manifest.path, line: 1, message: "data file '\(file.path)' not found beside the manifest"))
            return []
        }
        let records: [CSVRecord]
        do {
            records = try CSVReader.records(Array(data), delimiter: file.delimiter)
        } catch {
            sink.add(Diagnostic(file: path, line: error.line, message: error.message))
            return []
        }
        guard let header = records.first else {
            sink.add(Diagnostic(file: path, line: 1, message: "the file is empty (no header, no rows)"))
            return []
        }
        var sourcePositions: [Int] = []
        for column in manifest.columns {
            if let position = header.fields.firstIndex(of: column.name) {
                sourcePositions.append(position)
            } else {
                sink.add(Diagnostic(file: path, line: header.line, message: "column '\(column.name)' (declared in \(manifest.path):\(column.line)) is missing from the header"))
            }
        }
        for name in header.fields where !name.isEmpty && manifest.column(named: name) == nil {
            sink.add(Diagnostic(file: path, line: header.line, message: "column '\(name)' is not declared in \(manifest.path)"))
        }
        guard sourcePositions.count == manifest.columns.count else { return [] }
        if records.count < 2 {
            sink.add(Diagnostic(file: path, line: header.line + 1, message: "the dataset has a header but no rows"))
            return []
        }
        let vintagePosition = manifest.vintageColumn.flatMap { name in manifest.columns.firstIndex { $0.name == name } }
        var rows: [Dataset.Row] = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                sink.add(Diagnostic(file: path, line: record.line, message: "\(record.fields.count) fields where the header has \(header.fields.count)"))
                continue
            }
            var cells: [String] = []
            cells.reserveCapacity(sourcePositions.count)
            for (column, position) in zip(manifest.columns, sourcePositions) {
                let cell = record.fields[position]
                if let problem = typeProblem(cell, type: column.type) {
                    sink.add(Diagnostic(file: path, line: record.line, message: "column '\(column.name)' holds '\(cell)', \(problem)"))
                }
                cells.append(cell)
            }
            let vintage = vintagePosition.map { cells[$0] } ?? file.vintage
            if let vintage, vintagePosition != nil, !manifest.vintages.contains(where: { $0.id == vintage }) {
                sink.add(Diagnostic(file: path, line: record.line, message: "vintage '\(vintage)' is not listed under 'vintages' in \(manifest.path)"))
            }
            rows.append(Dataset.Row(file: path, line: record.line, vintage: vintage, cells: cells))
        }
        return rows
    }

    /// A plain decimal as statistics files write it: "-12", "234088", "3.6", "1.5e6" (no "nan", "inf", "1,000").
    static func isDecimal(_ text: String) -> Bool {
        var digits = 0
        var sawPoint = false
        var sawExponent = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard previous == 0 || previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E") else { return false }
            case UInt8(ascii: "."):
                guard !sawPoint, !sawExponent else { return false }
                sawPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard !sawExponent, digits > 0 else { return false }
                sawExponent = true
            default: return false
            }
            previous = byte
        }
        let endsInDigit = previous >= UInt8(ascii: "0") && previous <= UInt8(ascii: "9")
        let endsInPoint = previous == UInt8(ascii: ".") && !sawExponent
        return digits > 0 && (endsInDigit || endsInPoint)
    }

    /// Why a non-empty cell does not fit its column type (empty cells are missing values).
    static func typeProblem(_ cell: String, type: DatasetManifest.ColumnType) -> String? {
        guard !cell.isEmpty else { return nil }
        switch type {
        case .text: return nil
        case .integer: return Int(cell) == nil ? "not an integer" : nil
        case .number: return isDecimal(cell) ? nil : "not a number"
        case .date: return cell.utf8.count == 10 && Day(iso: cell) != nil ? nil : "not a date (YYYY-MM-DD)"
        }
    }
}
