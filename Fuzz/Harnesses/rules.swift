@testable import Check
import Foundation

/// The bundled reference data, loaded once, so fuzzed rules are checked against real datasets and columns.
let library: ReferenceLibrary = {
    let reference = ProcessInfo.processInfo.environment["FUZZ_REFERENCE"] ?? "Corpus/reference"
    return (try? ReferenceLibrary.load(directory: reference)) ?? ReferenceLibrary(datasets: [:])
}()

/// A scratch folder in the working directory for the input: the loaders read files, as they do for users.
let folder: String = {
    let path = FileManager.default.currentDirectoryPath + "/scratch"
    try? FileManager.default.createDirectory(atPath: path + "/dataset", withIntermediateDirectories: true)
    try? Data("year,value\n2022,1\n".utf8).write(to: URL(fileURLWithPath: path + "/dataset/data.csv"))
    return path
}()

/// Any bytes as a rule file, as a dataset manifest (beside a small CSV) and as CSV data.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    let sink = DiagnosticSink()

    let rulePath = folder + "/rules.yaml"
    try? bytes.write(to: URL(fileURLWithPath: rulePath))
    _ = RuleParser.parse(file: rulePath, library: library, sink: sink)

    let manifestPath = folder + "/dataset/dataset.yaml"
    try? bytes.write(to: URL(fileURLWithPath: manifestPath))
    var broken: Set<String> = []
    _ = DatasetLoader.load(manifestPath: manifestPath, sink: sink, broken: &broken)

    _ = try? CSVReader.records(Array(bytes))
    return 0
}
