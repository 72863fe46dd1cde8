// One line of the `--format jsonl -` input, `{"id", "text", "date"?}`, read straight from its UTF-8 bytes
// (Foundation's decoder was most of the cost of `claimcheck numbers` on JSON Lines), and the result lines
// written through `JSONBytes`, the same bytes `JSONEncoder` (.sortedKeys, .withoutEscapingSlashes) writes.

/// An input line's id, echoed as given: a string or an integer.
public enum LineID: Codable, Sendable, Equatable {
    case text(String)
    case number(Int)
    case missing

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .missing: try container.encodeNil()
        }
    }
}

/// `{"id", "text", "date"?}` as read from one input line.
public struct ArticleLine: Sendable, Equatable {
    public var id: LineID
    public var text: String
    public var date: String?

    public init(id: LineID, text: String, date: String?) {
        self.id = id
        self.text = text
        self.date = date
    }

    /// Reads a line that is a plain JSON object: keys in any order, other keys skipped, escapes (`\uXXXX`,
    /// surrogate pairs) decoded, invalid UTF-8 replaced as `readLine` replaces it. Returns nil for anything
    /// else — malformed JSON, a missing or repeated field, a field of the wrong type, an id that is not a plain
    /// integer or string, unpaired surrogates — so that the caller hands those lines to Foundation's decoder
    /// and they keep exactly the error (or the lenient reading) they always had.
    public init?(json line: UnsafeBufferPointer<UInt8>) {
        var reader = StrictJSONReader(line)
        guard let fields = reader.articleFields() else { return nil }
        self = fields
    }
}

/// A strict, allocation-light JSON reader over one line: it accepts only standard JSON and gives up (nil) on
/// anything else, since giving up only costs a slower, exact second reading.
private struct StrictJSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// Nesting allowed inside skipped values; deeper lines go to the decoder rather than deep recursion here.
    private static let maximumDepth = 64

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func articleFields() -> ArticleLine? {
        skipWhitespace()
        guard take(UInt8(ascii: "{")) else { return nil }
        var id: LineID?
        var text: String?
        var date: String??
        skipWhitespace()
        if current == UInt8(ascii: "}") { return nil }
        while true {
            skipWhitespace()
            guard let key = stringBytes() else { return nil }
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { return nil }
            skipWhitespace()
            switch Field(key) {
            case .id:
                guard id == nil, let value = idValue() else { return nil }
                id = value
            case .text:
                guard text == nil, let value = stringValue() else { return nil }
                text = value
            case .date:
                guard date == nil else { return nil }
                if takeLiteral("null") {
                    date = .some(nil)
                } else {
                    guard let value = stringValue() else { return nil }
                    date = .some(value)
                }
            case .other:
                guard skipValue(depth: 0) else { return nil }
            }
            skipWhitespace()
            if take(UInt8(ascii: ",")) { continue }
            guard take(UInt8(ascii: "}")) else { return nil }
            break
        }
        skipWhitespace()
        guard index == bytes.count, let id, let text else { return nil }
        return ArticleLine(id: id, text: text, date: date ?? nil)
    }

    private enum Field {
        case id, text, date, other

        init(_ key: [UInt8]) {
            if key.elementsEqual("id".utf8) {
                self = .id
            } else if key.elementsEqual("text".utf8) {
                self = .text
            } else if key.elementsEqual("date".utf8) {
                self = .date
            } else {
                self = .other
            }
        }
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        index += 1
        return true
    }

    private mutating func takeLiteral(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        let matches = literal.withUTF8Buffer { expected in
            (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
        }
        if matches { index += count }
        return matches
    }

    /// A string id, or an integer written plainly (no sign on zero, no fraction or exponent) that fits an Int.
    private mutating func idValue() -> LineID? {
        if current == UInt8(ascii: "\"") { return stringValue().map(LineID.text) }
        let start = index
        _ = take(UInt8(ascii: "-"))
        let digitsStart = index
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
        let digits = index - digitsStart
        guard digits > 0, digits <= 19, bytes[digitsStart] != UInt8(ascii: "0") || (digits == 1 && start == digitsStart) else {
            return nil
        }
        if let byte = current, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { return nil }
        var magnitude: UInt64 = 0
        for offset in digitsStart..<index { magnitude = magnitude * 10 + UInt64(bytes[offset] - UInt8(ascii: "0")) }
        if start == digitsStart {
            guard magnitude <= UInt64(Int.max) else { return nil }
            return .number(Int(magnitude))
        }
        guard magnitude <= UInt64(Int.max) + 1 else { return nil }
        return .number(magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude))
    }

    private mutating func stringValue() -> String? {
        guard current == UInt8(ascii: "\"") else { return nil }
        // Most strings have no escapes: decode the bytes in place.
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self)
            index = end + 1
            return value
        }
        return stringBytes().map { String(decoding: $0, as: UTF8.self) }
    }

    /// A string's bytes with its escapes decoded; nil on raw control characters, unknown escapes, unpaired
    /// surrogates or a missing closing quote.
    private mutating func stringBytes() -> [UInt8]? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        var decoded: [UInt8] = []
        var runStart = index
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index += 1
                return decoded
            case UInt8(ascii: "\\"):
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index += 1
                guard appendEscape(to: &decoded) else { return nil }
                runStart = index
            case 0..<0x20:
                return nil
            default:
                index += 1
            }
        }
        return nil
    }

    /// Decodes the escape after a backslash.
    private mutating func appendEscape(to decoded: inout [UInt8]) -> Bool {
        guard let letter = current else { return false }
        index += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(letter)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            guard let unit = hexUnit() else { return false }
            var scalarValue = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                guard takeLiteral("\\u"), let low = hexUnit(), (0xDC00...0xDFFF).contains(low) else { return false }
                scalarValue = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(scalarValue) else { return false }
            decoded.append(contentsOf: UTF8.encode(scalar)!)
        default:
            return false
        }
        return true
    }

    private mutating func hexUnit() -> UInt16? {
        guard bytes.count - index >= 4 else { return nil }
        var unit: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt16(digit)
            index += 1
        }
        return unit
    }

    /// Steps over any JSON value (a field the command does not use).
    private mutating func skipValue(depth: Int) -> Bool {
        guard depth < Self.maximumDepth, let byte = current else { return false }
        switch byte {
        case UInt8(ascii: "\""):
            return stringBytes() != nil
        case UInt8(ascii: "{"):
            return skipContainer(closing: UInt8(ascii: "}"), depth: depth) { reader in
                guard reader.stringBytes() != nil else { return false }
                reader.skipWhitespace()
                guard reader.take(UInt8(ascii: ":")) else { return false }
                reader.skipWhitespace()
                return reader.skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "["):
            return skipContainer(closing: UInt8(ascii: "]"), depth: depth) { $0.skipValue(depth: depth + 1) }
        case UInt8(ascii: "t"): return takeLiteral("true")
        case UInt8(ascii: "f"): return takeLiteral("false")
        case UInt8(ascii: "n"): return takeLiteral("null")
        default: return skipNumber()
        }
    }

    private mutating func skipContainer(closing: UInt8, depth: Int, member: (inout StrictJSONReader) -> Bool) -> Bool {
        index += 1
        skipWhitespace()
        if take(closing) { return true }
        while true {
            skipWhitespace()
            guard member(&self) else { return false }
            skipWhitespace()
            if take(UInt8(ascii: ",")) { continue }
            return take(closing)
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    private mutating func skipNumber() -> Bool {
        _ = take(UInt8(ascii: "-"))
        if take(UInt8(ascii: "0")) {
            if let byte = current, isDigit(byte) { return false }
        } else if skipDigits() == 0 {
            return false
        }
        if take(UInt8(ascii: ".")), skipDigits() == 0 { return false }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            if skipDigits() == 0 { return false }
        }
        return true
    }

    private mutating func skipDigits() -> Int {
        let start = index
        while let byte = current, isDigit(byte) { index += 1 }
        return index - start
    }

    private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}

extension JSONBytes {
    /// `{"id":…,"quantities":[…]}`: one output line of `numbers --format jsonl -`, without its newline.
    public mutating func writeLine(id: LineID, quantities: [Quantity]) throws {
        beginObject()
        key("id"); write(id)
        key("quantities")
        beginArray()
        for quantity in quantities {
            element()
            try write(quantity)
        }
        endArray()
        endObject()
    }

    /// `{"claims":[…],"id":…}`: one output line of `claims --format jsonl -`, without its newline.
    public mutating func writeLine(id: LineID, claims: [Claim]) throws {
        beginObject()
        key("claims")
        beginArray()
        for claim in claims {
            element()
            try write(claim)
        }
        endArray()
        key("id"); write(id)
        endObject()
    }

    /// `{"error":…,"id":…}` for a line that could not be read.
    public mutating func writeLineFailure(id: LineID, error: String) {
        beginObject()
        key("error"); string(error)
        key("id"); write(id)
        endObject()
    }

    public mutating func write(_ id: LineID) {
        switch id {
        case .text(let text): string(text)
        case .number(let number): int(number)
        case .missing: null()
        }
    }
}
