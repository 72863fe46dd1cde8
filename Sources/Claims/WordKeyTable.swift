/// Values keyed by word keys (FNV-1a hashes of a word's bytes) in an open-addressing table.
///
/// The keys are hashes already, so a multiplicative spread of their bits picks the slot: a look-up
/// costs a multiply and a compare or two, where `Set<UInt64>` and `[UInt64: …]` run every key
/// through `Hasher` (SipHash), the largest single cost of the lexicon-heavy scanners.
struct WordKeyTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        /// nil while the slot is free.
        var value: Value?
    }

    /// One array (keys beside their values): a look-up touches one buffer.
    private var slots: [Slot]
    private var shift: UInt64
    private var count = 0

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int = 4) {
        var size = 8
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: Slot(key: 0, value: nil), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The value stored for `key`. Always inlined: it runs for nearly every word the scanners read.
    @inline(__always) subscript(key: UInt64) -> Value? {
        let mask = slots.count - 1
        var index = Self.slot(of: key, shift: shift)
        while let value = slots[index].value {
            if slots[index].key == key { return value }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Stores `value` for `key`, replacing the value stored before.
    mutating func insert(_ value: Value, for key: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var index = Self.slot(of: key, shift: shift)
        while slots[index].value != nil, slots[index].key != key { index = (index + 1) & mask }
        if slots[index].value == nil { count += 1 }
        slots[index] = Slot(key: key, value: value)
    }

    /// Every key stored, in no particular order.
    var keys: [UInt64] { slots.compactMap { $0.value == nil ? nil : $0.key } }

    /// Fibonacci hashing: the top bits of the key times 2^64/φ.
    @inline(__always) private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        var larger = WordKeyTable(capacity: slots.count)
        for slot in slots {
            if let value = slot.value { larger.insert(value, for: slot.key) }
        }
        self = larger
    }
}

/// A set of word keys on the same table.
struct WordKeySet: Sendable {
    private var table: WordKeyTable<Void>

    init(capacity: Int = 4) { table = WordKeyTable(capacity: capacity) }

    init(_ keys: some Sequence<UInt64>) {
        table = WordKeyTable(capacity: keys.underestimatedCount)
        for key in keys { table.insert((), for: key) }
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool { table[key] != nil }

    var keys: [UInt64] { table.keys }

    mutating func insert(_ key: UInt64) { table.insert((), for: key) }
}
