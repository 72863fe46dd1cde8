import Foundation

/// Turns page bytes into valid UTF-8: BOM, declared charset, else UTF-8 with a Windows-1252
/// fallback for bytes that are not valid UTF-8.
enum TextDecoding {
    static func utf8String(from bytes: [UInt8], declared: String?) -> String {
        String(decoding: htmlToUTF8(bytes, declared: declared), as: UTF8.self)
    }

    static func htmlToUTF8(_ bytes: [UInt8], declared: String? = nil) -> [UInt8] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return validatedUTF8(Array(bytes.dropFirst(3))) }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(Array(bytes.dropFirst(2)), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(Array(bytes.dropFirst(2)), bigEndian: true) }
        // Valid UTF-8 stays as it is whatever the page declares: saved copies of pages are often
        // re-encoded while keeping the old declaration.
        let firstInvalid = firstInvalidUTF8Index(bytes)
        if firstInvalid == bytes.count { return bytes }
        guard let charset = declared?.lowercased() ?? declaredCharset(in: bytes), !utf8Names.contains(charset) else {
            return repairedUTF8(bytes, from: firstInvalid)
        }
        if windows1252Names.contains(charset) { return windows1252ToUTF8(bytes) }
        if let encoding = foundationEncodings[charset], let text = String(bytes: bytes, encoding: encoding) {
            return Array(text.utf8)
        }
        return repairedUTF8(bytes, from: firstInvalid)
    }

    private static let utf8Names: Set<String> = ["utf-8", "utf8"]

    /// Latin-1 and ASCII labels mean Windows-1252, as in browsers.
    private static let windows1252Names: Set<String> = [
        "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
        "iso-8859-15", "x-cp1252",
    ]

    private static let foundationEncodings: [String: String.Encoding] = [
        "windows-1250": .windowsCP1250, "cp1250": .windowsCP1250, "windows-1251": .windowsCP1251,
        "cp1251": .windowsCP1251, "windows-1253": .windowsCP1253, "windows-1254": .windowsCP1254,
        "iso-8859-2": .isoLatin2, "latin2": .isoLatin2, "shift_jis": .shiftJIS, "shift-jis": .shiftJIS,
        "sjis": .shiftJIS, "x-sjis": .shiftJIS, "windows-31j": .shiftJIS, "cp932": .shiftJIS,
    ]

    /// Keeps valid UTF-8 sequences and reads every invalid byte as Windows-1252.
    static func validatedUTF8(_ bytes: [UInt8]) -> [UInt8] {
        // Almost every page is valid UTF-8 already: find the first byte needing repair, and copy
        // nothing when there is none.
        repairedUTF8(bytes, from: firstInvalidUTF8Index(bytes))
    }

    /// `validatedUTF8` for bytes known to be valid before `firstInvalid`.
    private static func repairedUTF8(_ bytes: [UInt8], from firstInvalid: Int) -> [UInt8] {
        var index = firstInvalid
        if index == bytes.count { return bytes }
        var output = Array(bytes[0..<index])
        output.reserveCapacity(bytes.count)
        while index < bytes.count {
            let runEnd = asciiRunEnd(bytes, from: index)
            output.append(contentsOf: bytes[index..<runEnd])
            index = runEnd
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == 0 {
                output.append(0x20)
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length > 0 {
                output.append(contentsOf: bytes[index..<index + length])
                index += length
            } else {
                appendWindows1252(byte, to: &output)
                index += 1
            }
        }
        return output
    }

    /// The index of the first byte that is not valid UTF-8 (or is NUL), or `bytes.count`.
    private static func firstInvalidUTF8Index(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            index = asciiRunEnd(bytes, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte >= 0x80 {
                let length = sequenceLength(bytes, at: index)
                if length == 0 { break }
                index += length
            } else if byte == 0 {
                break
            } else {
                index += 1
            }
        }
        return index
    }

    /// Where the run of ASCII bytes without NUL starting at `start` ends, read eight bytes at a time.
    private static func asciiRunEnd(_ bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            var index = start
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // A set high bit is non-ASCII; (word - ones) & ~word & highs is non-zero for a zero byte.
                if word & highs != 0 || (word &- ones) & ~word & highs != 0 { break }
                index += 8
            }
            while index < raw.count, raw[index] < 0x80, raw[index] != 0 { index += 1 }
            return index
        }
    }

    /// Length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var minimum: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; minimum = 0x80
        case 0xE0...0xEF: length = 3; minimum = 0x800
        case 0xF0...0xF4: length = 4; minimum = 0x10000
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        var scalar = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for offset in 1..<length {
            let continuation = bytes[index + offset]
            guard continuation & 0xC0 == 0x80 else { return 0 }
            scalar = scalar << 6 | UInt32(continuation & 0x3F)
        }
        minimum = max(minimum, 0)
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return 0 }
        return length
    }

    private static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        while index < bytes.count {
            // Most of a page is ASCII, copied a run at a time.
            let runEnd = asciiRunEnd(bytes, from: index)
            output.append(contentsOf: bytes[index..<runEnd])
            guard runEnd < bytes.count else { break }
            let byte = bytes[runEnd]
            if byte < 0x80 { output.append(0x20) } else { appendWindows1252(byte, to: &output) }  // NUL or a high byte
            index = runEnd + 1
        }
        return output
    }

    /// Windows-1252's 0x80–0x9F block; the rest of the high half is Latin-1.
    private static let windows1252High: [UInt16] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// The UTF-8 of a high Windows-1252 byte: every such character is below U+10000, so two or three bytes.
    private static func appendWindows1252(_ byte: UInt8, to output: inout [UInt8]) {
        let scalar = byte < 0xA0 ? windows1252High[Int(byte) - 0x80] : UInt16(byte)
        if scalar < 0x800 {
            output.append(UInt8(0xC0 | scalar >> 6))
        } else {
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
        }
        output.append(UInt8(0x80 | scalar & 0x3F))
    }

    private static func utf16(_ bytes: [UInt8], bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let high = UInt16(bytes[index]), low = UInt16(bytes[index + 1])
            units.append(bigEndian ? high << 8 | low : low << 8 | high)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// The charset named by `<meta charset>` or an `http-equiv` content type in the first 4 KB.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096)
        let pattern = Array("charset=".utf8)
        var index = head.startIndex
        while index + pattern.count <= head.endIndex {
            if head[index].asciiLowercased == pattern[0],
                zip(head[index..<index + pattern.count], pattern).allSatisfy({ $0.asciiLowercased == $1 })
            {
                var start = index + pattern.count
                while start < head.endIndex, head[start] == 0x22 || head[start] == 0x27 || head[start] == 0x20 { start += 1 }
                var end = start
                while end < head.endIndex, head[end].isASCIIAlphanumeric || head[end] == 0x2D || head[end] == 0x5F { end += 1 }
                return end > start ? String(decoding: head[start..<end].map(\.asciiLowercased), as: UTF8.self) : nil
            }
            index += 1
        }
        return nil
    }

}
