/// Raw word bytes → term id, without making a `String` per word occurrence: an open-addressing
/// hash table over byte slices kept in one arena (the vocabulary's cache of already-normalised
/// words; most occurrences are repeats). Each slot packs a word's place, length, hash and id
/// in 16 bytes, so a lookup touches one cache line of the table.
struct RawWordTable {
    private struct Slot {
        /// Word start in `arena` + 1 (0 = empty slot).
        var start: Int32
        var length: Int32
        var hash: UInt32
        var value: Int32
    }

    /// The bytes of every stored word, back to back.
    private var arena: [UInt8] = []
    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(start: 0, length: 0, hash: 0, value: 0), count: size)
        mask = size - 1
    }

    /// The running state of `hash(_:)` before any byte (FNV-1a offset basis).
    static let hashSeed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// One byte into a running hash (FNV-1a).
    @inline(__always)
    static func hash(_ h: UInt64, adding byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    /// The final hash of a running state (widened mixing).
    @inline(__always)
    static func finish(_ state: UInt64) -> UInt32 {
        var h = state
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return UInt32(truncatingIfNeeded: h >> 32)
    }

    /// A fixed hash of a byte slice.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h = hashSeed
        for b in word { h = hash(h, adding: b) }
        return finish(h)
    }

    /// The id stored for `word`, if any.
    func value(for word: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int32? {
        slots.withUnsafeBufferPointer { table in
            arena.withUnsafeBufferPointer { a in
                var i = Int(h) & mask
                while table[i].start != 0 {
                    let slot = table[i]
                    if slot.hash == h && Int(slot.length) == word.count {
                        let start = Int(slot.start) - 1
                        var same = true
                        for k in 0..<word.count where a[start + k] != word[k] { same = false; break }
                        if same { return slot.value }
                    }
                    i = (i + 1) & mask
                }
                return nil
            }
        }
    }

    /// Stores `id` for `word` (which must not be stored yet).
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash h: UInt32, id: Int32) {
        if (count + 1) * 2 > mask + 1 { grow() }
        let start = arena.count
        arena.append(contentsOf: word)
        place(Slot(start: Int32(start + 1), length: Int32(word.count), hash: h, value: id))
        count += 1
    }

    private mutating func place(_ slot: Slot) {
        var i = Int(slot.hash) & mask
        while slots[i].start != 0 { i = (i + 1) & mask }
        slots[i] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(start: 0, length: 0, hash: 0, value: 0), count: (mask + 1) * 2)
        mask = slots.count - 1
        for slot in old where slot.start != 0 { place(slot) }
    }
}
