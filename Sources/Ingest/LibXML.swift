import CLibXML2

/// The only place claimcheck talks to libxml2: its HTML parser reports elements and text through
/// SAX callbacks, and `DocumentBuilder` records them straight into an `HTMLDocument` of Swift
/// values. libxml2 builds no tree of its own (allocating, linking and freeing a C node per
/// element, attribute and text was a third of the parse), and no libxml2 pointer leaves this file.
enum LibXML {
    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    /// Never touch the network, recover from broken markup, print nothing, and ignore the page's
    /// own charset declaration (the bytes handed over are UTF-8 already). Blank text nodes are
    /// kept: between inline elements they are the only space separating two words. Without
    /// XML_PARSE_HUGE libxml2 stops at 256 open elements, and broken pages (unclosed inline tags)
    /// get there, losing the rest of the article.
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | XML_PARSE_HUGE.rawValue)

    /// Parses HTML given as UTF-8 bytes into an `HTMLDocument`.
    static func parseHTML(utf8 bytes: [UInt8]) throws -> HTMLDocument {
        guard !bytes.isEmpty else { return HTMLDocument() }
        var builder = DocumentBuilder()
        builder.document.storage.reserveCapacity(bytes.count / 2)
        let parsed = withUnsafeMutablePointer(to: &builder) { builderPointer in
            parse(bytes, handler: recordingHandler, userData: UnsafeMutableRawPointer(builderPointer))
        }
        guard parsed else { throw ParseError(description: "libxml2 could not parse the document") }
        builder.finish()
        return builder.document
    }

    /// Parses the page with libxml2's own tree builder and frees the tree, converting nothing:
    /// the baseline (what `htmlReadMemory` costs) the ingest benchmark compares extraction against.
    /// Returns whether libxml2 produced a document.
    static func parseOnly(utf8 bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty else { return false }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                htmlReadMemory(characters, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return false }
        xmlFreeDoc(document)
        return true
    }

    /// Runs libxml2's HTML parser over `bytes` with `handler`'s callbacks, set up as
    /// `htmlReadMemory` sets up its own (so markup is read exactly as before), with `userData` in
    /// the context's `_private` field for the callbacks.
    private static func parse(_ bytes: [UInt8], handler: htmlSAXHandler, userData: UnsafeMutableRawPointer) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                guard let context = xmlCreateMemoryParserCtxt(characters, Int32(buffer.count)) else { return false }
                defer { htmlFreeParserCtxt(context) }
                context.pointee.sax.pointee = handler
                context.pointee._private = userData
                htmlCtxtUseOptions(context, options)
                context.pointee.html = 1
                if let utf8 = xmlFindCharEncodingHandler("UTF-8") { xmlSwitchToEncoding(context, utf8) }
                htmlParseDocument(context)
                return true
            }
        }
    }

    /// Callbacks for everything the tree builder would have turned into nodes; each finds its
    /// `DocumentBuilder` through the parser context.
    private static var recordingHandler: htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.initialized = 1
        handler.internalSubset = { context, _, _, _ in LibXML.builder(context).pointee.declareDocumentType() }
        handler.startElement = { context, name, attributes in LibXML.builder(context).pointee.startElement(name, attributes) }
        handler.endElement = { context, _ in LibXML.builder(context).pointee.endElement() }
        handler.characters = { context, text, length in LibXML.builder(context).pointee.appendText(text, Int(length), cdata: false) }
        handler.cdataBlock = { context, text, length in LibXML.builder(context).pointee.appendText(text, Int(length), cdata: true) }
        handler.comment = { context, _ in LibXML.builder(context).pointee.appendOtherNode() }
        handler.processingInstruction = { context, _, _ in LibXML.builder(context).pointee.appendOtherNode() }
        return handler
    }

    private static func builder(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<DocumentBuilder> {
        context!.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private!.assumingMemoryBound(to: DocumentBuilder.self)
    }

    /// Records parser events as the nodes libxml2's tree builder (xmlSAX2) would make of them, in
    /// document order: the same elements with the same parents, and text split into the same nodes
    /// (a run of text or of CDATA joins the current element's last child when that is text of the
    /// same kind; a comment or processing instruction in between keeps them apart).
    private struct DocumentBuilder {
        var document = HTMLDocument()
        /// The name tables, held here so that the callbacks do not go through the globals' lazy
        /// initialization check once per element and attribute.
        private let tags = PackedName.tags
        private let attributeNames = PackedName.attributeNames
        /// Elements whose end has not been reported, innermost last.
        private var open: [Int32] = []
        /// The last child of the innermost open element, when it is a text node, and whether it
        /// holds CDATA (script contents) rather than text.
        private var lastText: (index: Int32, cdata: Bool)?
        /// Elements opened inside one whose contents are not kept (1 counts that element itself).
        private var skippedDepth = 0
        /// What the document's first child is: the tree builder hangs an element that opens when
        /// none is open under the first child if that is an element (content after `</html>`
        /// without a doctype), and beside it otherwise.
        private var firstChild = FirstChild.none
        /// The first root, while an element hung under it is open: its subtree grows until that closes.
        private var reopenedRoot: Int32?

        private enum FirstChild {
            case none, other
            case element(Int32)
        }

        mutating func declareDocumentType() {
            // libxml2 puts the doctype first among the document's children, wherever it appears.
            firstChild = .other
        }

        mutating func startElement(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
            if skippedDepth > 0 {
                skippedDepth += 1
                return
            }
            guard let name else { return }
            var parent = open.last ?? -1
            if open.isEmpty {
                switch firstChild {
                case .none: firstChild = .element(Int32(document.nodes.count))
                case .element(let root):
                    parent = root
                    reopenedRoot = root
                case .other: break
                }
            }
            let tag = PackedName(cString: localName(name)).flatMap { tags[$0] } ?? .other
            let index = document.appendElement(tag, parent: parent)
            if let attributes { copyAttributes(attributes, to: index) }
            lastText = nil
            if keepsChildren(tag, index) {
                open.append(index)
            } else {
                document.closeElement(index)
                skippedDepth = 1
            }
        }

        mutating func endElement() {
            lastText = nil
            if skippedDepth > 0 {
                skippedDepth -= 1
                if skippedDepth == 0 { closedTopLevelElement() }
                return
            }
            guard let index = open.popLast() else { return }
            document.closeElement(index)
            closedTopLevelElement()
        }

        /// Once an element hung under the first root closes, that root's subtree ends after it.
        private mutating func closedTopLevelElement() {
            guard open.isEmpty, let root = reopenedRoot else { return }
            document.closeElement(root)
            reopenedRoot = nil
        }

        mutating func appendText(_ text: UnsafePointer<xmlChar>?, _ length: Int, cdata: Bool) {
            // Text outside every element is dropped, as the tree builder drops it.
            guard skippedDepth == 0, let parent = open.last, let text else { return }
            let bytes = UnsafeBufferPointer(start: text, count: length)
            if let last = lastText, last.cdata == cdata {
                document.extendText(last.index, with: bytes)
            } else {
                lastText = (document.appendText(bytes, parent: parent), cdata)
            }
        }

        /// A comment or processing instruction: no node of ours, but it ends a run of text.
        mutating func appendOtherNode() {
            guard skippedDepth == 0 else { return }
            if open.isEmpty, case .none = firstChild { firstChild = .other }
            lastText = nil
        }

        mutating func finish() {
            // Elements still open when the parser gave up end with the document.
            while let index = open.popLast() { document.closeElement(index) }
            closedTopLevelElement()
        }

        /// Scripts matter only as JSON-LD metadata; styles, media and embedded widgets never hold
        /// article text, so their (often large) contents are not copied at all.
        private func keepsChildren(_ tag: HTMLDocument.Tag, _ index: Int32) -> Bool {
            switch tag {
            case .script:
                guard let type = document.attributeBytes(.type, of: Int(index)) else { return false }
                return type.asciiLowercasedHasSuffix("ld+json")
            case .style, .template, .svg, .math, .iframe, .object, .embed, .canvas, .video, .audio, .select,
                .textarea, .noscript:
                return false
            default:
                return true
            }
        }

        /// The name/value pairs of a start tag, NULL-terminated; a value is NULL when the
        /// attribute has none. Names stay whole ("aria-hidden", "xml:lang"); unknown ones are dropped.
        private mutating func copyAttributes(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>, to element: Int32) {
            var pair = attributes
            while let name = pair[0] {
                defer { pair += 2 }
                guard let known = PackedName(cString: name).flatMap({ attributeNames[$0] }) else { continue }
                let value = pair[1].map { UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0))) }
                document.appendAttribute(known, to: element, value: value ?? UnsafeBufferPointer(start: nil, count: 0))
            }
        }

        /// The element name the tree builder keeps: the part after the first colon of a prefixed
        /// name ("o:p" is a `p`), as xmlSplitQName splits it; names starting or ending with the
        /// colon stay whole.
        private func localName(_ name: UnsafePointer<xmlChar>) -> UnsafePointer<xmlChar> {
            guard name[0] != 0, name[0] != UInt8(ascii: ":") else { return name }
            var position = 1
            while name[position] != 0 {
                if name[position] == UInt8(ascii: ":") {
                    return name[position + 1] == 0 ? name : name + position + 1
                }
                position += 1
            }
            return name
        }
    }
}
