import Foundation

/// The comparison features of one point: its distinct terms (text and title), and the ordered
/// content terms used to form candidate keys.
struct PointProfile: Sendable {
    /// Distinct term ids of text + title, ascending.
    var terms: [Int32]
    /// Distinct term ids of the title alone, ascending.
    var titleTerms: [Int32]
    /// Candidate keys: content-word unigrams and bigrams (stop words skipped), distinct, ascending.
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
    static func build(old: [FlatPoint], new: [FlatPoint]) -> (old: [PointProfile], new: [PointProfile], weights: [Double]) {
        var vocabulary = TermVocabulary()
        var scratch: [Int32] = []
        func profile(_ p: FlatPoint) -> PointProfile {
            scratch.removeAll(keepingCapacity: true)
            vocabulary.appendTerms(of: p.point.text, to: &scratch)
            let textCount = scratch.count
            if let title = p.point.title { vocabulary.appendTerms(of: title, to: &scratch) }
            var keys: [UInt64] = []
            keys.reserveCapacity(textCount * 2)
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
            return PointProfile(terms: sortedUnique(Array(scratch)), titleTerms: sortedUnique(Array(scratch[textCount...])),
                                keys: sortedUnique(keys))
        }
        var oldProfiles = old.map(profile)
        var newProfiles = new.map(profile)
        var df = [Int32](repeating: 0, count: vocabulary.count)
        for p in oldProfiles { for t in p.terms { df[Int(t)] += 1 } }
        for p in newProfiles { for t in p.terms { df[Int(t)] += 1 } }
        let n = Double(max(1, old.count + new.count))
        let weights = df.map { $0 == 0 ? 0 : log1p(n / Double($0)) }
        for i in oldProfiles.indices { oldProfiles[i].weight = oldProfiles[i].terms.reduce(0) { $0 + weights[Int($1)] } }
        for i in newProfiles.indices { newProfiles[i].weight = newProfiles[i].terms.reduce(0) { $0 + weights[Int($1)] } }
        return (oldProfiles, newProfiles, weights)
    }
}
