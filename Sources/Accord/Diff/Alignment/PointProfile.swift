import Foundation

/// The comparison features of one point, as a value (a version's points keep theirs in a
/// `ProfileTable`, which also holds their candidate keys: content-word unigrams and bigrams,
/// stop words skipped).
struct PointProfile: Sendable {
    /// Distinct term ids of text + title, ascending.
    var terms: [Int32]
    /// Distinct term ids of the title alone, ascending.
    var titleTerms: [Int32]
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
    /// `documentFrequency` is, per term id, the number of points (of both versions) that hold it.
    static func build(old: [FlatPoint], new: [FlatPoint]) -> (old: ProfileTable, new: ProfileTable, weights: [Double], documentFrequency: [Int32]) {
        // Each side also counts its document frequencies, by its own term ids.
        var sides = ConcurrentMap.map([0, 1]) { side -> (ProfileTable, [String], [Int32]) in
            var vocabulary = TermVocabulary()
            var scratch = ProfileScratch()
            var table = ProfileTable()
            let points = side == 0 ? old : new
            for i in points.indices {
                profile(text: points[i].point.text, title: points[i].point.title, &vocabulary, &scratch, into: &table)
            }
            var df = [Int32](repeating: 0, count: vocabulary.terms.count)
            for t in table.terms.pool { df[Int(t)] += 1 }
            return (table, vocabulary.terms, df)
        }
        // Taken out of `sides`, so that each table is uniquely held (updated in place below).
        var oldProfiles = ProfileTable(), newProfiles = ProfileTable()
        swap(&oldProfiles, &sides[0].0)
        swap(&newProfiles, &sides[1].0)
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
        newProfiles.renumberTerms(remap)
        // Old ids are global ids; new ones are mapped (a point's terms are distinct, so each
        // side's counts add up).
        var df = sides[0].2
        df.append(contentsOf: repeatElement(0, count: terms.count - df.count))
        for (t, n) in sides[1].2.enumerated() { df[Int(remap[t])] += n }
        let n = Double(max(1, old.count + new.count))
        let weights = df.map { $0 == 0 ? 0 : log1p(n / Double($0)) }
        oldProfiles.weigh(weights)
        newProfiles.weigh(weights)
        return (oldProfiles, newProfiles, weights, df)
    }

    /// Appends the profile of one point (its text and title) to `table`, interning its words
    /// into `vocabulary`.
    private static func profile(text: String, title: String?, _ vocabulary: inout TermVocabulary,
                                _ scratch: inout ProfileScratch, into table: inout ProfileTable) {
        scratch.words.removeAll(keepingCapacity: true)
        vocabulary.appendTerms(of: text, to: &scratch.words)
        let textCount = scratch.words.count
        if let title { vocabulary.appendTerms(of: title, to: &scratch.words) }
        scratch.cover(vocabulary.count)
        let words = scratch.words
        var terms = scratch.distinct(words[...])
        terms.sort()
        var titleTerms = textCount == words.count ? [] : scratch.distinct(words[textCount...])
        titleTerms.sort()
        // Keys: distinct content words, then distinct bigrams of consecutive content words
        // (text words, then — after a break in the chain — title words).
        var keys: [UInt64] = []
        swap(&keys, &scratch.keyBuffer)
        keys.removeAll(keepingCapacity: true)
        let contentWords = scratch.distinct(words[...], where: { !vocabulary.isStopWord[Int($0)] })
        for t in contentWords { keys.append(UInt64(UInt32(t))) }
        scratch.recycle(contentWords)
        scratch.startBigrams(atMost: words.count)
        var previous: Int32 = -1
        for i in 0..<words.count {
            let t = words[i]
            if i == textCount { previous = -1 }
            if vocabulary.isStopWord[Int(t)] { continue }
            if previous >= 0 {
                let bigram = bigramTag | UInt64(UInt32(previous)) << 32 | UInt64(UInt32(t))
                if scratch.insertBigram(bigram) { keys.append(bigram) }
            }
            previous = t
        }
        table.append(terms: terms, titleTerms: titleTerms, keys: keys)
        scratch.keyBuffer = keys
        scratch.recycle(terms)
        scratch.recycle(titleTerms)
    }
}

/// Reusable buffers for building profiles one point after another: the words of the current
/// point, and stamped marks that find distinct terms and bigrams without sorting.
private struct ProfileScratch {
    var words: [Int32] = []
    /// Per term id: the stamp of the last pass that saw it.
    private var seen: [UInt32] = []
    private var stamp: UInt32 = 0
    /// A small open-addressing set of the current point's bigrams, cleared by stamping.
    private var bigramKeys: [UInt64] = []
    private var bigramStamps: [UInt32] = []
    private var bigramMask = 0

    /// Makes room for term ids below `count`.
    mutating func cover(_ count: Int) {
        if seen.count < count { seen.append(contentsOf: repeatElement(0, count: count - seen.count + 1024)) }
    }

    private mutating func nextStamp() -> UInt32 {
        if stamp == .max {
            for i in seen.indices { seen[i] = 0 }
            for i in bigramStamps.indices { bigramStamps[i] = 0 }
            stamp = 0
        }
        stamp += 1
        return stamp
    }

    /// Buffers handed out by `distinct` and given back with `recycle` (no allocation per point).
    private var spare: [[Int32]] = []
    /// A buffer for one point's keys.
    var keyBuffer: [UInt64] = []

    mutating func recycle(_ buffer: [Int32]) { if spare.count < 4 { spare.append(buffer) } }

    /// The distinct terms of `words` that pass `keep`, in first-seen order.
    mutating func distinct(_ words: ArraySlice<Int32>, where keep: (Int32) -> Bool = { _ in true }) -> [Int32] {
        let s = nextStamp()
        var out = spare.popLast() ?? []
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(words.count)
        for t in words where seen[Int(t)] != s && keep(t) {
            seen[Int(t)] = s
            out.append(t)
        }
        return out
    }

    /// Empties the bigram set, sized for up to `count` bigrams.
    mutating func startBigrams(atMost count: Int) {
        var size = 64
        while size < count * 2 { size <<= 1 }
        if bigramKeys.count < size {
            bigramKeys = Array(repeating: 0, count: size)
            bigramStamps = Array(repeating: 0, count: size)
            bigramMask = size - 1
        }
        _ = nextStamp()
    }

    /// Adds `bigram` to the set; false if it was there already.
    mutating func insertBigram(_ bigram: UInt64) -> Bool {
        var i = Int(truncatingIfNeeded: (bigram &* 0x9E37_79B9_7F4A_7C15) >> 40) & bigramMask
        while bigramStamps[i] == stamp {
            if bigramKeys[i] == bigram { return false }
            i = (i + 1) & bigramMask
        }
        bigramStamps[i] = stamp
        bigramKeys[i] = bigram
        return true
    }
}
