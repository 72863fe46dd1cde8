import Claims

/// Finds, in a JSON report as `verify` writes it, the text of each element of its "claims" array and of that
/// claim's "evidence" value, so that the store keeps them exactly as written without encoding any claim
/// a second time. A byte scan over the report: strings are skipped with their escapes, so a quote, bracket or
/// key name inside a string never misleads it.
enum ReportClaims {
    struct Slices {
        /// The claim object, `{…}`.
        var object: Range<Int>
        /// Its "evidence" value, `[…]`; nil when the claim has none.
        var evidence: Range<Int>?
    }

    /// The claims in array order; empty when the text is no JSON object or has no "claims" array.
    static func slices(in json: UnsafeBufferPointer<UInt8>) -> [Slices] {
        let scanner = Scanner(bytes: json)
        var slices: [Slices] = []
        scanner.members(ofObjectAt: 0) { key, value in
            // The report's other fields are skipped; the walk stops once the claims are read.
            guard scanner.equals(key, "claims") else { return scanner.endOfValue(value) }
            if json[value] == UInt8(ascii: "[") { slices = scanner.claims(inArrayAt: value) }
            return nil
        }
        return slices
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>

        /// Walks the members of the object at `start`: `visit` gets each key's range (without quotes) and where
        /// its value starts, and returns where the value ends, or nil to stop. Returns the end of the object,
        /// nil when it is malformed or the walk was stopped.
        @discardableResult
        func members(ofObjectAt start: Int, _ visit: (_ key: Range<Int>, _ value: Int) -> Int?) -> Int? {
            var index = skipSpace(start)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
            index = skipSpace(index + 1)
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { return index + 1 }
            while true {
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let keyEnd = endOfString(index) else { return nil }
                let key = index + 1..<keyEnd - 1
                index = skipSpace(keyEnd)
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                let valueStart = skipSpace(index + 1)
                guard valueStart < bytes.count, let valueEnd = visit(key, valueStart) else { return nil }
                index = skipSpace(valueEnd)
                guard index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: "}") { return index + 1 }
                guard bytes[index] == UInt8(ascii: ",") else { return nil }
                index = skipSpace(index + 1)
            }
        }

        /// Each element of the array at `start` with its "evidence" member, in one pass over its bytes;
        /// empty when the array or any element is malformed.
        func claims(inArrayAt start: Int) -> [Slices] {
            var slices: [Slices] = []
            var index = skipSpace(start + 1)
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { return [] }
            while index < bytes.count {
                var evidence: Range<Int>?
                let end = members(ofObjectAt: index) { key, value in
                    let end = endOfValue(value)
                    if let end, equals(key, "evidence") { evidence = value..<end }
                    return end
                }
                guard let end else { return [] }
                slices.append(Slices(object: index..<end, evidence: evidence))
                index = skipSpace(end)
                guard index < bytes.count else { return [] }
                if bytes[index] == UInt8(ascii: "]") { return slices }
                guard bytes[index] == UInt8(ascii: ",") else { return [] }
                index = skipSpace(index + 1)
            }
            return []
        }

        func equals(_ range: Range<Int>, _ name: StaticString) -> Bool {
            guard range.count == name.utf8CodeUnitCount else { return false }
            return name.withUTF8Buffer { name in zip(bytes[range], name).allSatisfy { $0 == $1 } }
        }

        func skipSpace(_ start: Int) -> Int {
            var index = start
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
            return index
        }

        /// Past the closing quote of the string opening at `start`.
        private func endOfString(_ start: Int) -> Int? {
            var index = start + 1
            while index < bytes.count {
                // Eight bytes at a time while none is a quote or a backslash: most of a claim's sentence.
                if index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if !ByteWord.mayContain(UInt8(ascii: "\""), in: word) && !ByteWord.mayContain(UInt8(ascii: "\\"), in: word) {
                        index += 8
                        continue
                    }
                }
                switch bytes[index] {
                case UInt8(ascii: "\\"): index += 2
                case UInt8(ascii: "\""): return index + 1
                default: index += 1
                }
            }
            return nil
        }

        /// Past the value starting at `start`: a string, an object or array with all it nests, or a scalar.
        func endOfValue(_ start: Int) -> Int? {
            guard start < bytes.count else { return nil }
            switch bytes[start] {
            case UInt8(ascii: "\""):
                return endOfString(start)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                var index = start
                while index < bytes.count {
                    switch bytes[index] {
                    case UInt8(ascii: "\""):
                        guard let end = endOfString(index) else { return nil }
                        index = end
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 { return index + 1 }
                    default:
                        break
                    }
                    index += 1
                }
                return nil
            default:
                var index = start
                while index < bytes.count {
                    switch bytes[index] {
                    case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09: return index > start ? index : nil
                    default: index += 1
                    }
                }
                return index > start ? index : nil
            }
        }
    }
}
