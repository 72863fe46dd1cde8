/// A run of visible text between two block boundaries, whitespace collapsed.
struct TextBlock {
    var text: [UInt8]
    /// The innermost block-level element holding the text (-1 when there is none).
    var container: Int32
    var kind: HTMLDocument.Tag
    /// Bytes of the text that sit inside links.
    var linkLength: Int
    var commas: Int

    var length: Int { text.count }
    var linkDensity: Double { text.isEmpty ? 0 : Double(linkLength) / Double(text.count) }
}

/// Walks a page's body and cuts its visible text into blocks: paragraphs, headings, list items,
/// quotes, table cells, text sitting directly in a div, and lines separated by `<br>`.
struct BlockCollector {
    /// Strict collection also drops elements whose class or id names boilerplate; the lenient
    /// retry keeps them, for pages whose article container carries such a name.
    var strict: Bool

    static let blockTags: TagSet = [
        .html, .body, .main, .article, .section, .div, .center, .address, .nav, .header, .footer, .aside, .form,
        .fieldset, .legend, .p, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .blockquote, .pre,
        .figure, .figcaption, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .details, .summary, .menu,
        .dialog, .hr, .br, .option,
    ]

    /// Elements that never hold article text.
    static let skippedTags: TagSet = [
        .head, .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas, .video,
        .audio, .select, .textarea, .button, .input, .option, .nav, .aside, .footer, .header, .dialog, .menu, .map,
        .picture, .img, .title, .meta, .link, .base, .label, .fieldset, .figure, .figcaption,
    ]

    static let skippedRoles: [String] = [
        "navigation", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog", "search", "banner",
        "toolbar", "tablist",
    ]

    func blocks(of document: HTMLDocument) -> [TextBlock] {
        let nodes = document.nodes
        // Name-based skipping happens only in strict mode, and only there is this read.
        let paragraphBytes = strict ? BlockCollector.paragraphBytes(in: document) : []
        let protectedBytes = (paragraphBytes.max() ?? 0) * 2 / 5
        var text = TextAccumulator()
        var linkEnd: Int32 = -1
        var openElements: [(end: Int32, isBlock: Bool)] = []
        var openBlocks: [Int32] = []

        var index = 0
        let count = nodes.count
        while index < count {
            while let top = openElements.last, top.end <= Int32(index) {
                openElements.removeLast()
                if top.isBlock {
                    text.flush(nodes)
                    openBlocks.removeLast()
                }
            }
            let node = nodes[index]
            if node.tag == .text {
                let inLink = Int32(index) < linkEnd
                let container = openBlocks.last ?? -1
                document.storage.withUnsafeBufferPointer { storage in
                    text.append(UnsafeBufferPointer(rebasing: storage[Int(node.start)..<Int(node.end)]), inLink: inLink, container: container)
                }
                index += 1
                continue
            }
            let isBlock = BlockCollector.blockTags.contains(node.tag)
            if node.tag == .br || node.tag == .hr {
                text.flush(nodes)
                index = Int(node.subtreeEnd)
                continue
            }
            let skip = skipping(index, in: document)
            if skip == .always || skip == .byName && paragraphBytes[index] <= protectedBytes {
                if isBlock { text.flush(nodes) }
                index = Int(node.subtreeEnd)
                continue
            }
            if node.tag == .a && Int32(index) >= linkEnd { linkEnd = node.subtreeEnd }
            if isBlock {
                text.flush(nodes)
                openBlocks.append(Int32(index))
            }
            openElements.append((node.subtreeEnd, isBlock))
            index += 1
        }
        text.flush(nodes)
        return text.blocks
    }

    /// The text of the block being read, whitespace collapsed as it comes, and the blocks done.
    private struct TextAccumulator {
        private(set) var blocks: [TextBlock] = []
        private var buffer: [UInt8] = []
        private var pendingSpace = false
        private var container: Int32 = -1
        private var linkLength = 0
        private var commas = 0

        init() { buffer.reserveCapacity(1024) }

        /// Appends a text node's bytes; `container` is the innermost open block, which the
        /// block takes when this is its first text.
        mutating func append(_ text: UnsafeBufferPointer<UInt8>, inLink: Bool, container openBlock: Int32) {
            var offset = 0
            while offset < text.count {
                let space = UTF8Whitespace.length(in: text, at: offset)
                if space > 0 {
                    pendingSpace = true
                    offset += space
                    continue
                }
                let byte = text[offset]
                if buffer.isEmpty {
                    container = openBlock
                } else if pendingSpace {
                    buffer.append(0x20)
                    if inLink { linkLength += 1 }
                }
                pendingSpace = false
                buffer.append(byte)
                if inLink { linkLength += 1 }
                if byte == 0x2C { commas += 1 }
                offset += 1
            }
        }

        /// Ends the current block (if it has any text) at a block boundary.
        mutating func flush(_ nodes: [HTMLDocument.Node]) {
            if !buffer.isEmpty {
                let kind = container >= 0 ? nodes[Int(container)].tag : .other
                // A copy of its own size: sharing the buffer would make the next block allocate a
                // fresh buffer of the full capacity, and keep the oversized one alive.
                blocks.append(TextBlock(text: Array(buffer), container: container, kind: kind, linkLength: linkLength, commas: commas))
                buffer.removeAll(keepingCapacity: true)
            }
            pendingSpace = false
            linkLength = 0
            commas = 0
        }
    }

    private enum Skip { case never, always, byName }

    private func skipping(_ index: Int, in document: HTMLDocument) -> Skip {
        let tag = document.nodes[index].tag
        if BlockCollector.skippedTags.contains(tag) { return .always }
        if tag == .form { return containsParagraph(index, in: document) ? .never : .always }
        guard document.hasAttributes(index) else { return .never }
        if document.attributeBytes(.hidden, of: index) != nil { return .always }
        if let hidden = document.attributeBytes(.ariaHidden, of: index), hidden.asciiLowercasedHasSuffix("true") {
            return .always
        }
        if let style = document.attributeBytes(.style, of: index) {
            let compact = style.filter { $0 != 0x20 }
            if compact.asciiLowercasedContains("display:none") || compact.asciiLowercasedContains("visibility:hidden") {
                return .always
            }
        }
        if let role = document.attribute(.role, of: index)?.lowercased(), BlockCollector.skippedRoles.contains(role) {
            return .always
        }
        let hints = document.classHints(of: index)
        if hints.contains(.screenReaderOnly) { return .always }
        guard strict, tag != .body, tag != .html, tag != .main, tag != .article else { return .never }
        if hints.contains(.boilerplate) || hints.contains(.byline) { return .byName }
        return hints.contains(.unlikely) && !hints.contains(.contentName) ? .byName : .never
    }

    /// Bytes of text inside `<p>` elements, per node's subtree. Only class and id hints may be
    /// overruled by content: an element holding most of the page's paragraph text is the article
    /// whatever its name says ("content-with-sidebar").
    static func paragraphBytes(in document: HTMLDocument) -> [Int32] {
        let nodes = document.nodes
        var bytes = [Int32](repeating: 0, count: nodes.count)
        var insideParagraphEnd: Int32 = -1
        for index in nodes.indices {
            let node = nodes[index]
            if node.tag == .p, Int32(index) >= insideParagraphEnd { insideParagraphEnd = node.subtreeEnd }
            if node.tag == .text, Int32(index) < insideParagraphEnd { bytes[index] = node.end - node.start }
        }
        for index in nodes.indices.reversed() where nodes[index].parent >= 0 {
            bytes[Int(nodes[index].parent)] += bytes[index]
        }
        return bytes
    }

    private func containsParagraph(_ index: Int, in document: HTMLDocument) -> Bool {
        let nodes = document.nodes
        for child in (index + 1)..<Int(nodes[index].subtreeEnd) where nodes[child].tag == .p { return true }
        return false
    }
}

extension HTMLDocument {
    func classHints(of index: Int) -> ClassHints {
        var hints: ClassHints = []
        if let classes = attributeBytes(.class, of: index) { ClassHints.add(from: classes, to: &hints) }
        if let id = attributeBytes(.id, of: index) { ClassHints.add(from: id, to: &hints) }
        return hints
    }
}
