/// The comparison features (`PointProfile`) of every point of one version, stored flat (see
/// `FlatLists`).
struct ProfileTable: Sendable {
    /// Each point's distinct terms of text + title, ascending.
    private(set) var terms = FlatLists<Int32>()
    /// Each point's distinct title terms, ascending.
    private(set) var titleTerms = FlatLists<Int32>()
    /// Each point's candidate keys (distinct, in no significant order).
    private(set) var keys = FlatLists<UInt64>()
    /// Each point's weight: the sum of the IDF weights of its terms (0 until `weigh`).
    private(set) var weights: [Double] = []

    var count: Int { weights.count }

    /// Appends one point's features.
    mutating func append<T: Sequence<Int32>, U: Sequence<Int32>, K: Sequence<UInt64>>(terms: T, titleTerms: U, keys: K) {
        self.terms.append(terms)
        self.titleTerms.append(titleTerms)
        self.keys.append(keys)
        weights.append(0)
    }

    /// Point i's features as a value of their own.
    func profile(_ i: Int) -> PointProfile {
        var p = PointProfile(terms: Array(terms[i]), titleTerms: Array(titleTerms[i]))
        p.weight = weights[i]
        return p
    }

    /// Renumbers every term (`remap[old id]` = new id), keeping each point's lists ascending,
    /// on all cores.
    mutating func renumberTerms(_ remap: [Int32]) {
        terms.updateEach { list in
            for k in list.indices { list[k] = remap[Int(list[k])] }
            list.sort()
        }
        titleTerms.updateEach { list in
            for k in list.indices { list[k] = remap[Int(list[k])] }
            list.sort()
        }
        keys.updateEach { list in
            for k in list.indices {
                let key = list[k]
                if key & PointProfile.bigramTag != 0 {
                    let first = remap[Int((key >> 32) & 0x7FFF_FFFF)], second = remap[Int(key & 0xFFFF_FFFF)]
                    list[k] = PointProfile.bigramTag | UInt64(UInt32(first)) << 32 | UInt64(UInt32(second))
                } else {
                    list[k] = UInt64(UInt32(remap[Int(key)]))
                }
            }
        }
    }

    /// Sets each point's weight from the term weights, on all cores.
    mutating func weigh(_ termWeights: [Double]) {
        let starts = terms.starts
        terms.pool.withUnsafeBufferPointer { pool in
            let pool = SendableBuffer(pool)
            weights.withUnsafeMutableBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                let out = SendablePointer(base)
                ConcurrentMap.forEachChunk(starts.count - 1) { range in
                    for i in range {
                        // In ascending term order, as `SimilarityScore` sums shared weights.
                        var sum = 0.0
                        for k in starts[i]..<starts[i + 1] { sum += termWeights[Int(pool.buffer[k])] }
                        out.pointer[i] = sum
                    }
                }
            }
        }
    }
}
