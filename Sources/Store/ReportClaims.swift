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
    static func slices(in json: String) -> [Slices] {
        var json = json
        return json.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes)
            guard let claims = scanner.member(named: "claims", ofObjectAt: 0), bytes[claims.lowerBound] == UInt8(ascii: "[") else {
                return []
            }
            return scanner.elements(ofArray: claims).map { object in
                Slices(object: object, evidence: scanner.member(named: "evidence", ofObjectAt: object.lowerBound))
            }
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>

        /// The value of the object's top-level key `name`, the object starting at or after `start`.
        func member(named name: StaticString, ofObjectAt start: Int) -> Range<Int>? {
            var index = skipSpace(start)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
            index += 1
            while true {
                index = skipSpace(index)
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let keyEnd = endOfString(index) else { return nil }
                let key = index + 1..<keyEnd - 1
                index = skipSpace(keyEnd)
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                let valueStart = skipSpace(index + 1)
                guard let valueEnd = endOfValue(valueStart) else { return nil }
                if equals(key, name) { return valueStart..<valueEnd }
                index = skipSpace(valueEnd)
                guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
            }
        }

        /// The elements of the array spanning `array`, in order.
        func elements(ofArray array: Range<Int>) -> [Range<Int>] {
            var elements: [Range<Int>] = []
            var index = skipSpace(array.lowerBound + 1)
            if index < array.upperBound, bytes[index] == UInt8(ascii: "]") { return [] }
            while index < array.upperBound, let end = endOfValue(index) {
                elements.append(index..<end)
                index = skipSpace(end)
                guard index < array.upperBound, bytes[index] == UInt8(ascii: ",") else { break }
                index = skipSpace(index + 1)
            }
            return elements
        }

        private func equals(_ range: Range<Int>, _ name: StaticString) -> Bool {
            guard range.count == name.utf8CodeUnitCount else { return false }
            return name.withUTF8Buffer { name in zip(bytes[range], name).allSatisfy { $0 == $1 } }
        }

        private func skipSpace(_ start: Int) -> Int {
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
                switch bytes[index] {
                case UInt8(ascii: "\\"): index += 2
                case UInt8(ascii: "\""): return index + 1
                default: index += 1
                }
            }
            return nil
        }

        /// Past the value starting at `start`: a string, an object or array with all it nests, or a scalar.
        private func endOfValue(_ start: Int) -> Int? {
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
