import Foundation

/// Empties `<script>` and `<style>` elements and drops comments before libxml2 sees the page.
/// Their contents are often most of a page's bytes (a news page can carry megabytes of inline
/// scripts) and never article text; JSON-LD scripts are kept for their metadata. The scan follows
/// the HTML rule that such an element ends at the first `</script` or `</style`, as libxml2 does.
enum RawTextStripper {
    static func strip(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { input -> [UInt8] in
            var output: [UInt8] = []
            output.reserveCapacity(input.count)
            var copied = 0  // input before this index is handled
            var index = 0
            let count = input.count
            scan: while let found = nextTagOpening(input, from: index) {
                index = found
                guard index + 1 < count else { break }
                // Only "<!" and "<s" open what is stripped: the byte after "<" settles most tags at once.
                switch input[index + 1] {
                case UInt8(ascii: "!") where matches(input, at: index, "<!--"):
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<index]))
                    index = find(input, "-->", from: index + 4).map { $0 + 3 } ?? count
                    copied = index
                    continue scan
                case UInt8(ascii: "s"), UInt8(ascii: "S"):
                    guard let element = rawTextElement(input, at: index) else { break }
                    guard let tagEnd = openTagEnd(input, from: index + element.openingLength) else { break scan }
                    let closing = find(input, element.closing, from: tagEnd) ?? count
                    if !contains(input, index..<tagEnd, "ld+json") {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<tagEnd]))
                        copied = closing
                    }
                    index = closing
                    continue scan
                default:
                    break
                }
                index += 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<count]))
            return output
        }
    }

    /// The length of "<script" or "<style" and the closing to look for, when an opening tag of
    /// one starts at `index`.
    private static func rawTextElement(
        _ input: UnsafeBufferPointer<UInt8>, at index: Int
    ) -> (openingLength: Int, closing: StaticString)? {
        let element: (openingLength: Int, closing: StaticString)
        if matches(input, at: index, "<script") {
            element = (7, "</script")
        } else if matches(input, at: index, "<style") {
            element = (6, "</style")
        } else {
            return nil
        }
        let after = index + element.openingLength
        guard after < input.count else { return nil }
        let byte = input[after]
        let endsName = byte == 0x3E || byte == 0x2F || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
        return endsName ? element : nil
    }

    /// One past the `>` closing the tag whose attributes start at `start`; quoted values may hold `>`.
    private static func openTagEnd(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var quote: UInt8 = 0
        var index = start
        while index < input.count {
            let byte = input[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                return index + 1
            }
            index += 1
        }
        return nil
    }

    /// Case-insensitive ASCII match of the lower-case `pattern` at `index`.
    private static func matches(_ input: UnsafeBufferPointer<UInt8>, at index: Int, _ pattern: StaticString) -> Bool {
        let length = pattern.utf8CodeUnitCount
        guard index + length <= input.count else { return false }
        let expected = pattern.utf8Start
        for offset in 0..<length where input[index + offset].asciiLowercased != expected[offset] { return false }
        return true
    }

    /// The next "<" at or after `start`, found with memchr.
    private static func nextTagOpening(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < input.count, let base = input.baseAddress,
            let found = memchr(base + start, 0x3C, input.count - start)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The next occurrence of `pattern`, which starts with "<" or "-".
    private static func find(_ input: UnsafeBufferPointer<UInt8>, _ pattern: StaticString, from start: Int) -> Int? {
        guard let base = input.baseAddress, start < input.count else { return nil }
        let first = Int32(pattern.utf8Start.pointee)
        var index = start
        while index < input.count, let found = memchr(base + index, first, input.count - index) {
            index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if matches(input, at: index, pattern) { return index }
            index += 1
        }
        return nil
    }

    /// Whether `pattern` occurs, ignoring ASCII case, within `range` of the input.
    private static func contains(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ pattern: StaticString) -> Bool {
        var index = range.lowerBound
        while index + pattern.utf8CodeUnitCount <= range.upperBound {
            if matches(input, at: index, pattern) { return true }
            index += 1
        }
        return false
    }
}
