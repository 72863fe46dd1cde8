/// Tests on eight bytes at once, for escapers that copy long runs of bytes needing no escape in one piece.
/// Each test may pass on a word without the byte (then the escaper looks byte by byte), but never fails on a
/// word with it.
public enum ByteWord {
    /// Whether some byte of `word` is `byte`: the zero-byte test of the word XORed with `byte` in every lane.
    @inlinable
    public static func mayContain(_ byte: UInt8, in word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let value = word ^ (ones &* UInt64(byte))
        return (value &- ones) & ~value & 0x8080_8080_8080_8080 != 0
    }

    /// Whether some byte of `word` is a control character (below 0x20): such a byte borrows into its high bit
    /// when 0x20 is taken from it, and had none of its own.
    @inlinable
    public static func mayContainControl(_ word: UInt64) -> Bool {
        (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0
    }
}
