/// Pairs the points (and sub-points) of two versions.
///
/// 1. Profiles: IDF-weighted term sets of each point's text and title (see `PointProfile`).
/// 2. Candidates: a bounded number per point from shared rare keys (see `CandidateGenerator`),
///    plus same-id pairs; only candidates are ever scored.
/// 3. `auto`: same-id pairs whose content agrees (`idAgreement`) are fixed first.
/// 4. Content pairs, best first: similarity ≥ `matchThreshold`.
/// 5. Splits: each still-unpaired new point joins the old point that contains most of it
///    (containment ≥ `containmentThreshold`); merges likewise for unpaired old points.
/// 6. Weak pairs among the rest: mutual best, similarity ≥ `weakMatchThreshold` and at least
///    `weakMatchMargin` × the runner-up's similarity on both sides (similarity here includes
///    0.25 × title similarity when that is ≥ 0.5); the threshold rises to `backgroundFactor` × the median
///    runner-up similarity (the background overlap of unrelated points) when that is higher.
/// 7. Gaps: an unpaired old and new point with identical titles between the same two paired
///    neighbours are paired (headings whose wording moved into sub-points).
/// Ties are broken by document position, so the result is deterministic.
struct PointAligner {
    var options: PlanDiffOptions

    func align(old: [FlatPoint], new: [FlatPoint]) -> PointAlignment {
        // Same-id pairs need no profiles: found on a thread of their own meanwhile.
        let matchMode = options.matchMode
        let large = old.count + new.count >= WorkSize.worthAThread
        let idPairsWork = BackgroundWork(inline: !large) { matchMode == .content ? [] : PointAligner.sameIDPairs(old, new) }
        let (oldProfiles, newProfiles, weights, termFrequency) = PointProfile.build(old: old, new: new)
        var statistics = DiffStatistics()
        let idPairs = idPairsWork.wait()

        var candidates: [CandidatePair]
        if options.matchMode == .id {
            candidates = idPairs
        } else {
            let generator = CandidateGenerator(keysPerPoint: options.keysPerPoint,
                                               candidatesPerPoint: options.candidatesPerPoint,
                                               maxPostings: options.maxPostings)
            // Same-title pairs, beside the candidate generation.
            let sameTitleWork = BackgroundWork(inline: !large) { PointAligner.sameTitlePairs(oldProfiles, newProfiles) }
            candidates = generator.pairs(old: oldProfiles, new: newProfiles, termFrequency: termFrequency)
            let extra = sortedUnique(idPairs + sameTitleWork.wait())
            if !extra.isEmpty { candidates = PointAligner.mergeSortedUnique(candidates, extra) }
        }
        statistics.candidatePairs = candidates.count
        let scores = PointAligner.scores(candidates, oldProfiles, newProfiles, weights: weights)
        statistics.similarityComputations = scores.count

        /// `weakScore(_:)` of candidate `c`.
        func weakScore(_ c: Int) -> Double { PointAligner.weakScore(scores[c]) }

        // Candidate indices per old point (candidates are sorted by old) and per new point.
        var byNew = FlatLists(grouping: candidates, pointCount: new.count) { $0.new }
        var byOld = FlatLists(grouping: candidates, pointCount: old.count) { $0.old }

        var oldPartners = [[Int]](repeating: [], count: old.count)
        var newPartners = [[Int]](repeating: [], count: new.count)
        var evidence = [PointChange.MatchEvidence?](repeating: nil, count: old.count)
        /// The candidate that gave each old point its first partner.
        var firstPairing = [Int](repeating: -1, count: old.count)
        func pair(_ c: Int, _ e: PointChange.MatchEvidence) {
            let i = Int(candidates[c].old), j = Int(candidates[c].new)
            oldPartners[i].append(j)
            newPartners[j].append(i)
            if evidence[i] == nil { evidence[i] = e }
            if firstPairing[i] < 0 { firstPairing[i] = c }
        }

        // Same ids, kept where some content evidence agrees (see `PlanDiffOptions.idAgreement`).
        // (idPairs are in old-point order, one per old point at most, like the sorted candidates
        // they are part of: each is found by binary search, in candidate order.)
        if options.matchMode != .content {
            for p in idPairs {
                guard let c = PointAligner.index(of: p, in: candidates) else { continue }
                let s = scores[c]
                let sharedTopics = !Set(old[Int(p.old)].point.topics).isDisjoint(with: new[Int(p.new)].point.topics)
                let agrees = options.matchMode == .id || s.similarity >= options.idAgreement
                    || max(s.oldContained, s.newContained) >= 0.5 || s.titleSimilarity >= 0.3
                    || (sharedTopics && s.similarity >= options.idAgreement / 6)
                if agrees { pair(c, .id) }
            }
        }

        if options.matchMode != .id {
            // Strong content pairs, best first.
            // (Candidates are sorted and distinct, so index order is pair order.)
            // The candidates worth ranking, by similarity (strong pairs) and by weak score
            // (weak pairs, further down): two independent sorts, on two cores.
            let rankable = candidates.indices.filter { weakScore($0) >= options.weakMatchThreshold }
            let rankings = ConcurrentMap.map([false, true]) { byWeakScore in
                PointAligner.rankedDescending(rankable) { byWeakScore ? PointAligner.weakScore(scores[$0]) : scores[$0].similarity }
            }
            let order = rankings[0]
            for c in order where scores[c].similarity >= options.matchThreshold {
                let p = candidates[c]
                if oldPartners[Int(p.old)].isEmpty && newPartners[Int(p.new)].isEmpty { pair(c, .content) }
            }
            // Splits: an unpaired new point mostly contained in an old point. The old point's
            // current partners must be pieces too: each new partner fed by this old point only
            // and itself mostly contained in it. Partners only grow here, and a piece keeps
            // qualifying, so the check is cached per old point and updated as pieces attach
            // (re-checking every piece for every further candidate is quadratic).
            var oldTakesPieces = [Bool?](repeating: nil, count: old.count)
            func takesPieces(old i: Int) -> Bool {
                if let known = oldTakesPieces[i] { return known }
                let ok = oldPartners[i].allSatisfy { k in
                    newPartners[k].count == 1 && newPartners[k][0] == i
                        && (evidence[i] == .id || (byNew[k].first { Int(candidates[$0].old) == i }
                            .map { scores[$0].newContained >= 0.5 } ?? false))
                }
                oldTakesPieces[i] = ok
                return ok
            }
            for j in new.indices where newPartners[j].isEmpty {
                var best: Int?
                for c in byNew[j] {
                    let i = Int(candidates[c].old)
                    guard scores[c].newContained >= options.containmentThreshold, takesPieces(old: i) else { continue }
                    if best == nil || scores[c].newContained > scores[best!].newContained { best = c }
                }
                if let c = best {
                    let i = Int(candidates[c].old)
                    pair(c, .content)
                    oldTakesPieces[i] = evidence[i] == .id || scores[c].newContained >= 0.5
                }
            }
            // Merges: an unpaired old point mostly contained in a new point (the mirror image).
            var newTakesPieces = [Bool?](repeating: nil, count: new.count)
            func takesPieces(new j: Int) -> Bool {
                if let known = newTakesPieces[j] { return known }
                let ok = newPartners[j].allSatisfy { k in
                    oldPartners[k].count == 1 && oldPartners[k][0] == j
                        && (evidence[k] == .id || (byOld[k].first { Int(candidates[$0].new) == j }
                            .map { scores[$0].oldContained >= 0.5 } ?? false))
                }
                newTakesPieces[j] = ok
                return ok
            }
            for i in old.indices where oldPartners[i].isEmpty {
                var best: Int?
                for c in byOld[i] {
                    let j = Int(candidates[c].new)
                    guard scores[c].oldContained >= options.containmentThreshold, takesPieces(new: j) else { continue }
                    if best == nil || scores[c].oldContained > scores[best!].oldContained { best = c }
                }
                if let c = best {
                    let j = Int(candidates[c].new)
                    pair(c, .content)
                    if newTakesPieces[j] == true { newTakesPieces[j] = scores[c].oldContained >= 0.5 }
                }
            }
            // Weak pairs: mutual best among the still unpaired, clearly ahead of the runner-up,
            // and well above the background similarity of unrelated points in these versions.
            let margin = options.weakMatchMargin
            // Background: each old point's runner-up candidate is (almost always) unrelated.
            let runnerUps = Array(byOld.lists.compactMap { list -> Double? in
                guard list.count >= 2 else { return nil }
                var first = -Double.infinity, second = -Double.infinity
                for c in list {
                    let v = scores[c].similarity
                    if v > first { second = first; first = v } else if v > second { second = v }
                }
                return second
            })
            let background = PointAligner.median(runnerUps)
            let weakThreshold = max(options.weakMatchThreshold, options.backgroundFactor * background)
            func weakBetter(_ a: Int, than b: Int) -> Bool {
                let sa = weakScore(a), sb = weakScore(b)
                if sa != sb { return sa > sb }
                return candidates[a] < candidates[b]
            }
            // Each point's candidates, best first (sorted in place when first needed; the order
            // no longer matters elsewhere from here on), with a cursor past
            // those whose other side is already paired: pairing only ever removes options, so
            // the cursor never moves back and finding the best unpaired option stays linear
            // overall (filtering the whole list each time is quadratic for a point that is a
            // candidate of thousands).
            var rankedOld = [Bool](repeating: false, count: old.count)
            var rankedNew = [Bool](repeating: false, count: new.count)
            var oldCursor = [Int](repeating: 0, count: old.count)
            var newCursor = [Int](repeating: 0, count: new.count)
            func ranked(old i: Int) -> ArraySlice<Int> {
                if !rankedOld[i] { byOld.sort(i, by: weakBetter); rankedOld[i] = true }
                return byOld[i]
            }
            func ranked(new j: Int) -> ArraySlice<Int> {
                if !rankedNew[j] { byNew.sort(j, by: weakBetter); rankedNew[j] = true }
                return byNew[j]
            }
            func bestUnpaired(old i: Int) -> Int? {
                let list = ranked(old: i)
                while oldCursor[i] < list.count,
                      !newPartners[Int(candidates[list[list.startIndex + oldCursor[i]]].new)].isEmpty { oldCursor[i] += 1 }
                return oldCursor[i] < list.count ? list[list.startIndex + oldCursor[i]] : nil
            }
            func bestUnpaired(new j: Int) -> Int? {
                let list = ranked(new: j)
                while newCursor[j] < list.count,
                      !oldPartners[Int(candidates[list[list.startIndex + newCursor[j]]].old)].isEmpty { newCursor[j] += 1 }
                return newCursor[j] < list.count ? list[list.startIndex + newCursor[j]] : nil
            }
            /// `c` beats the best other candidate in `ranked` (paired or not) by the margin.
            func clearBest(_ ranked: ArraySlice<Int>, _ c: Int) -> Bool {
                let runnerUp = ranked.first { $0 != c }.map(weakScore) ?? 0
                return weakScore(c) >= margin * runnerUp
            }
            let weakOrder = rankings[1]
            var changed = true
            while changed {
                changed = false
                for c in weakOrder {
                    let i = Int(candidates[c].old), j = Int(candidates[c].new)
                    guard oldPartners[i].isEmpty, newPartners[j].isEmpty, weakScore(c) >= weakThreshold else { continue }
                    if bestUnpaired(old: i) == c && bestUnpaired(new: j) == c
                        && clearBest(ranked(old: i), c) && clearBest(ranked(new: j), c) {
                        pair(c, .content)
                        changed = true
                    }
                }
            }
            // Gaps: between two consecutive paired old points whose partners are in order, an
            // unpaired old and an unpaired new point with the same title are the same point
            // (a rewrite that kept the title and its place, e.g. a heading whose content moved
            // into sub-points).
            var lastPaired: (old: Int, new: Int)? = nil
            var gapOld: [Int] = []
            func closeGap(upTo newEnd: Int) {
                defer { gapOld.removeAll() }
                guard !gapOld.isEmpty else { return }
                let newStart = (lastPaired?.new ?? -1) + 1
                guard newStart < newEnd else { return }
                for i in gapOld where oldPartners[i].isEmpty {
                    let options = byOld[i].filter { c in
                        let j = Int(candidates[c].new)
                        return j >= newStart && j < newEnd && newPartners[j].isEmpty
                            && scores[c].titleSimilarity >= 0.99 && scores[c].similarity >= 0.02
                    }
                    if options.count == 1 { pair(options[0], .content) }
                }
            }
            for i in old.indices {
                if oldPartners[i].count == 1, let j = oldPartners[i].first, j > (lastPaired?.new ?? -1) {
                    closeGap(upTo: j)
                    lastPaired = (i, j)
                } else if oldPartners[i].isEmpty {
                    gapOld.append(i)
                }
            }
            closeGap(upTo: new.count)
        }

        // Groups.
        var groups: [PointAlignment.Group] = []
        groups.reserveCapacity(max(old.count, new.count))
        var newDone = [Bool](repeating: false, count: new.count)
        for i in old.indices {
            let partners = oldPartners[i].count > 1 ? oldPartners[i].sorted() : oldPartners[i]
            if partners.isEmpty {
                groups.append(.init(old: [i], new: [], score: nil, evidence: nil))
            } else if partners.count > 1 {
                for j in partners { newDone[j] = true }
                let union = PointProfile.union(partners.map { newProfiles.profile($0) }, weights: weights)
                groups.append(.init(old: [i], new: partners,
                                    score: SimilarityScore.between(oldProfiles.profile(i), union, weights: weights),
                                    evidence: evidence[i]))
            } else {
                let j = partners[0]
                guard !newDone[j] else { continue }
                newDone[j] = true
                let olds = newPartners[j].count > 1 ? newPartners[j].sorted() : newPartners[j]
                if olds.count > 1 {
                    let union = PointProfile.union(olds.map { oldProfiles.profile($0) }, weights: weights)
                    groups.append(.init(old: olds, new: [j],
                                        score: SimilarityScore.between(union, newProfiles.profile(j), weights: weights),
                                        evidence: evidence[olds[0]]))
                } else {
                    // A 1:1 pair: its one pairing candidate is (i, j).
                    groups.append(.init(old: [i], new: [j], score: scores[firstPairing[i]], evidence: evidence[i]))
                }
            }
        }
        for j in new.indices where !newDone[j] && newPartners[j].isEmpty {
            groups.append(.init(old: [], new: [j], score: nil, evidence: nil))
        }
        // The per-point working data (candidate lists, partners) is freed elsewhere.
        BackgroundRelease.drop((oldPartners, newPartners, byOld, byNew, candidates, scores),
                               items: old.count + new.count)
        return PointAlignment(groups: groups, statistics: statistics)
    }

    /// The similarity of each candidate pair, on all cores. Candidates come grouped by old
    /// point: each old point's terms are marked once in a dense table, then each of its
    /// candidates is scored by looking its new point's terms up there (the same sums, in the
    /// same ascending term order, as `SimilarityScore.between`'s merge).
    static func scores(_ candidates: [CandidatePair], _ old: ProfileTable, _ new: ProfileTable,
                       weights: [Double]) -> [SimilarityScore] {
        old.terms.pool.withUnsafeBufferPointer { oldTerms in
            new.terms.pool.withUnsafeBufferPointer { newTerms in
                old.titleTerms.pool.withUnsafeBufferPointer { oldTitles in
                    new.titleTerms.pool.withUnsafeBufferPointer { newTitles in
                        let pools = (SendableBuffer(oldTerms), SendableBuffer(newTerms), SendableBuffer(oldTitles), SendableBuffer(newTitles))
                        return ConcurrentMap.mapChunks(candidates.count) { range -> [SimilarityScore] in
                            let (oldTerms, newTerms, oldTitles, newTitles) = (pools.0.buffer, pools.1.buffer, pools.2.buffer, pools.3.buffer)
                            var marked = [Bool](repeating: false, count: weights.count)
                            var current = -1
                            var out: [SimilarityScore] = []
                            out.reserveCapacity(range.count)
                            for c in range {
                                let i = Int(candidates[c].old), j = Int(candidates[c].new)
                                if i != current {
                                    if current >= 0 {
                                        for k in old.terms.starts[current]..<old.terms.starts[current + 1] { marked[Int(oldTerms[k])] = false }
                                    }
                                    for k in old.terms.starts[i]..<old.terms.starts[i + 1] { marked[Int(oldTerms[k])] = true }
                                    current = i
                                }
                                var shared = 0.0
                                for k in new.terms.starts[j]..<new.terms.starts[j + 1] {
                                    let t = Int(newTerms[k])
                                    if marked[t] { shared += weights[t] }
                                }
                                out.append(SimilarityScore.scored(
                                    aWeight: old.weights[i],
                                    aTitle: UnsafeBufferPointer(rebasing: oldTitles[old.titleTerms.starts[i]..<old.titleTerms.starts[i + 1]]),
                                    bWeight: new.weights[j],
                                    bTitle: UnsafeBufferPointer(rebasing: newTitles[new.titleTerms.starts[j]..<new.titleTerms.starts[j + 1]]),
                                    shared: shared, weights: weights))
                            }
                            return out
                        }
                    }
                }
            }
        }
    }

    /// Similarity with a bonus for similar titles (a redraft may keep the title and rewrite the
    /// text): what weak pairs are ranked by.
    static func weakScore(_ s: SimilarityScore) -> Double {
        s.similarity + (s.titleSimilarity >= 0.5 ? 0.25 * s.titleSimilarity : 0)
    }

    /// The position of `pair` in the sorted `candidates`, if there.
    static func index(of pair: CandidatePair, in candidates: [CandidatePair]) -> Int? {
        var low = 0, high = candidates.count
        while low < high {
            let mid = (low + high) / 2
            if candidates[mid] < pair { low = mid + 1 } else { high = mid }
        }
        return low < candidates.count && candidates[low] == pair ? low : nil
    }

    /// `indices` ordered by `key` descending, ties by index ascending. Sorts (key, index)
    /// records rather than indices with a comparator that looks keys up (far fewer cache misses).
    static func rankedDescending(_ indices: [Int], by key: (Int) -> Double) -> [Int] {
        var records = indices.map { (key: key($0), index: $0) }
        records.sort { $0.key != $1.key ? $0.key > $1.key : $0.index < $1.index }
        return records.map(\.index)
    }

    /// The union of two sorted lists of distinct pairs, sorted, each pair once (a linear merge).
    static func mergeSortedUnique(_ a: [CandidatePair], _ b: [CandidatePair]) -> [CandidatePair] {
        var out: [CandidatePair] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                out.append(a[i]); i += 1
            } else if i == a.count || b[j] < a[i] {
                out.append(b[j]); j += 1
            } else {
                out.append(a[i]); i += 1; j += 1
            }
        }
        return out
    }

    /// The median of `values` (0 when empty).
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    /// Same-id pairs: the k-th old point with an id and the k-th new point with it (ids are
    /// unique in a valid plan; an invalid one may repeat them). In old-point order.
    static func sameIDPairs(_ old: [FlatPoint], _ new: [FlatPoint]) -> [CandidatePair] {
        var pairs: [CandidatePair] = []
        var newIndexByID: [String: Int32] = [:]
        newIndexByID.reserveCapacity(new.count)
        // Further new points with an id already seen (rare: only in invalid plans).
        var laterNewIndices: [String: [Int32]] = [:]
        for j in new.indices {
            let id = new[j].point.id
            if newIndexByID[id] == nil { newIndexByID[id] = Int32(j) }
            else { laterNewIndices[id, default: []].append(Int32(j)) }
        }
        var oldSeen = Set<String>()
        var oldRepeats: [String: Int] = [:]
        for i in old.indices {
            let id = old[i].point.id
            guard let first = newIndexByID[id] else { continue }
            if oldSeen.insert(id).inserted {
                pairs.append(CandidatePair(old: Int32(i), new: first))
            } else {
                let repeats = oldRepeats[id, default: 0]
                oldRepeats[id] = repeats + 1
                if let later = laterNewIndices[id], repeats < later.count {
                    pairs.append(CandidatePair(old: Int32(i), new: later[repeats]))
                }
            }
        }
        return pairs
    }

    /// Pairs of points with the same title words, when a title is shared by at most 4 points
    /// on each side (titles often survive a rewrite that leaves few words of the text).
    static func sameTitlePairs(_ old: ProfileTable, _ new: ProfileTable) -> [CandidatePair] {
        // Both versions' title tables, on two cores.
        let byTitle = ConcurrentMap.map([old, new]) { side -> [ArraySlice<Int32>: [Int32]] in
            var table: [ArraySlice<Int32>: [Int32]] = [:]
            for i in 0..<side.count {
                let title = side.titleTerms[i]
                if !title.isEmpty { table[title, default: []].append(Int32(i)) }
            }
            return table
        }
        let oldByTitle = byTitle[0], newByTitle = byTitle[1]
        var out: [CandidatePair] = []
        for (title, olds) in oldByTitle where olds.count <= 4 {
            guard let news = newByTitle[title], news.count <= 4 else { continue }
            for i in olds { for j in news { out.append(CandidatePair(old: i, new: j)) } }
        }
        return out
    }
}

extension PointProfile {
    /// The profile of several points taken together (a split's pieces, a merge's sources).
    static func union(_ profiles: [PointProfile], weights: [Double]) -> PointProfile {
        let terms = Array(Set(profiles.flatMap(\.terms))).sorted()
        var p = PointProfile(terms: terms, titleTerms: [])
        p.weight = terms.reduce(0) { $0 + weights[Int($1)] }
        return p
    }
}
