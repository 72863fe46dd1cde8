// Generates the article batch that Scripts/benchmark.sh times `claimcheck verify` on: N pages of 20–300 KB
// built from the corpus pages, each with its paragraphs shuffled, paragraphs borrowed from other pages, some
// numbers altered, and the bulk of a real news page around it (inline scripts and styles, menus, link lists).
//
//   swift build -c release --scratch-path .build-release --product BatchBenchmark
//   .build-release/release/BatchBenchmark --articles 10000 --out /tmp/batch [--from Corpus/articles] [--seed 1]

import Foundation

/// SplitMix64: small, fast and the same on every machine, so a seed always gives the same batch.
struct Generator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<Element>(_ items: [Element]) -> Element { items[below(items.count)] }

    mutating func shuffle<Element>(_ items: inout [Element]) {
        guard items.count > 1 else { return }
        for index in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(index, below(index + 1)) }
    }
}

/// A corpus page cut at its paragraphs: `gaps[i]` precedes `paragraphs[i]`, the last gap ends the page.
struct Page {
    var gaps: [ArraySlice<UInt8>]
    var paragraphs: [ArraySlice<UInt8>]

    init(_ bytes: [UInt8]) {
        gaps = []
        paragraphs = []
        var gapStart = 0
        var position = 0
        while let open = Page.find(Array("<p".utf8), in: bytes, from: position) {
            let next = open + 2 < bytes.count ? bytes[open + 2] : 0
            guard next == UInt8(ascii: ">") || next == UInt8(ascii: " ") else {
                position = open + 2
                continue
            }
            guard let close = Page.find(Array("</p>".utf8), in: bytes, from: open) else { break }
            gaps.append(bytes[gapStart..<open])
            paragraphs.append(bytes[open..<close + 4])
            gapStart = close + 4
            position = gapStart
        }
        gaps.append(bytes[gapStart...])
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    static func findLast(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        var index = bytes.count - needle.count
        while index >= 0 {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}

/// Changes the last digit of about a third of the numbers in the text (not inside tags or character references).
func alterNumbers(_ paragraph: ArraySlice<UInt8>, _ random: inout Generator) -> [UInt8] {
    var result = Array(paragraph)
    var insideTag = false
    var index = 0
    while index < result.count {
        let byte = result[index]
        if byte == UInt8(ascii: "<") { insideTag = true } else if byte == UInt8(ascii: ">") { insideTag = false }
        if byte == UInt8(ascii: "&") {
            // A character reference (&#8212;) keeps its digits.
            while index < result.count, result[index] != UInt8(ascii: ";"), result[index] != UInt8(ascii: " ") { index += 1 }
            continue
        }
        guard !insideTag, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
            index += 1
            continue
        }
        var end = index
        while end < result.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(result[end]) { end += 1 }
        if random.chance(33) { result[end - 1] = UInt8(ascii: "0") + UInt8(random.below(10)) }
        index = end
    }
    return result
}

let words = """
    news politics economy markets world local sports opinion weather video podcasts newsletters subscribe account \
    inflation border jobs housing energy climate election courts schools health science technology travel food \
    analysis live updates briefing explainer investigation photos archive corrections ethics contact careers
    """.split(separator: " ").map(String.init)

/// The parts of a news page that are not the article, at roughly `size` bytes.
func boilerplate(_ size: Int, _ random: inout Generator) -> [UInt8] {
    var text = ""
    while text.utf8.count < size {
        switch random.below(4) {
        case 0:
            text += "<script>window.dataLayer=window.dataLayer||[];(function(w,d){var q=[];"
            for index in 0..<(40 + random.below(200)) {
                let name = random.pick(words)
                text += "w.\(name)\(index)=function(e,t){if(!e||e.length<\(random.below(90)))return t;"
                text += "q.push({k:'\(name)',v:e.slice(0,\(random.below(64))),t:Date.now()});return q.length>\(random.below(9));};"
            }
            text += "})(window,document);</script>\n"
        case 1:
            text += "<style>"
            for index in 0..<(30 + random.below(120)) {
                text += ".\(random.pick(words))-\(index){margin:0 \(random.below(24))px;color:#\(String(random.next() % 0xFFFFFF, radix: 16));}"
            }
            text += "</style>\n"
        case 2:
            text += "<nav class=\"related\"><h3>More in \(random.pick(words))</h3><ul>"
            for _ in 0..<(10 + random.below(30)) {
                let headline = (0..<(5 + random.below(7))).map { _ in random.pick(words) }.joined(separator: " ")
                text += "<li><a href=\"/\(random.pick(words))/2022/\(random.below(100_000))\">\(headline)</a></li>"
            }
            text += "</ul></nav>\n"
        default:
            text += "<div class=\"site-footer\"><ul class=\"links\">"
            for _ in 0..<(8 + random.below(16)) {
                let label = random.pick(words)
                text += "<li><a href=\"/\(label)\">\(label.capitalized)</a></li>"
            }
            text += "</ul><small>All rights reserved. Terms of use. Privacy policy. Cookie settings.</small></div>\n"
        }
    }
    return Array(text.utf8)
}

func article(pages: [Page], random: inout Generator) -> [UInt8] {
    let base = random.pick(pages)
    var paragraphs = base.paragraphs
    random.shuffle(&paragraphs)
    for _ in 0..<random.below(3) {
        let donor = random.pick(pages)
        if !donor.paragraphs.isEmpty { paragraphs.append(random.pick(donor.paragraphs)) }
    }
    var page: [UInt8] = []
    for (index, paragraph) in paragraphs.enumerated() {
        if index < base.gaps.count - 1 { page += base.gaps[index] }
        page += alterNumbers(paragraph, &random)
    }
    page += base.gaps[base.gaps.count - 1]

    // Sizes spread evenly over 20–300 KB; the padding is split between the head and the end of the body.
    let target = 20_000 + random.below(280_001)
    let padding = max(0, target - page.count)
    let headShare = padding * random.below(60) / 100
    if let bodyEnd = Page.findLast(Array("</body>".utf8), in: page) {
        page.insert(contentsOf: boilerplate(padding - headShare, &random), at: bodyEnd)
    } else {
        page += boilerplate(padding - headShare, &random)
    }
    if let headEnd = Page.find(Array("</head>".utf8), in: page, from: 0) {
        page.insert(contentsOf: boilerplate(headShare, &random), at: headEnd)
    }
    return page
}

func option(_ name: String) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("BatchBenchmark: \(message)\n".utf8))
    exit(2)
}

let count = Int(option("--articles") ?? "10000") ?? 0
guard count > 0 else { fail("--articles takes a positive number") }
guard let out = option("--out") else { fail("--out FOLDER is required") }
let source = option("--from") ?? "Corpus/articles"
var random = Generator(seed: UInt64(option("--seed") ?? "1") ?? 1)

let sourceFiles = ((try? FileManager.default.contentsOfDirectory(atPath: source)) ?? [])
    .filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
let pages = sourceFiles.compactMap { name -> Page? in
    FileManager.default.contents(atPath: (source as NSString).appendingPathComponent(name)).map { Page(Array($0)) }
}
guard !pages.isEmpty else { fail("\(source): no .html pages to build articles from") }

var totalBytes = 0
for index in 0..<count {
    // Folders of 1,000 keep directory listings short; names stay unique so report names do not collide.
    let folder = (out as NSString).appendingPathComponent(String(format: "%03d", index / 1000))
    if index % 1000 == 0 {
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            fail("\(folder): \(error.localizedDescription)")
        }
    }
    let bytes = article(pages: pages, random: &random)
    totalBytes += bytes.count
    let path = (folder as NSString).appendingPathComponent(String(format: "article-%05d.html", index))
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { fail("cannot write \(path)") }
}
print("\(count) articles, \(totalBytes) bytes in \(out)")
