import CLibXML2

/// The only place claimcheck talks to libxml2: parse, convert the tree into an `HTMLDocument`
/// of Swift values, free the C document. No libxml2 pointer leaves this file.
enum LibXML {
    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    /// Parses HTML given as UTF-8 bytes. libxml2 is told never to touch the network, to recover
    /// from broken markup and to print nothing.
    static func parseHTML(utf8 bytes: [UInt8]) throws -> HTMLDocument {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NOBLANKS.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard !bytes.isEmpty else { return HTMLDocument(nodes: []) }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                htmlReadMemory(characters, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { throw ParseError(description: "libxml2 could not parse the document") }
        defer { xmlFreeDoc(document) }

        var converter = TreeConverter()
        var child = document.pointee.children
        while let node = child {
            converter.convert(node, parent: -1, depth: 0)
            child = node.pointee.next
        }
        return HTMLDocument(nodes: converter.nodes)
    }

    private struct TreeConverter {
        var nodes: [HTMLDocument.Node] = []

        mutating func convert(_ node: xmlNodePtr, parent: Int, depth: Int) {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = lowercasedName(node.pointee.name)
                let index = nodes.count
                nodes.append(HTMLDocument.Node(
                    tag: tag, attributes: attributes(of: node), text: "",
                    parent: parent, subtreeEnd: index + 1, depth: depth))
                var child = node.pointee.children
                while let current = child {
                    convert(current, parent: index, depth: depth + 1)
                    child = current.pointee.next
                }
                nodes[index].subtreeEnd = nodes.count
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { return }
                nodes.append(HTMLDocument.Node(
                    tag: "", attributes: [], text: String(cString: content),
                    parent: parent, subtreeEnd: nodes.count + 1, depth: depth))
            default:
                return  // comments, processing instructions, DTD nodes carry no article text
            }
        }

        private func attributes(of node: xmlNodePtr) -> [HTMLDocument.Attribute] {
            var result: [HTMLDocument.Attribute] = []
            var property = node.pointee.properties
            while let attribute = property {
                var value = ""
                var child = attribute.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                result.append(HTMLDocument.Attribute(name: lowercasedName(attribute.pointee.name), value: value))
                property = attribute.pointee.next
            }
            return result
        }

        private func lowercasedName(_ name: UnsafePointer<xmlChar>?) -> String {
            guard let name else { return "" }
            return String(cString: name).lowercased()
        }
    }
}
