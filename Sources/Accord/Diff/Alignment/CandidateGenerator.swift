/// Finds, for each point, a few likely counterparts in the other version without comparing
/// every point with every point.
///
/// Each point's candidate keys (content-word unigrams and bigrams) are ranked by document
/// frequency over both versions; keys that occur in only one point are useless and skipped, and
/// the `keysPerPoint` rarest of the rest (ties broken by a fixed hash, so the choice is a
/// consistent bottom-k sketch) are indexed. Two points become candidates when they share
/// selected keys; each point keeps its `candidatesPerPoint` best by shared-key count. The work
/// is O(points × keysPerPoint × maxPostings) — linear in plan size.
struct CandidateGenerator {
    var keysPerPoint: Int
    var candidatesPerPoint: Int
    var maxPostings: Int

    /// Candidate (old index, new index) pairs, distinct and sorted. `termFrequency` holds each
    /// term's document frequency over both versions (a unigram key's count); bigram keys are
    /// counted here.
    func pairs(old: ProfileTable, new: ProfileTable, termFrequency: [Int32]) -> [CandidatePair] {
        let df = KeyCounter(counting: [old, new], termFrequency: termFrequency)
        let (keysPerPoint, candidatesPerPoint, maxPostings) = (self.keysPerPoint, self.candidatesPerPoint, self.maxPostings)
        /// Each point's selected keys: the rarest, ties by hash (which keys are kept, not their
        /// order, matters). Counts first, in a tight loop of independent table lookups (their
        /// cache misses overlap), then the selection.
        @Sendable func selectedKeys(_ table: ProfileTable) -> FlatLists<UInt64> {
            let parts = table.keys.pool.withUnsafeBufferPointer { pool in
                let keys = SendableBuffer(pool)
                return ConcurrentMap.map(ConcurrentMap.chunkRanges(table.count)) { range -> FlatLists<UInt64> in
                    var out = FlatLists<UInt64>()
                    var counts: [Int32] = []
                    var rarest = TopList<(Int32, UInt64, UInt64)>(limit: keysPerPoint)
                    for i in range {
                        let own = UnsafeBufferPointer(rebasing: keys.buffer[table.keys.starts[i]..<table.keys.starts[i + 1]])
                        counts.removeAll(keepingCapacity: true)
                        for k in own { counts.append(df.count(k)) }
                        rarest.removeAll()
                        for (f, k) in zip(counts, own) where f >= 2 {
                            rarest.offer((f, CandidateGenerator.mix(k), k)) { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
                        }
                        out.append(rarest.items.lazy.map(\.2))
                    }
                    return out
                }
            }
            return FlatLists(joining: parts)
        }
        let selected = ConcurrentMap.map([old, new]) { selectedKeys($0) }
        let oldKeys = selected[0], newKeys = selected[1]
        let indexes = ConcurrentMap.map([newKeys, oldKeys]) { PostingIndex(oldKeys: $0) }
        let newIndex = indexes[0], oldIndex = indexes[1]

        // The two query directions are independent: run them on two cores.
        let directions = ConcurrentMap.map([0, 1]) { direction -> [CandidatePair] in
            let (queries, index, targetCount) = direction == 0
                ? (oldKeys, newIndex, new.count) : (newKeys, oldIndex, old.count)
            // Dense hit counters, reset through the list of touched entries.
            var hits = [Int32](repeating: 0, count: targetCount)
            var touched: [Int32] = []
            var runs: [PostingIndex.Run] = []
            var best = TopList<(Int32, Int32)>(limit: candidatesPerPoint)
            var targets: [Int32] = []
            var found: [CandidatePair] = []
            found.reserveCapacity(queries.count * candidatesPerPoint)
            for q in 0..<queries.count {
                let keys = queries[q]
                touched.removeAll(keepingCapacity: true)
                // Find every key's postings first (independent lookups whose cache misses
                // overlap), then walk them.
                runs.removeAll(keepingCapacity: true)
                for k in keys { if let run = index.postings(of: k) { runs.append(run) } }
                for run in runs {
                    index.forEachPosting(in: run, limit: maxPostings) { target in
                        if hits[Int(target)] == 0 { touched.append(target) }
                        hits[Int(target)] += 1
                    }
                }
                // The most hits, ties by lower index (a strict order: targets are distinct).
                best.removeAll()
                for t in touched {
                    best.offer((hits[Int(t)], t)) { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
                    hits[Int(t)] = 0
                }
                // Targets ascending, so that each direction's pairs come out sorted.
                targets.removeAll(keepingCapacity: true)
                for (_, t) in best.items { targets.append(t) }
                targets.sort()
                for t in targets {
                    found.append(direction == 0 ? CandidatePair(old: Int32(q), new: t) : CandidatePair(old: t, new: Int32(q)))
                }
            }
            // Old → new pairs are sorted already (queries in old order); new → old pairs are
            // grouped by new point: a stable counting sort by old point sorts them.
            return direction == 0 ? found : CandidateGenerator.sortedByOld(found, oldCount: targetCount)
        }
        // Both lists are sorted and distinct: their union, in one merge.
        return PointAligner.mergeSortedUnique(directions[0], directions[1])
    }

    /// `pairs` (each old point's pairs in ascending new order, no pair twice) sorted by old
    /// point, then new: a stable counting sort, linear.
    static func sortedByOld(_ pairs: [CandidatePair], oldCount: Int) -> [CandidatePair] {
        var starts = [Int](repeating: 0, count: oldCount + 1)
        for p in pairs { starts[Int(p.old) + 1] += 1 }
        for i in 0..<oldCount { starts[i + 1] += starts[i] }
        return [CandidatePair](unsafeUninitializedCapacity: pairs.count) { buffer, initialized in
            for p in pairs {
                let i = Int(p.old)
                buffer[starts[i]] = p
                starts[i] += 1
            }
            initialized = pairs.count
        }
    }

    /// A fixed 64-bit mixer (SplitMix64 finaliser) for deterministic tie-breaking.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Exact counts of candidate keys (saturating at 255), in two open-addressing tables split by one
/// hash bit so that two cores count at once. Each table grows with the distinct keys it holds
/// (a plan repeats most keys, so sizing by occurrences would waste memory and cache).
struct KeyCounter: Sendable {
    private var shards: [KeyCountTable]
    /// Unigram keys are term ids: their counts are the terms' document frequencies.
    private let termFrequency: [Int32]

    /// Counts the bigram keys of every point in `tables`; unigram counts come from `termFrequency`.
    init(counting tables: [ProfileTable], termFrequency: [Int32]) {
        self.termFrequency = termFrequency
        shards = ConcurrentMap.map([UInt64(0), 1]) { shard -> KeyCountTable in
            var counts = KeyCountTable()
            for table in tables {
                for k in table.keys.pool where k & PointProfile.bigramTag != 0 {
                    let h = CandidateGenerator.mix(k)
                    if h >> 63 == shard { counts.increment(k, hash: h) }
                }
            }
            return counts
        }
    }

    /// How many points hold `key` (up to 255).
    func count(_ key: UInt64) -> Int32 {
        if key & PointProfile.bigramTag == 0 {
            let t = Int(key)
            return t < termFrequency.count ? min(termFrequency[t], 255) : 0
        }
        let h = CandidateGenerator.mix(key)
        return shards[Int(h >> 63)].count(key, hash: h)
    }

    /// Distinct keys counted.
    var distinctKeys: Int { shards.reduce(0) { $0 + $1.used } }
}

/// One open-addressing table of keys (stored as key + 1; 0 is an empty slot) and counts.
struct KeyCountTable: Sendable {
    private var keys = [UInt64](repeating: 0, count: 1 << 12)
    private var counts = [UInt8](repeating: 0, count: 1 << 12)
    private var mask = (1 << 12) - 1
    private(set) var used = 0

    @inline(__always)
    mutating func increment(_ key: UInt64, hash h: UInt64) {
        let stored = key &+ 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = keys[i]
            if k == stored {
                if counts[i] < UInt8.max { counts[i] += 1 }
                return
            }
            if k == 0 { break }
            i = (i + 1) & mask
        }
        keys[i] = stored
        counts[i] = 1
        used += 1
        if used * 2 > mask + 1 { grow() }
    }

    @inline(__always)
    func count(_ key: UInt64, hash h: UInt64) -> Int32 {
        let stored = key &+ 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = keys[i]
            if k == stored { return Int32(counts[i]) }
            if k == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldCounts = counts
        let size = (mask + 1) * 2
        keys = [UInt64](repeating: 0, count: size)
        counts = [UInt8](repeating: 0, count: size)
        mask = size - 1
        for s in oldKeys.indices where oldKeys[s] != 0 {
            var i = Int(truncatingIfNeeded: CandidateGenerator.mix(oldKeys[s] &- 1)) & mask
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = oldKeys[s]
            counts[i] = oldCounts[s]
        }
    }
}

/// A candidate pairing of an old point and a new point (indices into the flattened plans).
struct CandidatePair: Hashable, Comparable, Sendable {
    var old: Int32
    var new: Int32
    static func < (a: CandidatePair, b: CandidatePair) -> Bool {
        a.old != b.old ? a.old < b.old : a.new < b.new
    }
}

/// Key → point postings stored as one sorted array of `fingerprint << 24 | point` words (no
/// per-key allocation; 40-bit key fingerprints, up to 16 million points per version).
struct PostingIndex: Sendable {
    private var entries: [UInt64] = []
    private var starts = StartTable(capacityFor: 0)
    static let pointBits: UInt64 = 24

    init(oldKeys perPoint: FlatLists<UInt64>) {
        entries.reserveCapacity(perPoint.pool.count)
        for i in 0..<perPoint.count {
            for k in perPoint[i] { entries.append(PostingIndex.fingerprint(k) | UInt64(i & 0xFF_FFFF)) }
        }
        RadixSort.sort(&entries)
        let keyMask = ~((UInt64(1) << PostingIndex.pointBits) - 1)
        var distinct = 0
        for i in entries.indices where i == 0 || (entries[i - 1] & keyMask) != (entries[i] & keyMask) { distinct += 1 }
        starts = StartTable(capacityFor: distinct)
        for i in entries.indices where i == 0 || (entries[i - 1] & keyMask) != (entries[i] & keyMask) {
            starts.insert(entries[i] & keyMask, Int32(i))
        }
    }

    static func fingerprint(_ key: UInt64) -> UInt64 { CandidateGenerator.mix(key) & ~((1 << pointBits) - 1) }

    /// Where one key's postings start.
    struct Run {
        var start: Int
        var fingerprint: UInt64
    }

    /// The postings of `key`, if any point holds it.
    func postings(of key: UInt64) -> Run? {
        let low = PostingIndex.fingerprint(key)
        return starts.lookup(low).map { Run(start: $0, fingerprint: low) }
    }

    /// Calls `body` with up to `limit` points of `run`, in ascending order.
    func forEachPosting(in run: Run, limit: Int, _ body: (Int32) -> Void) {
        let low = run.fingerprint
        var i = run.start, n = 0
        let keyMask = ~((UInt64(1) << PostingIndex.pointBits) - 1)
        while i < entries.count, entries[i] & keyMask == low, n < limit {
            body(Int32(entries[i] & ((1 << PostingIndex.pointBits) - 1)))
            i += 1
            n += 1
        }
    }
}

/// Fingerprint → first entry index, open addressing (one or two cache misses per lookup).
struct StartTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int

    init(capacityFor n: Int) {
        var capacity = 16
        while capacity < n * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    mutating func insert(_ key: UInt64, _ value: Int32) {
        var i = Int(truncatingIfNeeded: CandidateGenerator.mix(key)) & mask
        while keys[i] != 0 && keys[i] != key &+ 1 { i = (i + 1) & mask }
        keys[i] = key &+ 1
        values[i] = value
    }

    func lookup(_ key: UInt64) -> Int? {
        var i = Int(truncatingIfNeeded: CandidateGenerator.mix(key)) & mask
        while keys[i] != 0 {
            if keys[i] == key &+ 1 { return Int(values[i]) }
            i = (i + 1) & mask
        }
        return nil
    }
}
