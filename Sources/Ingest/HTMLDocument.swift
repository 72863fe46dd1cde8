/// A parsed HTML page as plain Swift values: the nodes in document (pre-)order, so that a
/// subtree is a contiguous range and extraction can walk it without recursion.
public struct HTMLDocument: Sendable {
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String
    }

    public struct Node: Sendable {
        /// Lower-case tag name for an element; empty for a text node.
        public var tag: String
        public var attributes: [Attribute]
        /// The text of a text node (entities decoded); empty for an element.
        public var text: String
        /// Index of the parent element, or -1 for the roots.
        public var parent: Int
        /// One past the index of the last node of this node's subtree.
        public var subtreeEnd: Int
        public var depth: Int

        public var isText: Bool { tag.isEmpty }

        public func attribute(_ name: String) -> String? {
            for attribute in attributes where attribute.name == name { return attribute.value }
            return nil
        }
    }

    public var nodes: [Node]

    public init(nodes: [Node]) { self.nodes = nodes }

    /// Children of the node at `index`, in order.
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < nodes[index].subtreeEnd {
            result.append(child)
            child = nodes[child].subtreeEnd
        }
        return result
    }

    /// The concatenated text of a subtree, without any spacing added between elements.
    public func rawText(of index: Int) -> String {
        var result = ""
        for node in nodes[index..<nodes[index].subtreeEnd] where node.isText { result += node.text }
        return result
    }
}
