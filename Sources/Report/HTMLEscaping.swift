import Mustache

/// HTML escaping on UTF-8 bytes: for the article text the writer marks up itself, and as the template
/// engine's escaping of every `{{value}}` (its own looks each character up in a dictionary, a sixth of a
/// page's rendering time).
enum HTMLEscaping {
    /// Appends `bytes` with `& < > " '` replaced by entities, so the result is safe in text and in
    /// double- or single-quoted attribute values.
    static func append<Bytes: Collection<UInt8>>(escaping bytes: Bytes, to output: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: ampersand)
            case UInt8(ascii: "<"): output.append(contentsOf: lessThan)
            case UInt8(ascii: ">"): output.append(contentsOf: greaterThan)
            case UInt8(ascii: "\""): output.append(contentsOf: quotation)
            case UInt8(ascii: "'"): output.append(contentsOf: apostrophe)
            default: output.append(byte)
            }
        }
    }

    static func escape(_ string: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(string.utf8.count)
        append(escaping: string.utf8, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quotation = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)
}

/// The templates' content type (`{{% CONTENT_TYPE: ClaimcheckHTML}}`): HTML, escaped by `HTMLEscaping`.
struct ClaimcheckHTMLContentType: MustacheContentType {
    static let name = "ClaimcheckHTML"

    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
