import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only place claimcheck talks to libxml2: parse, convert the tree into an `HTMLDocument`
/// of Swift values, free the C document. No libxml2 pointer leaves this file.
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
        guard let document = read(bytes) else {
            throw ParseError(description: "libxml2 could not parse the document")
        }
        defer { xmlFreeDoc(document) }
        var converter = TreeConverter()
        converter.document.storage.reserveCapacity(bytes.count / 2)
        converter.convertChildren(of: document.pointee.children)
        return converter.document
    }

    /// Parses and frees the document without converting it: the baseline the ingest benchmark
    /// compares full extraction against. Returns whether libxml2 produced a document.
    static func parseOnly(utf8 bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty, let document = read(bytes) else { return false }
        xmlFreeDoc(document)
        return true
    }

    private static func read(_ bytes: [UInt8]) -> htmlDocPtr? {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                htmlReadMemory(characters, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
    }

    private struct TreeConverter {
        var document = HTMLDocument()

        /// Converts the nodes from `first` on, with their subtrees, in document order. The walk
        /// keeps its own stack of open elements rather than recursing, so depth costs no call stack.
        mutating func convertChildren(of first: xmlNodePtr?) {
            var open: [(node: xmlNodePtr, index: Int32)] = []
            var current = first
            while true {
                if let node = current {
                    let parent = open.last?.index ?? -1
                    switch node.pointee.type {
                    case XML_ELEMENT_NODE:
                        let tag = intern(node.pointee.name).flatMap { PackedName.tags[$0] } ?? .other
                        let index = document.appendElement(tag, parent: parent)
                        copyAttributes(of: node, to: index)
                        if keepsChildren(tag, index), let child = node.pointee.children {
                            open.append((node, index))
                            current = child
                            continue
                        }
                        document.closeElement(index)
                    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                        if let content = node.pointee.content {
                            document.appendText(UnsafeBufferPointer(start: content, count: LibXML.length(of: content)), parent: parent)
                        }
                    default:
                        break  // comments, processing instructions, DTD nodes carry no article text
                    }
                    current = node.pointee.next
                } else {
                    guard let (element, index) = open.popLast() else { return }
                    document.closeElement(index)
                    current = element.pointee.next
                }
            }
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

        private mutating func copyAttributes(of node: xmlNodePtr, to element: Int32) {
            var property = node.pointee.properties
            while let attribute = property {
                property = attribute.pointee.next
                guard let name = intern(attribute.pointee.name).flatMap({ PackedName.attributeNames[$0] }) else {
                    continue
                }
                var first = true
                var child = attribute.pointee.children
                while let text = child {
                    child = text.pointee.next
                    guard let content = text.pointee.content else { continue }
                    let value = UnsafeBufferPointer(start: content, count: LibXML.length(of: content))
                    if first {
                        document.appendAttribute(name, to: element, value: value)
                        first = false
                    } else {
                        document.extendLastAttribute(with: value)
                    }
                }
                if first { document.appendAttribute(name, to: element, value: UnsafeBufferPointer(start: nil, count: 0)) }
            }
        }

        private func intern(_ name: UnsafePointer<xmlChar>?) -> PackedName? {
            guard let name else { return nil }
            return PackedName(UnsafeBufferPointer(start: name, count: LibXML.length(of: name)))
        }
    }

    /// The length of a NUL-terminated libxml2 string: libc's `strlen` scans a word or more at a
    /// time where `xmlStrlen` goes byte by byte, and text nodes are long.
    private static func length(of string: UnsafePointer<xmlChar>) -> Int {
        strlen(UnsafeRawPointer(string).assumingMemoryBound(to: CChar.self))
    }
}
