/// What an element's class and id words say about it. Words are split at non-alphanumerics and
/// camelCase humps ("articleBody__shareTools" → article, body, share, tools) and looked up whole,
/// so no substring search runs per element.
struct ClassHints: OptionSet, Sendable {
    let rawValue: UInt8

    /// Boilerplate unless the element also names itself content ("article-footer" stays).
    static let unlikely = ClassHints(rawValue: 1)
    /// Boilerplate whatever else the element says ("article-share", "story-related").
    static let boilerplate = ClassHints(rawValue: 2)
    static let contentName = ClassHints(rawValue: 4)
    static let positive = ClassHints(rawValue: 8)
    static let negative = ClassHints(rawValue: 16)
    /// The element holds the byline or dateline, which metadata reports separately.
    static let byline = ClassHints(rawValue: 32)
    /// Shown to screen readers only ("sr-only", "visually-hidden"): never visible text.
    static let screenReaderOnly = ClassHints(rawValue: 64)

    private static let words: PackedNameTable<ClassHints> = {
        var table: [PackedName: ClassHints] = [:]
        func add(_ hints: ClassHints, _ list: String) {
            for word in list.split(separator: " ") { table[PackedName(String(word)), default: []].formUnion(hints) }
        }
        add([.boilerplate, .negative], """
            share shares sharing sharebar social socials comment comments disqus related relateds newsletter \
            newsletters promo promos promotion promoted advert adverts advertisement advertisements advertising ad ads \
            adslot adunit dfp gpt cookie cookies consent gdpr outbrain taboola recommended recommendations recirc \
            subscribe subscription signup breadcrumb breadcrumbs popup modal overlay skyscraper \
            sponsor sponsored trending toolbar jumplink sociallinks shoutbox caption captions credit credits \
            gallery slideshow carousel
            """)
        add(.unlikely, """
            sidebar banner combx community extra footer header masthead menu nav navbar navigation remark replies rss \
            supplemental agegate pagination pager print email follow widget widgets tools utility hidden hide skip \
            more popular tags topics keywords most readmore
            """)
        add(.byline, "byline bylines author authors dateline timestamp")
        add(.screenReaderOnly, "sr visually visuallyhidden offscreen")
        add(.contentName, "article body column content main shadow story entry post text")
        add(.positive, "article body content entry hentry main page post text blog story paragraph prose")
        add(.negative, """
            hidden banner combx comment contact foot footer footnote masthead media meta scroll shopping tags tool \
            widget caption credit credits byline
            """)
        return PackedNameTable(table.map { ($0.key, $0.value) })
    }()

    /// Hints from the bytes of a class or id attribute, accumulated into `hints`.
    static func add(from bytes: ArraySlice<UInt8>, to hints: inout ClassHints) {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            var index = 0
            func finishWord(at end: Int) {
                if end > start, let name = PackedName(UnsafeBufferPointer(rebasing: buffer[start..<end])),
                    let found = words[name]
                {
                    hints.formUnion(found)
                }
            }
            while index < buffer.count {
                let byte = buffer[index]
                if !byte.isASCIIAlphanumeric {
                    finishWord(at: index)
                    start = index + 1
                } else if byte.isASCIIUppercase, index > start, buffer[index - 1].isASCIILowercase {
                    finishWord(at: index)
                    start = index
                }
                index += 1
            }
            finishWord(at: buffer.count)
        }
    }
}

extension UInt8 {
    var isASCIIUppercase: Bool { self >= 0x41 && self <= 0x5A }
    var isASCIILowercase: Bool { self >= 0x61 && self <= 0x7A }
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isASCIIAlphanumeric: Bool { isASCIIUppercase || isASCIILowercase || isASCIIDigit }
    var asciiLowercased: UInt8 { isASCIIUppercase ? self | 0x20 : self }
}

extension Collection<UInt8> {
    func asciiLowercasedHasSuffix(_ suffix: String) -> Bool {
        let tail = suffix.utf8
        guard count >= tail.count else { return false }
        return zip(self.dropFirst(count - tail.count), tail).allSatisfy { $0.asciiLowercased == $1 }
    }

    func asciiLowercasedContains(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        let haystack = Array(self)
        guard let first = pattern.first, haystack.count >= pattern.count else { return false }
        var index = 0
        while index + pattern.count <= haystack.count {
            if haystack[index].asciiLowercased == first {
                var matched = 1
                while matched < pattern.count, haystack[index + matched].asciiLowercased == pattern[matched] {
                    matched += 1
                }
                if matched == pattern.count { return true }
            }
            index += 1
        }
        return false
    }
}
