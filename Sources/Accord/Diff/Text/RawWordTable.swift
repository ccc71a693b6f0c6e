/// Raw word bytes → term id, without making a `String` per word occurrence: an open-addressing
/// hash table over byte slices kept in one arena (the vocabulary's cache of already-normalised
/// words; most occurrences are repeats).
struct RawWordTable {
    /// The bytes of every stored word, back to back.
    private var arena: [UInt8] = []
    /// Per slot: word start in `arena` + 1 (0 = empty slot).
    private var starts: [Int32]
    private var lengths: [Int32]
    private var hashes: [UInt32]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        starts = Array(repeating: 0, count: size)
        lengths = Array(repeating: 0, count: size)
        hashes = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// A fixed hash of a byte slice (FNV-1a, widened mixing at the end).
    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in word { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return UInt32(truncatingIfNeeded: h >> 32)
    }

    /// The id stored for `word`, if any.
    func value(for word: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int32? {
        var i = Int(h) & mask
        while starts[i] != 0 {
            if hashes[i] == h && Int(lengths[i]) == word.count && matches(slot: i, word) { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `id` for `word` (which must not be stored yet).
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash h: UInt32, id: Int32) {
        if (count + 1) * 2 > mask + 1 { grow() }
        let start = arena.count
        arena.append(contentsOf: word)
        place(start: start, length: word.count, hash: h, value: id)
        count += 1
    }

    private func matches(slot i: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[i]) - 1
        return arena.withUnsafeBufferPointer { a in
            for k in 0..<word.count where a[start + k] != word[k] { return false }
            return true
        }
    }

    private mutating func place(start: Int, length: Int, hash h: UInt32, value: Int32) {
        var i = Int(h) & mask
        while starts[i] != 0 { i = (i + 1) & mask }
        starts[i] = Int32(start + 1)
        lengths[i] = Int32(length)
        hashes[i] = h
        values[i] = value
    }

    private mutating func grow() {
        let old = (starts, lengths, hashes, values)
        let size = (mask + 1) * 2
        starts = Array(repeating: 0, count: size)
        lengths = Array(repeating: 0, count: size)
        hashes = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
        for i in old.0.indices where old.0[i] != 0 {
            place(start: Int(old.0[i]) - 1, length: Int(old.1[i]), hash: old.2[i], value: old.3[i])
        }
    }
}
