/// Aligns the areas of two versions by id, by title similarity and by where their points went.
///
/// Score of an (old, new) area pair = 0.4 × same id + 0.3 × title word similarity
/// + 0.6 × share of the old area's paired points that went to the new area (+0.1 for the same id
/// when the old area has no paired points). Pairs scoring ≥ 0.45 are accepted, best first; so a
/// renamed area follows its points and its title, while an id reused for a different area
/// (other title, points elsewhere) is not trusted.
struct AreaAligner {
    static let acceptScore = 0.45
    /// Titles shared by more areas than this (on either side) do not make candidate pairs.
    static let sameTitleLimit = 4

    /// `votes[(old area id, new area id)]` = number of point pairings between the two areas.
    /// Returns old area index → new area index.
    func align(old: [Area], new: [Area], votes: [AreaPairKey: Int]) -> [Int: Int] {
        var outgoing: [String: Int] = [:]
        for (key, n) in votes { outgoing[key.old, default: 0] += n }
        // One vocabulary for every title (thousands of areas in a large plan).
        var vocabulary = TermVocabulary()
        let oldTitleTerms = old.map { AreaAligner.words($0.title, &vocabulary) }
        let newTitleTerms = new.map { AreaAligner.words($0.title, &vocabulary) }
        var newIndexByID: [String: Int] = [:]
        for (j, a) in new.enumerated() where newIndexByID[a.id] == nil { newIndexByID[a.id] = j }
        var newIndexByTitle: [String: [Int]] = [:]
        for (j, a) in new.enumerated() { newIndexByTitle[a.title.lowercased(), default: []].append(j) }
        var oldIndexByTitle: [String: [Int]] = [:]
        for (i, a) in old.enumerated() { oldIndexByTitle[a.title.lowercased(), default: []].append(i) }

        var pairs = Set<AreaPairIndex>()
        for (i, a) in old.enumerated() {
            if let j = newIndexByID[a.id] { pairs.insert(AreaPairIndex(old: i, new: j)) }
        }
        // Same-title pairs, for titles shared by at most `sameTitleLimit` areas on each side
        // (pairing every area of a much-repeated title with every other is quadratic; such
        // areas are still paired by id and by where their points went).
        for (title, olds) in oldIndexByTitle where olds.count <= AreaAligner.sameTitleLimit {
            guard let news = newIndexByTitle[title], news.count <= AreaAligner.sameTitleLimit else { continue }
            for i in olds { for j in news { pairs.insert(AreaPairIndex(old: i, new: j)) } }
        }
        if old.count * new.count <= 40_000 {
            for i in old.indices { for j in new.indices { pairs.insert(AreaPairIndex(old: i, new: j)) } }
        } else {
            var oldIndexByID: [String: Int] = [:]
            for (i, a) in old.enumerated() where oldIndexByID[a.id] == nil { oldIndexByID[a.id] = i }
            for key in votes.keys {
                if let i = oldIndexByID[key.old], let j = newIndexByID[key.new] { pairs.insert(AreaPairIndex(old: i, new: j)) }
            }
        }
        var scored: [(Double, AreaPairIndex)] = []
        for p in pairs {
            let a = old[p.old], b = new[p.new]
            let sameID = a.id == b.id
            let title = AreaAligner.jaccard(oldTitleTerms[p.old], newTitleTerms[p.new])
            let out = outgoing[a.id] ?? 0
            let share = out > 0 ? Double(votes[AreaPairKey(old: a.id, new: b.id)] ?? 0) / Double(out) : 0
            var score = (sameID ? 0.4 : 0) + 0.3 * title + 0.6 * share
            if sameID && out == 0 { score += 0.1 }
            if score >= AreaAligner.acceptScore { scored.append((score, p)) }
        }
        scored.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1.old != $1.1.old ? $0.1.old < $1.1.old : $0.1.new < $1.1.new) }
        var result: [Int: Int] = [:]
        var taken = Set<Int>()
        for (_, p) in scored where result[p.old] == nil && !taken.contains(p.new) {
            result[p.old] = p.new
            taken.insert(p.new)
        }
        return result
    }

    /// The content terms of `s` (stop words left out), interned in `vocabulary`.
    static func words(_ s: String, _ vocabulary: inout TermVocabulary) -> Set<String> {
        var ids: [Int32] = []
        vocabulary.appendTerms(of: s, to: &ids)
        return Set(ids.map { vocabulary.terms[Int($0)] }.filter { !TermNormalizer.stopWords.contains($0) })
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        if a.isEmpty && b.isEmpty { return 0 }
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }
}

struct AreaPairKey: Hashable {
    var old: String
    var new: String
}

struct AreaPairIndex: Hashable {
    var old: Int
    var new: Int
}
