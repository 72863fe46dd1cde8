// Sentence-splitting speed on one core (thread CPU time), in characters (Unicode code points) per second, for
// 1 KB, 100 KB and 10 MB of text; equal rates across sizes show the splitter is linear.
//
//   swift run -c release --scratch-path .build-release SentencesBenchmark [text-file]
//
// The text is the test suite's news paragraphs and phenomenon cases, repeated as paragraphs
// (blank lines between) up to each size, or the given file's text.
import Foundation
import Sentences

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU time of this thread, in seconds: what one core spent, whatever else the machine runs.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let casesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Tests/SentencesTests/Cases")

func sourceParagraphs() -> [String] {
    let arguments = CommandLine.arguments.dropFirst()
    if let path = arguments.first {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            FileHandle.standardError.write(Data("SentencesBenchmark: \(path): cannot be read as UTF-8 text\n".utf8))
            exit(1)
        }
        return [text]
    }
    var paragraphs: [String] = []
    for name in ["news.txt", "phenomena.txt"] {
        let url = casesDirectory.appendingPathComponent(name)
        guard let contents = try? String(contentsOf: url, encoding: .utf8) else {
            FileHandle.standardError.write(Data("SentencesBenchmark: \(url.path): cannot be read\n".utf8))
            exit(1)
        }
        for line in contents.split(separator: "\n") where line.hasPrefix("> ") {
            paragraphs.append(line.dropFirst(2).replacingOccurrences(of: "\\n", with: "\n"))
        }
    }
    return paragraphs
}

/// Paragraphs repeated, blank lines between, until the text holds `bytes` UTF-8 bytes.
func text(ofSize bytes: Int, from paragraphs: [String]) -> String {
    var text = ""
    text.reserveCapacity(bytes + 4096)
    var index = 0
    while text.utf8.count < bytes {
        if !text.isEmpty { text += "\n\n" }
        text += paragraphs[index % paragraphs.count]
        index += 1
    }
    var utf8 = Array(text.utf8.prefix(bytes))
    while let last = utf8.last, last & 0xC0 == 0x80 || last >= 0xC0 { utf8.removeLast() }  // no cut characters
    return String(decoding: utf8, as: UTF8.self)
}

let paragraphs = sourceParagraphs()
print("size      characters   sentences   time/run      M chars/s")
for (label, bytes) in [("1 KB", 1_000), ("100 KB", 100_000), ("10 MB", 10_000_000)] {
    let input = text(ofSize: bytes, from: paragraphs)
    let characters = input.unicodeScalars.count
    var sentenceCount = 0
    // Repeat each measurement for about half a second and keep the best of five.
    let runs = max(1, 5_000_000 / max(characters, 1))
    var seconds = Double.infinity
    for _ in 0..<5 {
        let started = threadCPUSeconds()
        for _ in 0..<runs { sentenceCount = SentenceSplitter.split(text: input).count }
        seconds = min(seconds, (threadCPUSeconds() - started) / Double(runs))
    }
    let rate = Double(characters) / seconds / 1e6
    let time = seconds >= 1e-3 ? String(format: "%.2f ms", seconds * 1e3) : String(format: "%.1f µs", seconds * 1e6)
    print(
        label.padding(toLength: 10, withPad: " ", startingAt: 0)
            + String(characters).padding(toLength: 13, withPad: " ", startingAt: 0)
            + String(sentenceCount).padding(toLength: 12, withPad: " ", startingAt: 0)
            + time.padding(toLength: 14, withPad: " ", startingAt: 0)
            + String(format: "%.1f", rate)
    )
}
