/// The comparison features (`PointProfile`) of every point of one version, stored flat: one
/// pool per feature for the whole version and per-point offsets into it, instead of three small
/// arrays per point (a large diff would otherwise allocate, copy and free a million of them).
struct ProfileTable: Sendable {
    /// Point i's terms are `termPool[termStarts[i]..<termStarts[i + 1]]` (ascending, distinct).
    private(set) var termStarts: [Int] = [0]
    private(set) var termPool: [Int32] = []
    /// Point i's title terms (ascending, distinct), likewise.
    private(set) var titleStarts: [Int] = [0]
    private(set) var titlePool: [Int32] = []
    /// Point i's candidate keys (distinct, in no significant order), likewise.
    private(set) var keyStarts: [Int] = [0]
    private(set) var keyPool: [UInt64] = []
    /// Each point's weight: the sum of the IDF weights of its terms (0 until `weigh`).
    private(set) var weights: [Double] = []

    var count: Int { termStarts.count - 1 }

    /// Appends one point's features.
    mutating func append<T: Collection<Int32>, U: Collection<Int32>, K: Collection<UInt64>>(terms: T, titleTerms: U, keys: K) {
        termPool.append(contentsOf: terms)
        termStarts.append(termPool.count)
        titlePool.append(contentsOf: titleTerms)
        titleStarts.append(titlePool.count)
        keyPool.append(contentsOf: keys)
        keyStarts.append(keyPool.count)
        weights.append(0)
    }

    func terms(_ i: Int) -> ArraySlice<Int32> { termPool[termStarts[i]..<termStarts[i + 1]] }
    func titleTerms(_ i: Int) -> ArraySlice<Int32> { titlePool[titleStarts[i]..<titleStarts[i + 1]] }
    func keys(_ i: Int) -> ArraySlice<UInt64> { keyPool[keyStarts[i]..<keyStarts[i + 1]] }
    func weight(_ i: Int) -> Double { weights[i] }

    /// Point i's features as a value of their own.
    func profile(_ i: Int) -> PointProfile {
        var p = PointProfile(terms: Array(terms(i)), titleTerms: Array(titleTerms(i)), keys: Array(keys(i)))
        p.weight = weights[i]
        return p
    }

    /// Renumbers every term (`remap[old id]` = new id), keeping each point's lists ascending,
    /// on all cores.
    mutating func renumberTerms(_ remap: [Int32]) {
        ProfileTable.renumber(&termPool, starts: termStarts, remap)
        ProfileTable.renumber(&titlePool, starts: titleStarts, remap)
        let count = keyPool.count
        keyPool.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let keys = SendablePointer(base)
            ConcurrentMap.forEachChunk(count, minimumChunk: 1 << 16) { range in
                for k in range {
                    let key = keys.pointer[k]
                    if key & PointProfile.bigramTag != 0 {
                        let first = remap[Int((key >> 32) & 0x7FFF_FFFF)], second = remap[Int(key & 0xFFFF_FFFF)]
                        keys.pointer[k] = PointProfile.bigramTag | UInt64(UInt32(first)) << 32 | UInt64(UInt32(second))
                    } else {
                        keys.pointer[k] = UInt64(UInt32(remap[Int(key)]))
                    }
                }
            }
        }
    }

    private static func renumber(_ pool: inout [Int32], starts: [Int], _ remap: [Int32]) {
        let points = starts.count - 1
        pool.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let terms = SendablePointer(base)
            ConcurrentMap.forEachChunk(points) { range in
                for i in range {
                    var list = UnsafeMutableBufferPointer(start: terms.pointer + starts[i], count: starts[i + 1] - starts[i])
                    for k in list.indices { list[k] = remap[Int(list[k])] }
                    list.sort()
                }
            }
        }
    }

    /// Sets each point's weight from the term weights, on all cores.
    mutating func weigh(_ termWeights: [Double]) {
        let points = count
        let (starts, pool) = (termStarts, termPool)
        weights.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let out = SendablePointer(base)
            ConcurrentMap.forEachChunk(points) { range in
                for i in range {
                    var sum = 0.0
                    for k in starts[i]..<starts[i + 1] { sum += termWeights[Int(pool[k])] }
                    out.pointer[i] = sum
                }
            }
        }
    }
}
