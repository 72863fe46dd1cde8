// Throughput of the quantity scanner (what `claimcheck numbers` runs) over real news text.
//
//   swift build -c release --scratch-path .build-release --product NumbersBenchmark
//   .build-release/release/NumbersBenchmark [TEXTS...] [--list]
//
// TEXTS are .txt files, or JSON files whose string values named "articleBody" or "text" are
// articles (the scrapinghub ground truth). Default: the shared news ground truth and the seed.
// --list prints every mention found instead of timing, for reviewing precision by eye.

import Claims
import Foundation

let defaultTexts = [
    "/work/shared/data/news-html/scrapinghub-article-extraction-benchmark/ground-truth.json",
    "/work/shared/seed/caravan-article.txt",
]

func articleTexts(in path: String) throws -> [String] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    guard path.hasSuffix(".json") else { return [String(decoding: data, as: UTF8.self)] }
    var texts: [String] = []
    func collect(_ value: Any) {
        if let object = value as? [String: Any] {
            for (key, field) in object {
                if let text = field as? String, key == "articleBody" || key == "text" { texts.append(text) } else { collect(field) }
            }
        } else if let array = value as? [Any] {
            array.forEach(collect)
        }
    }
    collect(try JSONSerialization.jsonObject(with: data))
    return texts
}

let arguments = Array(CommandLine.arguments.dropFirst())
let listing = arguments.contains("--list")
let paths = arguments.filter { $0 != "--list" }
func loadTexts(_ paths: [String]) -> [String] {
    var texts: [String] = []
    for path in paths {
        do {
            texts += try articleTexts(in: path)
        } catch {
            FileHandle.standardError.write(Data("NumbersBenchmark: \(path): \(error.localizedDescription)\n".utf8))
            exit(1)
        }
    }
    return texts
}
let texts = loadTexts(paths.isEmpty ? defaultTexts : paths)
let date = Day(year: 2019, month: 11, day: 20)

if listing {
    for text in texts {
        for quantity in QuantityScanner.quantities(in: text, date: date) {
            print("\(quantity.kind.rawValue)\t\(quantity.value.map { String($0) } ?? "-")\t\(quantity.unit ?? "-")\t\(quantity.text)")
        }
    }
    exit(0)
}

let characters = texts.reduce(0) { $0 + $1.unicodeScalars.count }

/// CPU time of this thread: the machine is shared, so wall-clock time would count other people's work.
func threadSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func measure(_ name: String, minimumSeconds: Double = 2, _ body: () -> Int) {
    var rounds = 0
    var mentions = 0
    let start = threadSeconds()
    var elapsed = 0.0
    repeat {
        mentions = body()
        rounds += 1
        elapsed = threadSeconds() - start
    } while elapsed < minimumSeconds
    let rate = Double(characters * rounds) / elapsed
    print("\(name): \(texts.count) articles, \(characters) chars, \(mentions) mentions; \(rounds) rounds in \(String(format: "%.2f", elapsed)) s CPU = \(String(format: "%.1f", rate / 1e6)) M chars/s")
}

measure("quantity scanner") {
    texts.reduce(0) { $0 + QuantityScanner.quantities(in: $1, date: date).count }
}
measure("time expressions") {
    texts.reduce(0) { $0 + TimeExpressions.periods(in: $1, date: date).count }
}
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
measure("scanner + JSON encoding (as `numbers --format jsonl`)") {
    texts.reduce(0) { total, text in
        let quantities = QuantityScanner.quantities(in: text, date: date)
        return total + (((try? encoder.encode(quantities)) != nil) ? quantities.count : 0)
    }
}
