import Foundation

/// Title, authors, publication date and canonical URL, from the most explicit source a page offers:
/// JSON-LD, then OpenGraph and other `<meta>` tags, then the visible page (h1, byline elements,
/// `<time datetime>`, "Published June 7, 2022" lines).
enum MetadataExtractor {
    struct Metadata: Equatable {
        var title: String?
        var authors: [String] = []
        var published: String?
        var url: String?
    }

    private static let authorKeys = [
        "dc:creator", "dcterm:creator", "dc.creator", "author", "article:author", "parsely-author", "sailthru.author",
    ]

    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting", "liveblogposting",
        "scholarlyarticle", "techarticle", "report",
    ]

    private static let titleKeys = ["dc:title", "dcterm:title", "og:title", "twitter:title", "parsely-title"]

    private static let dateKeys = [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
        "publishdate", "publish-date", "pubdate", "date", "dc.date", "dc.date.issued", "sailthru.date",
        "parsely-pub-date", "article.published", "published_time", "article_date_original", "og:pubdate",
    ]

    /// The `<meta>` names the result is read from: the others (viewport, description, …) are not kept.
    private static let readKeys = Set(authorKeys + titleKeys + dateKeys + ["og:site_name", "application-name", "og:url"])

    static func metadata(of document: HTMLDocument) -> Metadata {
        var meta: [String: String] = [:]
        var titleTag: String?
        var canonical: String?
        var jsonLD = JSONLDArticle()

        let nodes = document.nodes
        for index in nodes.indices {
            switch nodes[index].tag {
            case .title where titleTag == nil:  // an SVG's <title> is never converted
                titleTag = document.collapsedText(of: index, limit: 2000)
            case .meta:
                // A property may list several names ("dc:creator og:author").
                let keys = (document.attribute(.property, of: index) ?? document.attribute(.name, of: index)
                    ?? document.attribute(.itemprop, of: index))?.lowercased().split(separator: " ")
                    .map(String.init).filter(readKeys.contains) ?? []
                if !keys.isEmpty, let content = document.attribute(.content, of: index) {
                    let value = collapsed(content)
                    for key in keys where !value.isEmpty && meta[key] == nil { meta[key] = value }
                }
            case .link:
                if canonical == nil, let rel = document.attribute(.rel, of: index)?.lowercased(),
                    rel.split(separator: " ").contains("canonical")
                {
                    canonical = document.attribute(.href, of: index)
                }
            case .script where !jsonLD.found && nodes[index].subtreeEnd > index + 1:  // only JSON-LD keeps its text
                jsonLD.merge(json: document.rawText(of: index), articleTypes: articleTypes)
            default:
                break
            }
        }

        var result = Metadata()
        let declaredTitle = titleKeys.lazy.compactMap { meta[$0] }.first
        let title = jsonLD.headline ?? declaredTitle ?? titleTag.map(withoutSiteName) ?? firstHeading(of: document)
        result.title = title.map { withoutSuffix(meta["og:site_name"] ?? meta["application-name"], of: $0) }
        if let title = result.title, title.isEmpty { result.title = nil }

        let declaredAuthors = self.declaredAuthors(meta: meta, jsonLD: jsonLD, document: document)
        let metaDate = dateKeys.lazy.compactMap { meta[$0].flatMap(isoDate) }.first
        let declaredDate = jsonLD.published.flatMap(isoDate) ?? metaDate
        // The visible page is read only for what the declared metadata leaves open.
        let page = declaredAuthors == nil || declaredDate == nil
            ? PageSignals(of: document, authors: declaredAuthors == nil, date: declaredDate == nil) : PageSignals()
        if let declaredAuthors {
            result.authors = declaredAuthors
        } else if !page.itemAuthors.isEmpty {
            result.authors = page.itemAuthors
        } else if let bylineText = page.bylineText {
            result.authors = splitAuthors(bylineText)
        }
        result.published = declaredDate ?? page.itemPublished ?? page.timeValue ?? page.visibleDate

        let declaredURL = (meta["og:url"] ?? jsonLD.url).map { $0.hasPrefix("//") ? "https:" + $0 : $0 }
        result.url = canonical.flatMap(nonEmpty).map { resolve($0, against: declaredURL) } ?? declaredURL
        return result
    }

    /// Authors from JSON-LD or `<meta>` (a name, or a profile URL linked from the page), or nil
    /// when the page declares none. A declared author that splits into no names still wins.
    private static func declaredAuthors(meta: [String: String], jsonLD: JSONLDArticle, document: HTMLDocument)
        -> [String]?
    {
        if !jsonLD.authors.isEmpty { return jsonLD.authors }
        if let author = authorKeys.lazy.compactMap({ meta[$0] }).first(where: { !$0.hasPrefix("http") }) {
            return splitAuthors(author)
        }
        if let profile = authorKeys.lazy.compactMap({ meta[$0] }).first,
            let author = linkedAuthor(profile: profile, in: document)
        {
            return splitAuthors(author)
        }
        return nil
    }

    /// The text of the first `<h1>` that has any.
    private static func firstHeading(of document: HTMLDocument) -> String? {
        for index in document.nodes.indices where document.nodes[index].tag == .h1 {
            if let text = document.collapsedText(of: index, limit: 1000), !text.isEmpty { return text }
        }
        return nil
    }

    /// Authors and dates the visible page shows (microdata, byline elements, `<time>`, dateline
    /// text), each the first found in document order; only the kinds asked for are read.
    private struct PageSignals {
        var itemAuthors: [String] = []
        var bylineText: String?
        var itemPublished: String?
        var timeValue: String?
        var visibleDate: String?

        init() {}

        init(of document: HTMLDocument, authors: Bool, date: Bool) {
            let nodes = document.nodes
            for index in nodes.indices {
                let tag = nodes[index].tag
                if date && tag == .time && timeValue == nil {
                    timeValue = document.attribute(.datetime, of: index).flatMap(isoDate)
                } else if date && tag == .text && visibleDate == nil, (12...80).contains(nodes[index].end - nodes[index].start) {
                    // The length test of `visibleDateLine` first: most text nodes fail it, and need no slice.
                    visibleDate = visibleDateLine(document.textBytes(index))
                }
                guard tag != .meta && document.hasAttributes(index) else { continue }
                if let itemprop = document.attribute(.itemprop, of: index)?.lowercased().split(separator: " ") {
                    if itemprop.contains("author") || itemprop.contains("creator") {
                        if authors {
                            let name = itemAuthorName(index, document)
                            if !name.isEmpty && !itemAuthors.contains(name) { itemAuthors.append(name) }
                        }
                    } else if date, itemprop.contains("datepublished"), itemPublished == nil {
                        let value = document.attribute(.datetime, of: index) ?? document.attribute(.content, of: index)
                        itemPublished = (value ?? document.collapsedText(of: index, limit: 200)).flatMap(isoDate)
                    }
                }
                if authors, bylineText == nil, tag != .body, tag != .html, isBylineElement(index, document) {
                    // Indentation counts in the raw limit; the byline itself is a short line.
                    if let text = document.collapsedText(of: index, limit: 600), !text.isEmpty, text.count <= 120 {
                        bylineText = text
                    }
                }
            }
        }
    }

    /// A relative canonical link ("8003098") is read against the page's own declared URL.
    private static func resolve(_ link: String, against base: String?) -> String {
        if link.hasPrefix("//") { return "https:" + link }
        guard !link.hasPrefix("http://"), !link.hasPrefix("https://"), let base, let baseURL = URL(string: base),
            let resolved = URL(string: link, relativeTo: baseURL)
        else { return link }
        return resolved.absoluteString
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    private static func isBylineElement(_ index: Int, _ document: HTMLDocument) -> Bool {
        if let rel = document.attribute(.rel, of: index), rel.lowercased() == "author" { return true }
        return document.classHints(of: index).contains(.byline) && document.nodes[index].tag != .time
    }

    private static func itemAuthorName(_ index: Int, _ document: HTMLDocument) -> String {
        if let content = document.attribute(.content, of: index) { return collapsed(content) }
        for child in (index + 1)..<Int(document.nodes[index].subtreeEnd)
        where document.attribute(.itemprop, of: child)?.lowercased() == "name" {
            return document.attribute(.content, of: child).map(collapsed) ?? document.collapsedText(of: child, limit: 200) ?? ""
        }
        return stripBy(document.collapsedText(of: index, limit: 200) ?? "")
    }

    /// "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"].
    /// Words that make a byline part after the first a staff line or an outlet, not a person.
    private static let affiliationWords: Set<String> = [
        "staff", "writer", "writers", "reporter", "correspondent", "editor", "contributor", "columnist", "daily",
        "news", "times", "post", "press", "wire", "wires", "agency", "herald", "tribune", "journal", "magazine",
        "network", "reports", "report",
    ]

    static func splitAuthors(_ text: String) -> [String] {
        let stripped = stripBy(collapsed(text))
        // Bylines are mostly ASCII, where characters are bytes: those are split as bytes.
        if stripped.utf8.allSatisfy({ $0 < 0x80 }) { return asciiAuthorNames(Array(stripped.utf8)) }
        return unicodeAuthorNames(stripped)
    }

    /// `unicodeAuthorNames` of ASCII text, byte by byte: the same steps, where `.whitespaces` are
    /// the space and the tab and upper-case letters are A–Z.
    private static func asciiAuthorNames(_ stripped: [UInt8]) -> [String] {
        var text = stripped
        if let place = text.firstOffset(of: " in ") { text.removeSubrange(place...) }
        let listed = text.replacingEvery(" and ", with: ", ").replacingEvery(" & ", with: ", ")
        var names: [String] = []
        for (position, part) in listed.split(separator: 0x2C).enumerated() {
            var trimmed = part
            while let first = trimmed.first, first == 0x20 || first == 0x09 { trimmed.removeFirst() }
            while let last = trimmed.last, last == 0x20 || last == 0x09 { trimmed.removeLast() }
            let name = String(decoding: trimmed, as: UTF8.self)
            let isOutlet = !trimmed.contains(0x20) && trimmed.count <= 5 && trimmed.allSatisfy(\.isASCIIUppercase)
            let isAffiliation = position > 0 && trimmed.split(separator: 0x20).contains {
                affiliationWords.contains(String(decoding: $0.map(\.asciiLowercased), as: UTF8.self))
            }
            if !name.isEmpty && !isOutlet && !isAffiliation && !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// `splitAuthors` past "By" for text with non-ASCII characters, read as characters (internal
    /// for the test that holds the byte reading of ASCII to it).
    static func unicodeAuthorNames(_ text: String) -> [String] {
        var stripped = text
        // "Jane Doe in Guatemala City": the place is a dateline.
        if let place = stripped.range(of: " in ") { stripped = String(stripped[..<place.lowerBound]) }
        var names: [String] = []
        for (position, part) in stripped.replacingOccurrences(of: " and ", with: ", ")
            .replacingOccurrences(of: " & ", with: ", ").split(separator: ",").enumerated()
        {
            let name = part.trimmingCharacters(in: .whitespaces)
            // "…, CNN": a lone capitalised word after the names is the outlet, not an author.
            let isOutlet = !name.contains(" ") && name.count <= 5 && name.allSatisfy { $0.isUppercase }
            let isAffiliation = position > 0
                && name.lowercased().split(separator: " ").contains { affiliationWords.contains(String($0)) }
            if !name.isEmpty && !isOutlet && !isAffiliation && !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// The text of the page's link to an author's profile URL (`<meta property="article:author"
    /// content="https://…/people/jane-doe">` and `<a href="/people/jane-doe">Jane Doe</a>`).
    private static func linkedAuthor(profile: String, in document: HTMLDocument) -> String? {
        guard let url = URL(string: profile), !url.path.isEmpty, url.path != "/" else { return nil }
        let path = Array(url.path.utf8)
        for index in document.nodes.indices where document.nodes[index].tag == .a {
            guard let href = document.attributeBytes(.href, of: index), href.count >= path.count,
                href.suffix(path.count).elementsEqual(path)
            else { continue }
            if let name = document.collapsedText(of: index, limit: 120), !name.isEmpty { return name }
        }
        return nil
    }

    private static func stripBy(_ text: String) -> String {
        for prefix in ["By ", "by ", "BY "] where text.hasPrefix(prefix) { return String(text.dropFirst(prefix.count)) }
        return text
    }

    static func collapsed(_ text: String) -> String { WhitespaceCollapser.collapse(text) }

    /// "Title | Site" or "Title - Site" → "Title" when the title part is still several words.
    static func withoutSiteName(_ title: String) -> String {
        // ASCII titles (most) are searched as bytes; only the ASCII separators can occur in them.
        if title.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(title.utf8)
            for separator in [" | ", " - ", " :: "] {
                guard let start = bytes.lastOffset(of: separator) else { continue }
                let head = bytes[..<start]
                if head.split(separator: 0x20).count >= 3 { return String(decoding: head, as: UTF8.self) }
            }
            return title
        }
        for separator in [" | ", " - ", " – ", " — ", " :: ", " » "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound])
            if head.split(separator: " ").count >= 3 { return head }
        }
        return title
    }

    /// "New Zealand - Wikipedia" → "New Zealand" when the page names itself "Wikipedia".
    static func withoutSuffix(_ siteName: String?, of title: String) -> String {
        guard let siteName, !siteName.isEmpty, title.count > siteName.count + 3,
            title.lowercased().hasSuffix(siteName.lowercased())
        else { return title }
        let head = title.dropLast(siteName.count)
        for separator in [" | ", " - ", " – ", " — ", " :: ", " » ", " · "] where head.hasSuffix(separator) {
            return String(head.dropLast(separator.count))
        }
        return title
    }

    // MARK: dates

    private static let monthNames: [(String, Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12), ("jan", 1),
        ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sept", 9), ("sep", 9),
        ("oct", 10), ("nov", 11), ("dec", 12),
    ]

    /// ISO 8601 from "2022-06-07", "2022-06-07T10:00:00-04:00", "2022-06-07 10:00", "20220607", "June 7, 2022",
    /// "7 June 2022" or "Tue, 07 Jun 2022 14:00:00 GMT" (the last three give the day only).
    /// Dates are nearly always ASCII, and there characters are bytes: those are read as bytes,
    /// anything else as characters.
    static func isoDate(_ raw: String) -> String? {
        var text = raw
        let asciiDate: String?? = text.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? Optional.some(asciiISODate(bytes)) : nil
        }
        return asciiDate ?? unicodeISODate(raw)
    }

    /// `isoDate` of ASCII text, byte by byte: the same steps as `unicodeISODate`, where
    /// `.whitespaces` are the space and the tab, letters are A–Z and a–z and numbers are digits.
    private static func asciiISODate(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0
        var end = raw.count
        while start < end && (raw[start] == 0x20 || raw[start] == 0x09) { start += 1 }
        while end > start && (raw[end - 1] == 0x20 || raw[end - 1] == 0x09) { end -= 1 }
        let text = UnsafeBufferPointer(rebasing: raw[start..<end])
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { text[$0].isASCIIDigit } }
        func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self) }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(text[$1] - 0x30) } }

        if text.count >= 10, digits(0..<4), text[4] == 0x2D, digits(5..<7), text[7] == 0x2D, digits(8..<10) {
            let day = string(0..<10)
            guard text.count > 12, text[10] == 0x54 || text[10] == 0x20, text[11].isASCIIDigit else { return day }
            var time = Array(text[11...].prefix { $0 != 0x20 })
            // "-0700" → "-07:00", the extended form of the rest of the timestamp.
            if let sign = time.lastIndex(where: { $0 == 0x2B || $0 == 0x2D }), time.count - sign == 5,
                time[(sign + 1)...].allSatisfy(\.isASCIIDigit)
            {
                time.insert(0x3A, at: sign + 3)
            }
            return day + "T" + String(decoding: time, as: UTF8.self)
        }
        // "20221115", as some <meta name="pubdate"> give it.
        if text.count == 8, digits(0..<8), (1...12).contains(number(4..<6)), (1...31).contains(number(6..<8)),
            text[0] == 0x31 && text[1] == 0x39 || text[0] == 0x32 && text[1] == 0x30
        {
            return string(0..<4) + "-" + string(4..<6) + "-" + string(6..<8)
        }
        var month: Int?
        var day: Int?
        var year: Int?
        var index = 0
        while index < text.count {
            guard text[index].isASCIIAlphanumeric else {
                index += 1
                continue
            }
            let wordStart = index
            while index < text.count && text[index].isASCIIAlphanumeric { index += 1 }
            let word = wordStart..<index
            if digits(word) {
                // Only a 4-digit year or a 1–2-digit day counts; longer numbers are skipped.
                let value = word.count <= 4 ? number(word) : 0
                if word.count == 4, value >= 1900, value <= 2100, year == nil {
                    year = value
                } else if word.count <= 2, value >= 1, value <= 31, day == nil, year == nil {
                    day = value
                }
            } else if month == nil, let found = monthNames.first(where: { name, _ in
                name.utf8.count == word.count && zip(name.utf8, word).allSatisfy { $0 == text[$1].asciiLowercased }
            }) {
                month = found.1
            }
        }
        guard let year, let month, let day else { return nil }
        return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// `isoDate` of text with non-ASCII characters, read as characters (internal for the test that
    /// holds the byte reading of ASCII to it).
    static func unicodeISODate(_ raw: String) -> String? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let bytes = Array(text.utf8)
        if bytes.count >= 10, bytes[0..<4].allSatisfy(\.isASCIIDigit), bytes[4] == 0x2D,
            bytes[5..<7].allSatisfy(\.isASCIIDigit), bytes[7] == 0x2D, bytes[8..<10].allSatisfy(\.isASCIIDigit)
        {
            let day = String(text.prefix(10))
            guard bytes.count > 12, bytes[10] == 0x54 || bytes[10] == 0x20, bytes[11].isASCIIDigit else { return day }
            var time = Array((text.dropFirst(11).split(separator: " ").first ?? "").utf8)
            // "-0700" → "-07:00", the extended form of the rest of the timestamp.
            if let sign = time.lastIndex(where: { $0 == 0x2B || $0 == 0x2D }), time.count - sign == 5,
                time[(sign + 1)...].allSatisfy(\.isASCIIDigit)
            {
                time.insert(0x3A, at: sign + 3)
            }
            return day + "T" + String(decoding: time, as: UTF8.self)
        }
        // "20221115", as some <meta name="pubdate"> give it.
        if bytes.count == 8, bytes.allSatisfy(\.isASCIIDigit), let month = Int(text.dropFirst(4).prefix(2)),
            let day = Int(text.suffix(2)), (1...12).contains(month), (1...31).contains(day), text.hasPrefix("19") || text.hasPrefix("20")
        {
            return "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))"
        }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        var month: Int?
        var day: Int?
        var year: Int?
        for word in words {
            if let number = Int(word) {
                if word.count == 4, number >= 1900, number <= 2100, year == nil {
                    year = number
                } else if word.count <= 2, number >= 1, number <= 31, day == nil, year == nil {
                    day = number
                }
            } else if month == nil, let found = monthNames.first(where: { $0.0 == word }) {
                month = found.1
            }
        }
        guard let year, let month, let day else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// A short visible line such as "Published June 7, 2022" or "Posted: 7 June 2022 10:00".
    private static func visibleDateLine(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.count >= 12, bytes.count <= 80,
            let first = bytes.first(where: { $0 > 0x20 }), first | 0x20 == 0x70 || first | 0x20 == 0x75
            , startsWithDateLabel(bytes)
        else { return nil }
        var collapser = WhitespaceCollapser()
        collapser.append(bytes)
        let text = collapser.text
        let lower = text.lowercased()
        guard let prefix = ["published", "posted", "updated"].first(where: { lower.hasPrefix($0) }) else { return nil }
        return isoDate(String(text.dropFirst(prefix.count)))
    }
}

extension MetadataExtractor {
    /// Whether the text past its leading whitespace starts with "published", "posted" or
    /// "updated" in any ASCII case: a byte test that spares the lines `visibleDateLine` would
    /// reject anyway a String and its lower-cased copy each.
    fileprivate static func startsWithDateLabel(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                let space = UTF8Whitespace.length(in: buffer, at: start)
                if space == 0 { break }
                start += space
            }
            return [StaticString("published"), "posted", "updated"].contains { label in
                let length = label.utf8CodeUnitCount
                guard start + length <= buffer.count else { return false }
                return (0..<length).allSatisfy { buffer[start + $0].asciiLowercased == label.utf8Start[$0] }
            }
        }
    }
}

/// The first JSON-LD object of an article type found in a page's `application/ld+json` scripts,
/// including objects inside arrays and `@graph`.
struct JSONLDArticle {
    var headline: String?
    var authors: [String] = []
    var published: String?
    var url: String?
    /// Whether an article object was found: later scripts are then not read.
    private(set) var found = false

    mutating func merge(json: String, articleTypes: Set<String>) {
        guard !found, let data = json.data(using: .utf8),
            let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return }
        if let article = firstArticle(in: value, articleTypes: articleTypes, depth: 0) { take(article) }
    }

    private func firstArticle(in value: Any, articleTypes: Set<String>, depth: Int) -> [String: Any]? {
        guard depth < 8 else { return nil }
        if let array = value as? [Any] {
            for element in array {
                if let found = firstArticle(in: element, articleTypes: articleTypes, depth: depth + 1) { return found }
            }
            return nil
        }
        guard let object = value as? [String: Any] else { return nil }
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        if types.contains(where: { articleTypes.contains($0.lowercased()) }) {
            return object
        }
        if let graph = object["@graph"] {
            return firstArticle(in: graph, articleTypes: articleTypes, depth: depth + 1)
        }
        return nil
    }

    private mutating func take(_ article: [String: Any]) {
        found = true
        headline = (article["headline"] as? String ?? article["name"] as? String).map(MetadataExtractor.collapsed)
            .flatMap { $0.isEmpty ? nil : $0 }
        published = article["datePublished"] as? String ?? article["dateCreated"] as? String
        url = article["url"] as? String
            ?? (article["mainEntityOfPage"] as? [String: Any])?["@id"] as? String
            ?? article["mainEntityOfPage"] as? String
        authors = names(article["author"] ?? article["creator"])
    }

    private func names(_ value: Any?) -> [String] {
        var result: [String] = []
        func add(_ value: Any?) {
            if let name = value as? String {
                for part in MetadataExtractor.splitAuthors(name) where !result.contains(part) { result.append(part) }
            } else if let object = value as? [String: Any] {
                add(object["name"])
            } else if let array = value as? [Any] {
                for element in array { add(element) }
            }
        }
        add(value)
        return result
    }
}

extension [UInt8] {
    /// The offset of the first occurrence of `needle`'s UTF-8 bytes.
    func firstOffset(of needle: String) -> Int? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, count >= pattern.count else { return nil }
        return (0...(count - pattern.count)).first { start in
            self[start] == pattern[0] && self[start..<start + pattern.count].elementsEqual(pattern)
        }
    }

    /// The offset of the last occurrence of `needle`'s UTF-8 bytes.
    func lastOffset(of needle: String) -> Int? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, count >= pattern.count else { return nil }
        return (0...(count - pattern.count)).reversed().first { start in
            self[start] == pattern[0] && self[start..<start + pattern.count].elementsEqual(pattern)
        }
    }

    /// These bytes with every occurrence of `pattern` (left to right, not overlapping) replaced.
    func replacingEvery(_ pattern: String, with replacement: String) -> [UInt8] {
        let pattern = Array(pattern.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(count)
        var index = 0
        while index < count {
            if index + pattern.count <= count, self[index..<index + pattern.count].elementsEqual(pattern) {
                result.append(contentsOf: replacement.utf8)
                index += pattern.count
            } else {
                result.append(self[index])
                index += 1
            }
        }
        return result
    }
}
