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

    /// Candidate (old index, new index) pairs, distinct and sorted.
    func pairs(old: [PointProfile], new: [PointProfile]) -> [CandidatePair] {
        var df: [UInt64: Int32] = [:]
        df.reserveCapacity((old.count + new.count) * 8)
        for p in old { for k in p.keys { df[k, default: 0] += 1 } }
        for p in new { for k in p.keys { df[k, default: 0] += 1 } }

        func selected(_ p: PointProfile) -> [UInt64] {
            var ranked: [(Int32, UInt64, UInt64)] = []
            ranked.reserveCapacity(p.keys.count)
            for k in p.keys {
                let f = df[k] ?? 0
                if f >= 2 { ranked.append((f, CandidateGenerator.mix(k), k)) }
            }
            if ranked.count > keysPerPoint {
                ranked.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
                ranked.removeSubrange(keysPerPoint...)
            }
            return ranked.map(\.2)
        }
        let oldKeys = old.map(selected)
        let newKeys = new.map(selected)
        let newIndex = PostingIndex(oldKeys: newKeys)
        let oldIndex = PostingIndex(oldKeys: oldKeys)

        var out: [CandidatePair] = []
        out.reserveCapacity((old.count + new.count) * candidatesPerPoint)
        var counts: [Int32: Int] = [:]
        func best(_ keys: [UInt64], in index: PostingIndex) -> [Int32] {
            counts.removeAll(keepingCapacity: true)
            for k in keys {
                for target in index.postings(k, limit: maxPostings) { counts[target, default: 0] += 1 }
            }
            var ranked = counts.map { ($0.value, $0.key) }
            ranked.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
            return ranked.prefix(candidatesPerPoint).map(\.1)
        }
        for (i, keys) in oldKeys.enumerated() {
            for j in best(keys, in: newIndex) { out.append(CandidatePair(old: Int32(i), new: j)) }
        }
        for (j, keys) in newKeys.enumerated() {
            for i in best(keys, in: oldIndex) { out.append(CandidatePair(old: i, new: Int32(j))) }
        }
        out.sort()
        var unique: [CandidatePair] = []
        unique.reserveCapacity(out.count)
        for p in out where unique.last != p { unique.append(p) }
        return unique
    }

    /// A fixed 64-bit mixer (SplitMix64 finaliser) for deterministic tie-breaking.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
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

/// Key → point postings stored as one sorted array (no per-key allocation).
struct PostingIndex {
    private var keys: [UInt64] = []
    private var points: [Int32] = []

    init(oldKeys perPoint: [[UInt64]]) {
        var entries: [(UInt64, Int32)] = []
        entries.reserveCapacity(perPoint.reduce(0) { $0 + $1.count })
        for (i, ks) in perPoint.enumerated() { for k in ks { entries.append((k, Int32(i))) } }
        entries.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        keys = entries.map(\.0)
        points = entries.map(\.1)
    }

    /// Up to `limit` points holding `key`, in ascending order.
    func postings(_ key: UInt64, limit: Int) -> ArraySlice<Int32> {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < keys.count, keys[end] == key, end - lo < limit { end += 1 }
        return points[lo..<end]
    }
}
