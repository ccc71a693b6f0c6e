import Foundation

/// The comparison features of one point: its distinct terms (text and title), and the ordered
/// content terms used to form candidate keys.
struct PointProfile: Sendable {
    /// Distinct term ids of text + title, ascending.
    var terms: [Int32]
    /// Distinct term ids of the title alone, ascending.
    var titleTerms: [Int32]
    /// Candidate keys: content-word unigrams and bigrams (stop words skipped), distinct (their
    /// order is not significant: `CandidateGenerator` selects among them by rank).
    var keys: [UInt64]
    /// Sum of the IDF weights of `terms` (set after document frequencies are known).
    var weight: Double = 0
}

/// The distinct values of `values`, ascending.
func sortedUnique<T: Comparable>(_ values: [T]) -> [T] {
    var v = values
    v.sort()
    var w = 0
    for r in v.indices where r == 0 || v[r] != v[w - 1] {
        v[w] = v[r]
        w += 1
    }
    v.removeSubrange(w...)
    return v
}

extension PointProfile {
    static let bigramTag: UInt64 = 1 << 63

    /// Builds the profiles of both versions over one shared vocabulary, then weights terms by
    /// inverse document frequency over all points of both versions: w(t) = ln(1 + N / df(t)).
    /// The two versions are tokenised concurrently with their own vocabularies, then the new
    /// version's term ids are mapped onto the old one's (so ids are deterministic).
    static func build(old: [FlatPoint], new: [FlatPoint]) -> (old: [PointProfile], new: [PointProfile], weights: [Double]) {
        // Each side also counts its document frequencies, by its own term ids.
        let sides = ConcurrentMap.map([0, 1]) { side -> ([PointProfile], [String], [Int32]) in
            var vocabulary = TermVocabulary()
            var scratch: [Int32] = []
            let points = side == 0 ? old : new
            let profiles = points.indices.map { profile(points[$0].point, &vocabulary, &scratch) }
            var df = [Int32](repeating: 0, count: vocabulary.terms.count)
            for p in profiles { for t in p.terms { df[Int(t)] += 1 } }
            return (profiles, vocabulary.terms, df)
        }
        let oldTokenised = sides[0].0
        let newTokenised = sides[1].0
        // Merge the vocabularies: old ids stay, new terms are looked up or appended.
        var terms = sides[0].1
        var globalID: [String: Int32] = [:]
        globalID.reserveCapacity(terms.count + sides[1].1.count)
        for (i, t) in terms.enumerated() { globalID[t] = Int32(i) }
        let remap: [Int32] = sides[1].1.map { t in
            if let id = globalID[t] { return id }
            let id = Int32(terms.count)
            terms.append(t)
            globalID[t] = id
            return id
        }
        let remapped = ConcurrentMap.mapIndices(newTokenised.count) { i -> PointProfile in
            var p = newTokenised[i]
            p.terms = p.terms.map { remap[Int($0)] }.sorted()
            p.titleTerms = p.titleTerms.map { remap[Int($0)] }.sorted()
            p.keys = p.keys.map { k -> UInt64 in
                if k & bigramTag != 0 {
                    let first = remap[Int((k >> 32) & 0x7FFF_FFFF)], second = remap[Int(k & 0xFFFF_FFFF)]
                    return bigramTag | UInt64(UInt32(first)) << 32 | UInt64(UInt32(second))
                }
                return UInt64(UInt32(remap[Int(k)]))
            }
            return p
        }
        // Old ids are global ids; new ones are mapped (a point's terms are distinct, so each
        // side's counts add up).
        var df = sides[0].2
        df.append(contentsOf: repeatElement(0, count: terms.count - df.count))
        for (t, n) in sides[1].2.enumerated() { df[Int(remap[t])] += n }
        let n = Double(max(1, old.count + new.count))
        let weights = df.map { $0 == 0 ? 0 : log1p(n / Double($0)) }
        @Sendable func weighted(_ profiles: [PointProfile]) -> [PointProfile] {
            ConcurrentMap.mapIndices(profiles.count) { i in
                var p = profiles[i]
                p.weight = p.terms.reduce(0) { $0 + weights[Int($1)] }
                return p
            }
        }
        return (weighted(oldTokenised), weighted(remapped), weights)
    }

    /// The profile of one point, interning its words into `vocabulary`.
    private static func profile(_ p: Point, _ vocabulary: inout TermVocabulary, _ scratch: inout [Int32]) -> PointProfile {
        scratch.removeAll(keepingCapacity: true)
        vocabulary.appendTerms(of: p.text, to: &scratch)
        let textCount = scratch.count
        if let title = p.title { vocabulary.appendTerms(of: title, to: &scratch) }
        var keys: [UInt64] = []
        keys.reserveCapacity(scratch.count * 2)
        var previous: Int32 = -1
        // Text words, then (after a break in the bigram chain) title words.
        for i in 0..<scratch.count {
            let t = scratch[i]
            if i == textCount { previous = -1 }
            if vocabulary.isStopWord[Int(t)] { continue }
            keys.append(UInt64(UInt32(t)))
            if previous >= 0 { keys.append(bigramTag | UInt64(UInt32(previous)) << 32 | UInt64(UInt32(t))) }
            previous = t
        }
        return PointProfile(terms: sortedUnique(scratch), titleTerms: sortedUnique(Array(scratch[textCount...])),
                            keys: sortedUnique(keys))
    }
}
