/// A parsed HTML page as compact Swift values: nodes in document (pre-)order, so that a subtree is
/// a contiguous index range and extraction walks it without recursion. Tag and attribute names are
/// interned as small enums; all text and attribute values live in one UTF-8 byte store.
public struct HTMLDocument: Sendable {
    /// The elements extraction distinguishes; every other element is `.other`.
    public enum Tag: UInt8, Sendable, CaseIterable {
        case text, other
        case html, head, body, title, meta, link, base, script, style, noscript, template
        case svg, math, iframe, object, embed, canvas, video, audio, picture, source, img, map
        case form, input, button, select, textarea, label, option, fieldset, legend
        case nav, header, footer, aside, menu, dialog, main, article, section, div, center, address
        case p, h1, h2, h3, h4, h5, h6, br, hr, a, ul, ol, li, dl, dt, dd, blockquote, pre, figure, figcaption
        case table, thead, tbody, tfoot, tr, td, th, caption, time, details, summary

        var isHeading: Bool { (Tag.h1.rawValue...Tag.h6.rawValue).contains(rawValue) }
    }

    /// The attributes extraction reads; others are not kept.
    public enum AttributeName: UInt8, Sendable, CaseIterable {
        case id, `class`, itemprop, itemtype, property, name, content, datetime, rel, href, type, role
        case hidden, style, ariaHidden, charset, httpEquiv
    }

    public struct Node: Sendable {
        public var tag: Tag
        /// Index of the parent element, or -1 for the roots.
        public var parent: Int32
        /// One past the index of the last node of this node's subtree.
        public var subtreeEnd: Int32
        /// A text node's byte range in `storage`; an element's range in `attributes`.
        var start: Int32
        var end: Int32
    }

    struct Attribute: Sendable {
        var name: AttributeName
        var start: Int32
        var end: Int32
    }

    public internal(set) var nodes: [Node] = []
    var attributes: [Attribute] = []
    var storage: [UInt8] = []

    public init() {}

    /// The UTF-8 bytes of a text node.
    func textBytes(_ index: Int) -> ArraySlice<UInt8> {
        let node = nodes[index]
        return storage[Int(node.start)..<Int(node.end)]
    }

    /// Whether the element carries any of the attributes kept: most carry none, and then every
    /// attribute question about them has the same answer.
    func hasAttributes(_ index: Int) -> Bool {
        let node = nodes[index]
        return node.tag != .text && node.end > node.start
    }

    func attributeBytes(_ name: AttributeName, of index: Int) -> ArraySlice<UInt8>? {
        let node = nodes[index]
        guard node.tag != .text else { return nil }
        // Indexed rather than through a slice of `attributes`: asked several times for most
        // elements, the slice's retain and release cost more than the search.
        var position = Int(node.start)
        while position < Int(node.end) {
            let attribute = attributes[position]
            if attribute.name == name { return storage[Int(attribute.start)..<Int(attribute.end)] }
            position += 1
        }
        return nil
    }

    public func attribute(_ name: AttributeName, of index: Int) -> String? {
        attributeBytes(name, of: index).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The concatenated text of a subtree, without any spacing added between elements.
    public func rawText(of index: Int) -> String {
        var bytes: [UInt8] = []
        for child in index..<Int(nodes[index].subtreeEnd) where nodes[child].tag == .text {
            bytes.append(contentsOf: textBytes(child))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A subtree's text with whitespace runs collapsed to single spaces and trimmed, or nil when
    /// the subtree holds more than `limit` bytes of text (metadata never needs a long text).
    func collapsedText(of index: Int, limit: Int) -> String? {
        var total = 0
        for child in index..<Int(nodes[index].subtreeEnd) where nodes[child].tag == .text {
            total += Int(nodes[child].end - nodes[child].start)
            if total > limit { return nil }
        }
        var collapser = WhitespaceCollapser()
        for child in index..<Int(nodes[index].subtreeEnd) where nodes[child].tag == .text {
            collapser.append(textBytes(child))
        }
        return collapser.text
    }

    // MARK: building (used by the libxml2 converter)

    mutating func appendElement(_ tag: Tag, parent: Int32) -> Int32 {
        let index = Int32(nodes.count)
        let first = Int32(attributes.count)
        nodes.append(Node(tag: tag, parent: parent, subtreeEnd: index + 1, start: first, end: first))
        return index
    }

    mutating func appendAttribute(_ name: AttributeName, to element: Int32, value: UnsafeBufferPointer<UInt8>) {
        let start = Int32(storage.count)
        storage.append(contentsOf: value)
        attributes.append(Attribute(name: name, start: start, end: Int32(storage.count)))
        nodes[Int(element)].end = Int32(attributes.count)
    }

    /// Appends `value` to the last attribute (attribute values may come in several text pieces).
    mutating func extendLastAttribute(with value: UnsafeBufferPointer<UInt8>) {
        storage.append(contentsOf: value)
        attributes[attributes.count - 1].end = Int32(storage.count)
    }

    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, parent: Int32) {
        let index = Int32(nodes.count)
        let start = Int32(storage.count)
        storage.append(contentsOf: bytes)
        nodes.append(Node(tag: .text, parent: parent, subtreeEnd: index + 1, start: start, end: Int32(storage.count)))
    }

    mutating func closeElement(_ element: Int32) {
        nodes[Int(element)].subtreeEnd = Int32(nodes.count)
    }
}

/// A set of tags as a bit mask, asked once or twice per node: membership is a shift, where a
/// `Set` would hash.
struct TagSet: Sendable, ExpressibleByArrayLiteral {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(arrayLiteral tags: HTMLDocument.Tag...) { self.init(tags) }

    init(_ tags: some Sequence<HTMLDocument.Tag>) {
        for tag in tags {
            let raw = tag.rawValue
            if raw < 64 { low |= 1 << raw } else { high |= 1 << (raw - 64) }
        }
    }

    func contains(_ tag: HTMLDocument.Tag) -> Bool {
        let raw = tag.rawValue
        return (raw < 64 ? low >> raw : high >> (raw - 64)) & 1 != 0
    }
}

/// Interns lower-cased names of up to 16 ASCII bytes as two packed integers, so that looking up a
/// tag or attribute name costs no allocation.
struct PackedName: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    init() {}

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 16 else { return nil }
        for (offset, byte) in bytes.enumerated() {
            var lower = byte
            if byte >= 0x41 && byte <= 0x5A { lower = byte | 0x20 }
            if offset < 8 { low |= UInt64(lower) << (offset * 8) } else { high |= UInt64(lower) << ((offset - 8) * 8) }
        }
    }

    init(_ string: String) {
        var copy = Array(string.utf8)
        self = copy.withUnsafeMutableBufferPointer { PackedName(UnsafeBufferPointer($0))! }
    }

    static let tags = PackedNameTable(
        HTMLDocument.Tag.allCases.filter { $0 != .text && $0 != .other }.map { (PackedName(String(describing: $0)), $0) })

    static let attributeNames = PackedNameTable(HTMLDocument.AttributeName.allCases.map { (PackedName($0.spelling), $0) })
}

/// A fixed table from packed names to values: open addressing with a multiplicative hash, so a
/// lookup per element or class word costs a few instructions rather than a SipHash.
struct PackedNameTable<Value: Sendable>: Sendable {
    private var keys: [PackedName]
    private var values: [Value?]
    private let mask: Int

    init(_ entries: some Collection<(PackedName, Value)>) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        keys = Array(repeating: PackedName(), count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in entries {
            var slot = Self.slot(of: key, mask: mask)
            while values[slot] != nil && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    subscript(key: PackedName) -> Value? {
        var slot = Self.slot(of: key, mask: mask)
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func slot(of key: PackedName, mask: Int) -> Int {
        let mixed = (key.low ^ (key.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 40) & mask
    }
}

extension HTMLDocument.AttributeName {
    var spelling: String {
        switch self {
        case .ariaHidden: "aria-hidden"
        case .httpEquiv: "http-equiv"
        default: String(describing: self)
        }
    }
}

/// Joins UTF-8 text pieces with every whitespace run (ASCII spaces and no-break spaces) made a
/// single space, and none at either end.
struct WhitespaceCollapser {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    mutating func append(_ piece: some Collection<UInt8>) {
        if piece.withContiguousStorageIfAvailable({ append(buffer: $0) }) == nil {
            Array(piece).withUnsafeBufferPointer { append(buffer: $0) }
        }
    }

    private mutating func append(buffer: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < buffer.count {
            let space = UTF8Whitespace.length(in: buffer, at: index)
            if space > 0 {
                pendingSpace = true
                index += space
                continue
            }
            if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(buffer[index])
            index += 1
        }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    static func collapse(_ text: String) -> String {
        var collapser = WhitespaceCollapser()
        collapser.append(text.utf8)
        return collapser.text
    }
}

/// Whitespace in UTF-8: ASCII spaces and line breaks, the no-break space, the typographic spaces
/// U+2000–U+200A, U+202F, U+205F, and the ideographic space U+3000 of CJK text.
enum UTF8Whitespace {
    /// The byte length of the whitespace character at `index`, or 0 when there is none.
    @inline(__always)
    static func length(in buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = buffer[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        switch byte {
        case 0xC2:
            return index + 1 < buffer.count && buffer[index + 1] == 0xA0 ? 2 : 0
        case 0xE2:
            guard index + 2 < buffer.count else { return 0 }
            let second = buffer[index + 1], third = buffer[index + 2]
            if second == 0x80 && (third <= 0x8A || third == 0xAF) { return 3 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            return index + 2 < buffer.count && buffer[index + 1] == 0x80 && buffer[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }
}
