// Throughput of the quantity scanner (what `claimcheck numbers` runs) over real news text, alone and on the
// whole `numbers --format jsonl -` line path (read the input line, scan, write the result line).
//
//   swift build -c release --scratch-path .build-release --product NumbersBenchmark
//   .build-release/release/NumbersBenchmark [TEXTS...] [--list] [--jsonl OUT MEGABYTES]
//
// TEXTS are .txt files, or JSON files whose string values named "articleBody" or "text" are
// articles (the scrapinghub ground truth). Default: the shared news ground truth and the seed.
// --list prints every mention found instead of timing, for reviewing precision by eye.
// --jsonl writes the texts, repeated to about MEGABYTES, as `{"id", "text", "date"}` lines to OUT instead of
// timing, to time the command itself on them (CPU time, as the machine is shared):
//   /usr/bin/time -f "%U user %S sys" .build-release/release/claimcheck numbers --format jsonl - < OUT > /dev/null

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

var arguments = Array(CommandLine.arguments.dropFirst())
let listing = arguments.contains("--list")
arguments.removeAll { $0 == "--list" }
var jsonlOutput: (path: String, megabytes: Int)?
if let flag = arguments.firstIndex(of: "--jsonl") {
    guard flag + 2 < arguments.count, let megabytes = Int(arguments[flag + 2]), megabytes > 0 else {
        FileHandle.standardError.write(Data("NumbersBenchmark: --jsonl needs an output path and a size in megabytes\n".utf8))
        exit(2)
    }
    jsonlOutput = (arguments[flag + 1], megabytes)
    arguments.removeSubrange(flag...(flag + 2))
}
let paths = arguments
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

/// The texts as `--format jsonl -` input lines, ids alternating between numbers and strings.
func jsonLines(repeatedTo minimumBytes: Int = 0) -> [UInt8] {
    var lines = JSONBytes()
    var number = 0
    repeat {
        for text in texts {
            lines.beginObject()
            lines.key("id")
            if number % 2 == 0 { lines.int(number) } else { lines.string("article-\(number)") }
            lines.key("text"); lines.string(text)
            lines.key("date"); lines.string(date.description)
            lines.endObject()
            lines.raw("\n")
            number += 1
        }
    } while lines.bytes.count < minimumBytes
    return lines.bytes
}

if let jsonlOutput {
    let lines = jsonLines(repeatedTo: jsonlOutput.megabytes * 1_000_000)
    guard FileManager.default.createFile(atPath: jsonlOutput.path, contents: Data(lines)) else {
        FileHandle.standardError.write(Data("NumbersBenchmark: cannot write \(jsonlOutput.path)\n".utf8))
        exit(1)
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
measure("scanner + JSONEncoder (how `numbers --format jsonl` wrote before JSONBytes)") {
    texts.reduce(0) { total, text in
        let quantities = QuantityScanner.quantities(in: text, date: date)
        return total + (((try? encoder.encode(quantities)) != nil) ? quantities.count : 0)
    }
}

// The line path of `numbers --format jsonl -` without the pipes: each input line read by ArticleLine, its
// date checked, its text scanned and its result line written by JSONBytes.
let inputLines = jsonLines()
measure("JSON Lines end to end (as `numbers --format jsonl -`)") {
    var mentions = 0
    var output = JSONBytes(capacity: 1 << 20)
    inputLines.withUnsafeBufferPointer { input in
        var lineStart = 0
        for index in input.indices where input[index] == UInt8(ascii: "\n") {
            guard let line = ArticleLine(json: UnsafeBufferPointer(rebasing: input[lineStart..<index])) else {
                fatalError("the benchmark's own input line did not read")
            }
            lineStart = index + 1
            let quantities = QuantityScanner.quantities(in: line.text, date: line.date.flatMap(Day.init(iso:)))
            try? output.writeLine(id: line.id, quantities: quantities)
            output.raw("\n")
            mentions += quantities.count
            if output.bytes.count > 1 << 20 { output.truncate(to: 0) }
        }
    }
    return mentions
}
