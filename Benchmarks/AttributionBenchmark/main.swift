// Attribution extraction speed on one core: characters per second over real article text.
//
//   swift build -c release --scratch-path .build-release --product AttributionBenchmark
//   .build-release/release/AttributionBenchmark [FILE.html|FILE.txt ...]
//
// Without arguments it reads the seed article and the pages under /work/shared/data/news-html/.
import Claims
import Foundation
import Ingest
import Sentences

func defaultPaths() -> [String] {
    let roots = ["/work/shared/seed", "/work/shared/data/news-html"]
    var paths: [String] = []
    for root in roots {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { continue }
        for case let path as String in enumerator where path.hasSuffix(".html") || path.hasSuffix(".txt") {
            paths.append(root + "/" + path)
        }
    }
    return paths.sorted()
}

let arguments = Array(CommandLine.arguments.dropFirst())
let paths = arguments.isEmpty ? defaultPaths() : arguments
var articles: [(text: String, sentences: [Sentence], characters: Int)] = []
for path in paths {
    do {
        let article = try Ingestor.ingest(path: path)
        let text = article.text
        articles.append((text, SentenceSplitter.split(article), text.unicodeScalars.count))
    } catch {
        FileHandle.standardError.write(Data("AttributionBenchmark: \(path): \(error)\n".utf8))
    }
}
let characters = articles.reduce(0) { $0 + $1.characters }
guard characters > 0 else {
    FileHandle.standardError.write(Data("AttributionBenchmark: no text to measure\n".utf8))
    exit(1)
}

let date = Day(iso: "2022-06-07")
var attributions = 0
for article in articles {
    attributions += AttributionExtractor.attributions(text: article.text, sentences: article.sentences, date: date).count
}

/// CPU time of this thread, so that other processes on a shared machine do not count.
func threadSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

// Repeat the whole set for at least two seconds of CPU time and keep the best round.
var best = Double.infinity
var rounds = 0
var spent = 0.0
while rounds < 3 || spent < 2 {
    let start = threadSeconds()
    for article in articles {
        _ = AttributionExtractor.attributions(text: article.text, sentences: article.sentences, date: date)
    }
    let elapsed = threadSeconds() - start
    best = min(best, elapsed)
    spent += elapsed
    rounds += 1
}
let seconds = best
print("articles: \(articles.count), characters: \(characters), attributions: \(attributions)")
print(String(format: "best of %d rounds: %.4f s of thread CPU time, %.2f M characters/s", rounds, seconds, Double(characters) / seconds / 1e6))
