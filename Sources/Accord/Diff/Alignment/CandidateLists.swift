/// The candidates of each point of one version, as one flat array of candidate indices with
/// per-point offsets (no array per point: building and freeing hundreds of thousands of
/// small arrays costs more than the lists are worth).
struct CandidateLists {
    private var offsets: [Int]
    private var items: [Int]

    /// Groups candidate indices `0..<pairs.count` by `point(pair)`, in candidate order.
    init(_ pairs: [CandidatePair], pointCount: Int, point: (CandidatePair) -> Int32) {
        var offsets = [Int](repeating: 0, count: pointCount + 1)
        for p in pairs { offsets[Int(point(p)) + 1] += 1 }
        for i in 0..<pointCount { offsets[i + 1] += offsets[i] }
        var next = offsets
        items = [Int](unsafeUninitializedCapacity: pairs.count) { buffer, initialized in
            for (c, p) in pairs.enumerated() {
                let i = Int(point(p))
                buffer[next[i]] = c
                next[i] += 1
            }
            initialized = pairs.count
        }
        self.offsets = offsets
    }

    /// The candidates of point `i`.
    subscript(i: Int) -> ArraySlice<Int> { items[offsets[i]..<offsets[i + 1]] }

    /// Every point's candidate list, in point order.
    var lists: LazyMapSequence<Range<Int>, ArraySlice<Int>> { (0..<(offsets.count - 1)).lazy.map { self[$0] } }

    /// Reorders point `i`'s candidates in place.
    mutating func sort(_ i: Int, by areInIncreasingOrder: (Int, Int) -> Bool) {
        items[offsets[i]..<offsets[i + 1]].sort(by: areInIncreasingOrder)
    }
}

/// Short lists, one per point, kept in one pool: point i's list is
/// `pool[starts[i]..<starts[i + 1]]`.
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

    /// Appends a list.
    mutating func append<S: Sequence<T>>(_ list: S) {
        pool.append(contentsOf: list)
        starts.append(pool.count)
    }
}
