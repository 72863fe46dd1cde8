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
            while let found = nextTagOpening(input, from: index) {
                index = found
                if matches(input, at: index, "<!--") {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<index]))
                    index = find(input, "-->", from: index + 4).map { $0 + 3 } ?? count
                    copied = index
                    continue
                }
                guard let name = rawTextElement(input, at: index) else {
                    index += 1
                    continue
                }
                guard let tagEnd = openTagEnd(input, from: index + 1 + name.count) else { break }
                let closing = find(input, "</" + name, from: tagEnd) ?? count
                if !containsIgnoringCase(input[index..<tagEnd], "ld+json") {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<tagEnd]))
                    copied = closing
                }
                index = closing
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<count]))
            return output
        }
    }

    /// "script" or "style" when an opening tag of one starts at `index`.
    private static func rawTextElement(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> String? {
        for name in ["script", "style"] where matches(input, at: index + 1, name) {
            let after = index + 1 + name.utf8.count
            guard after < input.count else { return nil }
            let byte = input[after]
            if byte == 0x3E || byte == 0x2F || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                return name
            }
        }
        return nil
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

    /// Case-insensitive ASCII match of `pattern` at `index`.
    private static func matches(_ input: UnsafeBufferPointer<UInt8>, at index: Int, _ pattern: String) -> Bool {
        var position = index
        for byte in pattern.utf8 {
            guard position < input.count, input[position].asciiLowercased == byte else { return false }
            position += 1
        }
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
    private static func find(_ input: UnsafeBufferPointer<UInt8>, _ pattern: String, from start: Int) -> Int? {
        guard let base = input.baseAddress, start < input.count else { return nil }
        let first = Int32(pattern.utf8.first!)
        var index = start
        while index < input.count, let found = memchr(base + index, first, input.count - index) {
            index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if matches(input, at: index, pattern) { return index }
            index += 1
        }
        return nil
    }

    private static func containsIgnoringCase(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ pattern: String) -> Bool {
        bytes.asciiLowercasedContains(pattern)
    }
}
