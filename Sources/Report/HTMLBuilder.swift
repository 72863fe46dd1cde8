/// Appends HTML on UTF-8 bytes: markup comes only from string literals (`StaticString`), our own assets and
/// HTML made with the same escaping (the templates' renderings, the marked-up text), and every value goes
/// through `HTMLEscaping`, so no article text can add markup.
struct HTMLBuilder {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func markup(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func markup(_ html: [UInt8]) {
        bytes.append(contentsOf: html)
    }

    mutating func markup(_ html: String) {
        bytes.append(contentsOf: html.utf8)
    }

    mutating func text(_ value: String) {
        HTMLEscaping.append(escaping: value, to: &bytes)
    }

    mutating func text(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    var html: String { String(decoding: bytes, as: UTF8.self) }
}
