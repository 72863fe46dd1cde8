/// Lower-cased word stems read from UTF-8 bytes, for matching rule words against claims without regex.
/// "Encounters" and "encounter" give the same stem; "U.S." gives "us".
public struct Words: Sendable, Hashable {
    public var stems: [String]

    public init(_ text: String) {
        var text = text
        stems = text.withUTF8 { Words.stems(of: $0) }
    }

    private static func stems(of bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        // Room for a word every six bytes (up to a long sentence's worth) and for a long word, so that neither
        // array grows word by word.
        var stems: [String] = []
        stems.reserveCapacity(min(bytes.count / 6 + 1, 256))
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func flush() {
            guard !word.isEmpty else { return }
            stems.append(Words.stem(word))
            word.removeAll(keepingCapacity: true)
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "."):
                // Dots inside abbreviations ("U.S.") join letters; a sentence's final dot ends the word.
                break
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80:
                // U+2000–U+203F: dashes, curly quotes and apostrophes, spaces separate words.
                flush()
                index += 2
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0:
                flush()  // no-break space
                index += 1
            case 0x80...: word.append(byte)
            default: flush()
            }
            index += 1
        }
        flush()
        return stems
    }

    init(stems: [String]) { self.stems = stems }

    /// Plural "s" dropped ("states" → "state"), keeping "ss" and short words ("us", "gas").
    static func stem(_ word: [UInt8]) -> String {
        let plural = word.count > 3 && word.last == UInt8(ascii: "s") && word[word.count - 2] != UInt8(ascii: "s")
        // A slice of the word, not a trimmed copy of it: one allocation less per plural.
        return String(decoding: word[..<(plural ? word.count - 1 : word.count)], as: UTF8.self)
    }

    var isEmpty: Bool { stems.isEmpty }

    /// Whether `phrase` occurs as consecutive stems.
    func contains(_ phrase: Words) -> Bool { firstIndex(of: phrase) != nil }

    /// The position (in stems) where `phrase` first occurs as consecutive stems.
    func firstIndex(of phrase: Words) -> Int? {
        guard !phrase.stems.isEmpty, phrase.stems.count <= stems.count else { return nil }
        let first = phrase.stems[0]
        var start = 0
        while start + phrase.stems.count <= stems.count {
            if stems[start] == first, stems[start..<(start + phrase.stems.count)].elementsEqual(phrase.stems) { return start }
            start += 1
        }
        return nil
    }

    var text: String { stems.joined(separator: " ") }
}
