/// A JSON text built byte by byte, written exactly as Foundation's `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` writes it (no spaces, shortest round-trip numbers, integral doubles without ".0"),
/// so reports can skip the encoder's boxing and sorting while staying byte-identical.
/// Callers write object keys in sorted order themselves.
public struct JSONBytes: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Bytes copied verbatim (punctuation, indentation, already-encoded JSON).
    public mutating func raw(_ ascii: StaticString) {
        ascii.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    public mutating func raw(_ fragment: [UInt8]) { bytes.append(contentsOf: fragment) }

    /// Takes back everything written after the first `count` bytes (a line that could not be finished, or
    /// output already flushed).
    public mutating func truncate(to count: Int) { bytes.removeSubrange(count...) }

    /// Takes back the last byte written (an object's closing brace, to add fields to it).
    public mutating func removeLastByte() { bytes.removeLast() }

    public mutating func beginObject() { bytes.append(UInt8(ascii: "{")) }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { bytes.append(UInt8(ascii: "[")) }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")) }

    /// `"name":`, preceded by a comma unless it is the object's first key.
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// A key only known at run time (a dictionary's).
    public mutating func key(_ name: String) {
        separate()
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Starts an array element: a comma unless it is the first.
    public mutating func element() { separate() }

    private mutating func separate() {
        if let last = bytes.last, last != UInt8(ascii: "{"), last != UInt8(ascii: "["), last != UInt8(ascii: ":") {
            bytes.append(UInt8(ascii: ","))
        }
    }

    public mutating func null() { raw("null") }

    public mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }

    /// Decimal digits written in place: numbers are most of a report's fields, and a `description` string for
    /// each cost an allocation.
    public mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digitCount = 1
        var rest = magnitude / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digitCount))
        var index = bytes.count
        repeat {
            index -= 1
            bytes[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    /// Below 2^53 every integral double is an exact `Int` whose shortest description is all its digits.
    private static let exactIntegerLimit: Double = 9_007_199_254_740_992

    /// JSONEncoder's form: Swift's shortest round-trip description, with ".0" dropped from integral values.
    public mutating func double(_ value: Double) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: [], debugDescription: "Unable to encode Double.\(value) directly in JSON."))
        }
        // Counts and whole values are most of the doubles written: their digits need no description string.
        // -0.0 keeps its sign through the description ("-0").
        if value.magnitude < Self.exactIntegerLimit, value.rounded(.towardZero) == value, !(value == 0 && value.sign == .minus) {
            return int(Int(value))
        }
        let text = value.description
        let utf8 = text.utf8
        if utf8.count > 2, text.hasSuffix(".0") {
            bytes.append(contentsOf: utf8.dropLast(2))
        } else {
            bytes.append(contentsOf: utf8)
        }
    }

    /// How control characters are escaped: as JSONEncoder does (`\b`, `\f`), or only `\n`, `\r`, `\t` short and
    /// every other one as `\u00XX` (the report's own fields, written that way before this writer existed).
    public enum Escaping: Sendable {
        /// As `JSONEncoder` writes strings.
        case encoder
        /// Only `\n`, `\r` and `\t` short; every other control character as `\u00xx`.
        case report
        /// As `report`, and `<`, `>`, `&` as `\u` escapes too, so that no text can close the HTML `<script>`
        /// element the JSON sits in.
        case script
    }

    public mutating func string(_ value: String, escaping: Escaping = .encoder) {
        // Native strings lend their bytes as they are; only others are copied into contiguous form first.
        if value.utf8.withContiguousStorageIfAvailable({ appendQuoted($0, escaping: escaping) }) == nil {
            var contiguous = value
            contiguous.withUTF8 { appendQuoted($0, escaping: escaping) }
        }
    }

    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>, escaping: Escaping) {
        bytes.append(UInt8(ascii: "\""))
        let script = escaping == .script
        var runStart = 0
        var index = 0
        while index < utf8.count {
            // Eight bytes at a time while none needs escaping: most of any text.
            if index + 8 <= utf8.count,
                !Self.mayNeedEscape(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self), script: script)
            {
                index += 8
                continue
            }
            let byte = utf8[index]
            index += 1
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                || (script && (byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")))
            else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index - 1]))
            runStart = index
            appendEscape(byte, escaping)
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func string(_ value: String?, escaping: Escaping = .encoder) {
        if let value { string(value, escaping: escaping) } else { null() }
    }

    /// Whether any of the eight bytes may be a control character, a quotation mark or a backslash (or, for a
    /// script, `<`, `>`, `&`): true for every word that holds one.
    private static func mayNeedEscape(_ word: UInt64, script: Bool) -> Bool {
        ByteWord.mayContainControl(word) || ByteWord.mayContain(UInt8(ascii: "\""), in: word)
            || ByteWord.mayContain(UInt8(ascii: "\\"), in: word)
            || (script && (ByteWord.mayContain(UInt8(ascii: "<"), in: word) || ByteWord.mayContain(UInt8(ascii: ">"), in: word)
                || ByteWord.mayContain(UInt8(ascii: "&"), in: word)))
    }

    private mutating func appendEscape(_ byte: UInt8, _ escaping: Escaping) {
        let backslash = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""), backslash: bytes.append(contentsOf: [backslash, byte])
        case UInt8(ascii: "\n"): bytes.append(contentsOf: [backslash, UInt8(ascii: "n")])
        case UInt8(ascii: "\r"): bytes.append(contentsOf: [backslash, UInt8(ascii: "r")])
        case UInt8(ascii: "\t"): bytes.append(contentsOf: [backslash, UInt8(ascii: "t")])
        case 0x08 where escaping == .encoder: bytes.append(contentsOf: [backslash, UInt8(ascii: "b")])
        case 0x0C where escaping == .encoder: bytes.append(contentsOf: [backslash, UInt8(ascii: "f")])
        default:
            let hexDigits: StaticString = "0123456789abcdef"
            let digit = { (value: UInt8) in hexDigits.withUTF8Buffer { $0[Int(value)] } }
            bytes.append(contentsOf: [backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), digit(byte >> 4), digit(byte & 0xF)])
        }
    }
}
