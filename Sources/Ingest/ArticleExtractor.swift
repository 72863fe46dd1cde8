/// Chooses the article's metadata and body blocks from a parsed page.
enum ArticleExtractor {
    static func extract(from document: HTMLDocument, source: String) -> Article {
        let metadata = MetadataExtractor.metadata(of: document)
        var paragraphs = body(of: document, strict: true, title: metadata.title)
        // Class names mislead on some pages (the article inside "content-with-sidebar"): when the
        // strict pass finds almost nothing, a pass that trusts only tags may find the article.
        let strictLength = paragraphs.reduce(0) { $0 + $1.utf8.count }
        if strictLength < 500 {
            let lenient = body(of: document, strict: false, title: metadata.title)
            if lenient.reduce(0, { $0 + $1.utf8.count }) > 2 * strictLength { paragraphs = lenient }
        }
        return Article(
            source: source, title: metadata.title, byline: metadata.authors, published: metadata.published,
            url: metadata.url, paragraphs: paragraphs)
    }

    static func body(of document: HTMLDocument, strict: Bool, title: String?) -> [String] {
        let blocks = BlockCollector(strict: strict).blocks(of: document)
        guard !blocks.isEmpty else { return [] }
        let selection = ContentScorer(document: document, blocks: blocks).selectedRanges()
        let titleKey = title.map(PromoFilter.comparisonKey)
        var paragraphs: [String] = []
        var leadingLabels: [Int] = []
        var proseSeen = false
        for block in blocks where selection.contains(where: { $0.contains(block.container) }) {
            guard PromoFilter.keeps(block) else { continue }
            let text = String(decoding: block.text, as: UTF8.self)
            if block.kind.isHeading, let titleKey, PromoFilter.comparisonKey(text) == titleKey { continue }
            if !proseSeen && !block.kind.isHeading && PromoFilter.isLabel(block.text) {
                leadingLabels.append(paragraphs.count)
            }
            proseSeen = proseSeen || block.length >= 80
            paragraphs.append(text)
        }
        // Lone words before the first sentence of prose are kickers ("Analysis"), unless they are
        // all the page has.
        if proseSeen {
            for index in leadingLabels.reversed() { paragraphs.remove(at: index) }
        }
        return paragraphs
    }
}

/// Readability-style content scoring: every paragraph-like block scores its ancestors; the best
/// scored element, weighed by link density and class hints, is the article, together with those
/// of its siblings that score nearly as well or read like paragraphs.
struct ContentScorer {
    let document: HTMLDocument
    let blocks: [TextBlock]

    private static let scoredKinds: TagSet = [.p, .pre, .td, .div, .section, .article, .blockquote, .main, .center]

    func selectedRanges() -> [Range<Int32>] {
        let nodes = document.nodes
        var scores = [Float](repeating: 0, count: nodes.count)
        var initialized = [Bool](repeating: false, count: nodes.count)
        var textLength = [Int32](repeating: 0, count: nodes.count)
        var linkLength = [Int32](repeating: 0, count: nodes.count)
        // Text in paragraphs that read like prose: long enough, few links.
        var proseLength = [Int32](repeating: 0, count: nodes.count)

        for block in blocks where block.container >= 0 {
            textLength[Int(block.container)] += Int32(block.length)
            linkLength[Int(block.container)] += Int32(block.linkLength)
            if block.length >= 80 && block.linkDensity < 0.25 { proseLength[Int(block.container)] += Int32(block.length) }
        }
        // Children follow their parent in document order: one backward pass sums every subtree.
        for index in nodes.indices.reversed() where nodes[index].parent >= 0 {
            let parent = Int(nodes[index].parent)
            textLength[parent] += textLength[index]
            linkLength[parent] += linkLength[index]
            proseLength[parent] += proseLength[index]
        }

        var candidates: [Int32] = []
        for block in blocks where block.container >= 0 && block.length >= 25 && Self.scoredKinds.contains(block.kind) {
            let contentScore = 1 + Float(block.commas) + min(Float(block.length) / 100, 3)
            let isTextInContainer = block.kind != .p && block.kind != .pre && block.kind != .td && block.kind != .blockquote
            var ancestor = isTextInContainer ? block.container : nodes[Int(block.container)].parent
            var level = 0
            while ancestor >= 0 && level < 5 {
                let index = Int(ancestor)
                if nodes[index].tag == .html || (nodes[index].tag == .body && level > 0) { break }
                if !initialized[index] {
                    initialized[index] = true
                    scores[index] = initialScore(index)
                    candidates.append(ancestor)
                }
                let divider: Float = level == 0 ? 1 : level == 1 ? 2 : Float(level * 3)
                scores[index] += contentScore / divider
                ancestor = nodes[index].parent
                level += 1
            }
        }
        guard !candidates.isEmpty else { return [0..<Int32(nodes.count)] }

        func linkDensity(_ index: Int32) -> Float {
            let text = textLength[Int(index)]
            return text == 0 ? 0 : Float(linkLength[Int(index)]) / Float(text)
        }
        for candidate in candidates { scores[Int(candidate)] *= 1 - linkDensity(candidate) }

        let ranked = candidates.sorted { scores[Int($0)] > scores[Int($1)] }
        var top = ranked[0]
        let topScore = scores[Int(top)]

        // Several near-best candidates under one ancestor mean the article is split among them
        // (e.g. one container per column of paragraphs): take their common ancestor.
        let contenders = ranked.dropFirst().prefix(4).filter { scores[Int($0)] >= topScore * 0.75 }
        if contenders.count >= 2 {
            var ancestor = nodes[Int(top)].parent
            while ancestor >= 0 && nodes[Int(ancestor)].tag != .body {
                let range = ancestor..<nodes[Int(ancestor)].subtreeEnd
                if contenders.filter({ range.contains($0) }).count >= 2 {
                    top = ancestor
                    break
                }
                ancestor = nodes[Int(ancestor)].parent
            }
        }
        // A lone child wraps nothing else: its parent is the same content. And an article split
        // into several sections shows as an ancestor made mostly of prose, with much more of it.
        while nodes[Int(top)].parent >= 0, nodes[Int(nodes[Int(top)].parent)].tag != .body {
            let parent = Int(nodes[Int(top)].parent)
            let sameText = textLength[parent] == textLength[Int(top)]
            let moreProse = proseLength[parent] * 4 >= proseLength[Int(top)] * 5
                && proseLength[parent] * 10 >= textLength[parent] * 7 && linkDensity(Int32(parent)) < 0.25
            guard sameText || moreProse else { break }
            top = Int32(parent)
        }

        var ranges: [Range<Int32>] = [top..<nodes[Int(top)].subtreeEnd]
        let parent = nodes[Int(top)].parent
        guard parent >= 0 else { return ranges }
        let threshold = max(10, scores[Int(top)] * 0.2)
        var sibling = parent + 1
        while sibling < nodes[Int(parent)].subtreeEnd {
            defer { sibling = nodes[Int(sibling)].subtreeEnd }
            guard sibling != top, nodes[Int(sibling)].tag != .text else { continue }
            var append = initialized[Int(sibling)] && scores[Int(sibling)] >= threshold
            if !append, nodes[Int(sibling)].tag == .p {
                let length = textLength[Int(sibling)]
                let density = linkDensity(sibling)
                append = length > 80 && density < 0.25
            }
            if append { ranges.append(sibling..<nodes[Int(sibling)].subtreeEnd) }
        }
        return ranges
    }

    private func initialScore(_ index: Int) -> Float {
        var score: Float
        switch document.nodes[index].tag {
        case .div, .article, .main, .section: score = 5
        case .pre, .td, .blockquote: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        let hints = document.classHints(of: index)
        if hints.contains(.positive) { score += 25 }
        if hints.contains(.negative) { score -= 25 }
        return score
    }
}

/// Drops blocks inside the article that are not article text: link lists, teaser headlines in
/// capitals, calls to action, "Advertisement" labels, bylines and datelines.
enum PromoFilter {
    private static let callsToAction: [String] = [
        "click here", "read more", "related:", "related coverage", "related stories", "related articles",
        "sign up for", "sign up to", "sign up here", "subscribe to", "subscribe now", "subscribe for", "follow us",
        "watch:", "also read", "see also", "more:", "download the", "recommended:", "read next", "listen:",
        "continue reading", "story continues",
    ]

    private static let labelPunctuation: Set<Character> = [" ", ".", ":", "|", "-", "–", "—"]

    private static let labels: Set<String> = [
        "advertisement", "advertisements", "ad", "sponsored", "supported by", "share", "share this", "share this article",
        "continue reading", "continue reading the main story", "story continues below", "story continues below advertisement",
        "image", "photo", "video", "close", "loading", "more", "comments",
    ]

    static func keeps(_ block: TextBlock) -> Bool {
        guard block.text.contains(where: { $0.isASCIIAlphanumeric || $0 >= 0x80 }) else { return false }
        if block.linkDensity > 0.5 { return false }
        let length = block.length
        // Wire-service credits: "Reporting by …; Editing by …".
        if length < 400, creditPrefixes.contains(where: { block.text.starts(with: $0.utf8) }) { return false }
        if length < 200 {
            let lowerBytes = block.text.map(\.asciiLowercased)
            let lower = String(decoding: lowerBytes, as: UTF8.self)
            if isLabelLine(lowerBytes, lower) { return false }
            if lower.hasPrefix("copyright") || lower.hasPrefix("©") || lowerBytes.contains(bytes: "all rights reserved") {
                return false
            }
            if isGalleryCounter(lower) || (lowerBytes.contains(0x40) && isContactLine(lower)) { return false }
            if length < 60 && (lowerBytes.contains(bytes: "min read") || lowerBytes.contains(bytes: "minute read")) {
                return false
            }
            // A byte prefix is needed for a character prefix: the cheap test runs first.
            if callsToAction.contains(where: { lowerBytes.starts(with: $0.utf8) && lower.hasPrefix($0) }) { return false }
            if length < 80 && looksLikeByline(block.text) { return false }
            if length < 80,
                let prefix = ["published", "updated", "posted"].first(where: { lowerBytes.starts(with: $0.utf8) && lower.hasPrefix($0) }),
                MetadataExtractor.isoDate(String(lower.dropFirst(prefix.count))) != nil
            {
                return false
            }
            if block.kind != .td && block.kind != .th && isAllCapitals(block.text) { return false }
            // A date alone on its line repeats the metadata ("June 28, 2023").
            if length <= 40, block.text.contains(where: \.isASCIIDigit), MetadataExtractor.isoDate(lower) != nil,
                lower.split(separator: " ").count <= 6 { return false }
        }
        return true
    }

    /// Whether the line is one of `labels` once the punctuation around it is trimmed. ASCII lines
    /// (most) are trimmed as bytes, and only a short remainder can be a label.
    private static func isLabelLine(_ lowerBytes: [UInt8], _ lower: String) -> Bool {
        guard lowerBytes.allSatisfy({ $0 < 0x80 }) else { return labels.contains(lower.trimming(labelPunctuation)) }
        // The ASCII members of `labelPunctuation`: " .:|-".
        let isPunctuation: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x2E || $0 == 0x3A || $0 == 0x7C || $0 == 0x2D }
        guard let first = lowerBytes.firstIndex(where: { !isPunctuation($0) }),
            let last = lowerBytes.lastIndex(where: { !isPunctuation($0) }), last - first < longestLabel
        else { return false }
        return labels.contains(String(decoding: lowerBytes[first...last], as: UTF8.self))
    }

    private static let longestLabel = labels.map(\.utf8.count).max() ?? 0

    private static let creditPrefixes = [
        "Reporting by", "(Reporting by", "Additional reporting by", "Editing by", "(Editing by", "Writing by",
        "Compiled by", "(Compiled by",
    ]

    /// "Image 2 of 5", "Photo 3/12", "Slide 1 of 8".
    static func isGalleryCounter(_ lower: String) -> Bool {
        guard firstWordMayCount(lower.utf8) else { return false }
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "/" })
        guard (2...4).contains(words.count), ["image", "photo", "slide", "picture"].contains(words[0]) || Int(words[0]) != nil
        else { return false }
        return words.dropFirst().allSatisfy { Int($0) != nil || $0 == "of" }
    }

    /// Whether the first word (after any " " or "/") is one of the gallery nouns or a number:
    /// a byte test run before `isGalleryCounter` splits the text into Character words. A
    /// separator followed by a non-ASCII byte (which may be a combining mark joined to it) leaves
    /// the decision to the full test.
    private static func firstWordMayCount(_ bytes: String.UTF8View) -> Bool {
        let isSeparator: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x2F }
        guard let start = bytes.firstIndex(where: { !isSeparator($0) }) else { return false }
        let end = bytes[start...].firstIndex(where: isSeparator) ?? bytes.endIndex
        if end != bytes.endIndex, let next = bytes[bytes.index(after: end)...].first, next >= 0x80 { return true }
        let word = bytes[start..<end]
        if ["image", "photo", "slide", "picture"].contains(where: { word.elementsEqual($0.utf8) }) { return true }
        let digits = word.first == 0x2B || word.first == 0x2D ? word.dropFirst() : word[...]
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }

    /// "Email Jane at jane@example.com or follow her @jane", "Reach him at …" (holding an "@").
    static func isContactLine(_ lower: String) -> Bool {
        return ["email ", "follow ", "contact ", "reach "].contains { lower.hasPrefix($0) }
            || [" reach her at", " reach him at", " reach them at", " be reached at", "follow him", "follow her", "follow us"]
            .contains { lower.contains($0) }
    }

    /// One short word without closing punctuation.
    static func isLabel(_ text: [UInt8]) -> Bool {
        text.count <= 20 && !text.contains(0x20) && text.last.map { $0 != 0x2E && $0 != 0x21 && $0 != 0x3F } ?? false
    }

    /// "By Jane Doe and John Roe": "By" and then mostly capitalised words.
    static func looksLikeByline(_ text: [UInt8]) -> Bool {
        guard text.starts(with: "By ".utf8) || text.starts(with: "BY ".utf8) else { return false }
        let words = text.dropFirst(3).split(separator: 0x20)
        let capitalised = words.filter { $0.first.map { $0.isASCIIUppercase || $0 >= 0x80 } ?? false }.count
        return !words.isEmpty && capitalised * 10 >= words.count * 6
    }

    /// A line of at least two words whose letters are (nearly) all capitals: a teaser headline or a
    /// box label ("STORY HIGHLIGHTS").
    static func isAllCapitals(_ text: [UInt8]) -> Bool {
        var upper = 0
        var lower = 0
        var spaces = 0
        for byte in text {
            if byte.isASCIIUppercase { upper += 1 } else if byte.isASCIILowercase { lower += 1 } else if byte == 0x20 {
                spaces += 1
            }
        }
        return spaces >= 1 && upper >= 8 && lower * 20 <= upper
    }

    /// Lower-case letters and digits only, to compare a heading with the title.
    static func comparisonKey(_ text: String) -> String {
        // ASCII letters and digits are exactly the alphabetic scalars and digits of ASCII text.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.filter(\.isASCIIAlphanumeric).map(\.asciiLowercased), as: UTF8.self)
        }
        return String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }
}

extension [UInt8] {
    /// Whether the UTF-8 of `needle` occurs in these bytes.
    func contains(bytes needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, count >= pattern.count else { return pattern.isEmpty }
        return (0...(count - pattern.count)).contains { start in
            self[start] == pattern[0] && self[start..<start + pattern.count].elementsEqual(pattern)
        }
    }
}

extension String {
    func trimming(_ characters: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
