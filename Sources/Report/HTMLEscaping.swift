import Claims
import Mustache

/// HTML escaping on UTF-8 bytes: for the article text the writer marks up itself, and as the template
/// engine's escaping of every `{{value}}` (its own looks each character up in a dictionary, a sixth of a
/// page's rendering time).
enum HTMLEscaping {
    /// Appends `bytes` with `& < > " '` replaced by entities, so the result is safe in text and in
    /// double- or single-quoted attribute values.
    static func append(escaping string: String, to output: inout [UInt8]) {
        var string = string
        string.withUTF8 { append(escaping: $0, to: &output) }
    }

    /// Copies the runs between special bytes whole, which is most of any text, and steps over eight bytes at
    /// a time while none of them is special.
    static func append(escaping bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var runStart = 0
        var index = 0
        while index < count {
            if index + 8 <= count, !mayHoldSpecialByte(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let replacement: [UInt8]
            switch base[index] {
            case UInt8(ascii: "&"): replacement = ampersand
            case UInt8(ascii: "<"): replacement = lessThan
            case UInt8(ascii: ">"): replacement = greaterThan
            case UInt8(ascii: "\""): replacement = quotation
            case UInt8(ascii: "'"): replacement = apostrophe
            default:
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
            output.append(contentsOf: replacement)
            index += 1
            runStart = index
        }
        output.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart))
    }

    /// Whether any of the eight bytes may be `& < > " '`: true for every word that holds one (the zero-byte
    /// test of each byte XORed with the special one; a word without any never passes).
    private static func mayHoldSpecialByte(_ word: UInt64) -> Bool {
        ByteWord.mayContain(UInt8(ascii: "&"), in: word) || ByteWord.mayContain(UInt8(ascii: "<"), in: word)
            || ByteWord.mayContain(UInt8(ascii: ">"), in: word) || ByteWord.mayContain(UInt8(ascii: "\""), in: word)
            || ByteWord.mayContain(UInt8(ascii: "'"), in: word)
    }

    static func escape(_ string: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(string.utf8.count)
        append(escaping: string, to: &output)
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

enum URLText {
    /// Percent-encodes all but the unreserved characters of RFC 3986, for a file name or id in a URL path
    /// or fragment.
    static func percentEncoded(_ text: String) -> String {
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                output.append(byte)
            default:
                output.append(contentsOf: [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
