/// Sorting large arrays of 64-bit words in linear time (least-significant-digit radix sort,
/// 16-bit digits), for the million-entry indexes of a large diff; far faster there than a
/// comparison sort. Small arrays use the standard library's sort.
enum RadixSort {
    static func sort(_ values: inout [UInt64]) {
        let n = values.count
        guard n >= 1 << 12 else { values.sort(); return }
        var scratch = [UInt64](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: 1 << 16)
        var inValues = true
        for shift in stride(from: UInt64(0), to: 64, by: 16) {
            let done: Bool = values.withUnsafeMutableBufferPointer { a in
                scratch.withUnsafeMutableBufferPointer { b in
                    let (source, target) = inValues ? (a, b) : (b, a)
                    for i in counts.indices { counts[i] = 0 }
                    for v in source { counts[Int((v >> shift) & 0xFFFF)] += 1 }
                    // A digit shared by every value leaves the order as it is: skip the pass.
                    if counts[Int((source[0] >> shift) & 0xFFFF)] == n { return true }
                    var total = 0
                    for i in counts.indices {
                        let c = counts[i]
                        counts[i] = total
                        total += c
                    }
                    for v in source {
                        let d = Int((v >> shift) & 0xFFFF)
                        target[counts[d]] = v
                        counts[d] += 1
                    }
                    return false
                }
            }
            if !done { inValues.toggle() }
        }
        if !inValues { swap(&values, &scratch) }
    }
}
