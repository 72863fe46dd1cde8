// Times what `verify` does per article after checking it, on real checked articles: encoding the JSON report
// (the report stage, less the file write) and recording it in a new results database as `IncrementalBatch`
// does, 128 articles to a transaction (the store stage). Articles are checked first, untimed.
//
// swift run -c release --scratch-path .build-release StoreBenchmark [FOLDER] [ARTICLES] [ROUNDS]
//
// FOLDER defaults to Corpus/articles. Times are the thread's CPU time (the minimum over the rounds), so that
// other work on a shared machine inflates them as little as possible.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Check
import Claims
import Foundation
import Ingest
import Report
import Sentences
import Store

func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let arguments = CommandLine.arguments
let folder = arguments.count > 1 ? arguments[1] : root.appendingPathComponent("Corpus/articles").path
let limit = arguments.count > 2 ? Int(arguments[2]) ?? 1000 : 1000
let rounds = arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5

let library = try ReferenceLibrary.load(directory: root.appendingPathComponent("Corpus/reference").path)
let verifier = Verifier(rules: try RuleSet.load(directory: root.appendingPathComponent("Rules").path, library: library), library: library)

let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    .filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") || $0.hasSuffix(".txt") }.sorted().prefix(limit)
var reports: [ArticleReport] = []
for name in names {
    let path = (folder as NSString).appendingPathComponent(name)
    let bytes = try Ingestor.contents(of: path)
    let article = try Ingestor.ingest(bytes: bytes, source: path, format: Ingestor.format(of: path, bytes: bytes))
    let date = article.publishedDay.flatMap(Day.init(iso:))
    let claims = ClaimExtractor.claims(text: article.text, sentences: SentenceSplitter.split(article), date: date)
    let checked = verifier.check(claims, articleDate: date)
    reports.append(ArticleReport(
        source: path, title: article.title, byline: article.byline, published: article.published ?? date?.description,
        url: article.url, paragraphs: article.paragraphs, claims: checked))
}
let claimCount = reports.reduce(0) { $0 + $1.claims.count }
print("\(reports.count) articles, \(claimCount) claims, from \(folder)")

let inputs = RunInputs(
    rules: FolderFingerprint(files: [.init(path: "rules.yaml", contentHash: "0")]),
    datasets: FolderFingerprint(files: [.init(path: "data.csv", contentHash: "0")]), settings: "benchmark")
let scratch = NSTemporaryDirectory() + "store-benchmark-\(getpid())"
try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: scratch) }

var encodeSeconds = Double.infinity
var storeSeconds = Double.infinity
var databaseBytes = 0
for round in 0..<rounds {
    let start = cpuSeconds()
    let encoded = try reports.map(JSONReport.articleJSON)
    encodeSeconds = min(encodeSeconds, cpuSeconds() - start)

    let path = scratch + "/round-\(round).sqlite"
    let store = try ResultStore(path: path)
    let run = try store.beginRun(inputs)
    let storeStart = cpuSeconds()
    var pending: [ResultStore.Change] = []
    for (report, json) in zip(reports, encoded) {
        pending.append(.article(try store.prepare(
            report, reportJSON: json, claimReviewLines: [], contentHash: "0", stamp: nil, reportFile: nil, inputs: inputs, run: run)))
        if pending.count == 128 {
            try store.write(pending)
            pending = []
        }
    }
    try store.write(pending)
    storeSeconds = min(storeSeconds, cpuSeconds() - storeStart)
    databaseBytes = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int ?? 0)
        + ((try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size]) as? Int ?? 0)
}
let perThousand = 1000 / Double(max(reports.count, 1))
print(String(format: "encode JSON reports  %.3f s per 1,000 articles", encodeSeconds * perThousand))
print(String(format: "store (128 a commit) %.3f s per 1,000 articles", storeSeconds * perThousand))
print(String(format: "database and WAL     %.1f MB", Double(databaseBytes) / 1e6))
