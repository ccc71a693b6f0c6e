/// Short lists, one per point, kept in one pool: point i's list is
/// `pool[starts[i]..<starts[i + 1]]`. A large diff keeps several such lists per point (terms,
/// title terms, keys, candidates); one pool each instead of an array per point spares it
/// allocating, copying and freeing hundreds of thousands of small arrays.
struct FlatLists<T: Sendable>: Sendable {
    private(set) var starts: [Int] = [0]
    private(set) var pool: [T] = []

    init() {}

    /// The lists of `parts`, one after the other.
    init(joining parts: [FlatLists<T>]) {
        pool.reserveCapacity(parts.reduce(0) { $0 + $1.pool.count })
        starts.reserveCapacity(parts.reduce(1) { $0 + $1.count })
        for part in parts {
            let base = pool.count
            for k in 1..<part.starts.count { starts.append(base + part.starts[k]) }
            pool.append(contentsOf: part.pool)
        }
    }

    var count: Int { starts.count - 1 }

    subscript(i: Int) -> ArraySlice<T> { pool[starts[i]..<starts[i + 1]] }

    /// Every list, in order.
    var lists: LazyMapSequence<Range<Int>, ArraySlice<T>> { (0..<count).lazy.map { self[$0] } }

    /// Appends a list.
    mutating func append<S: Sequence<T>>(_ list: S) {
        pool.append(contentsOf: list)
        starts.append(pool.count)
    }

    /// Reorders list `i` in place.
    mutating func sort(_ i: Int, by areInIncreasingOrder: (T, T) -> Bool) {
        pool[starts[i]..<starts[i + 1]].sort(by: areInIncreasingOrder)
    }

    /// Rewrites every list in place, on all cores: `body` gets one list's elements at a time.
    mutating func updateEach(_ body: @Sendable (inout UnsafeMutableBufferPointer<T>) -> Void) {
        let starts = self.starts
        pool.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let elements = SendablePointer(base)
            ConcurrentMap.forEachChunk(starts.count - 1) { range in
                for i in range {
                    var list = UnsafeMutableBufferPointer(start: elements.pointer + starts[i], count: starts[i + 1] - starts[i])
                    body(&list)
                }
            }
        }
    }
}

extension FlatLists where T == Int {
    /// Candidate indices `0..<pairs.count` grouped by `point(pair)` (of `pointCount` points),
    /// in candidate order: a counting sort, linear.
    init(grouping pairs: [CandidatePair], pointCount: Int, by point: (CandidatePair) -> Int32) {
        var starts = [Int](repeating: 0, count: pointCount + 1)
        for p in pairs { starts[Int(point(p)) + 1] += 1 }
        for i in 0..<pointCount { starts[i + 1] += starts[i] }
        var next = starts
        pool = [Int](unsafeUninitializedCapacity: pairs.count) { buffer, initialized in
            for (c, p) in pairs.enumerated() {
                let i = Int(point(p))
                buffer[next[i]] = c
                next[i] += 1
            }
            initialized = pairs.count
        }
        self.starts = starts
    }
}
