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
///    `weakMatchMargin` × the runner-up's similarity on both sides.
/// Ties are broken by document position, so the result is deterministic.
struct PointAligner {
    var options: PlanDiffOptions

    func align(old: [FlatPoint], new: [FlatPoint]) -> PointAlignment {
        let (oldProfiles, newProfiles, weights) = PointProfile.build(old: old, new: new)
        var statistics = DiffStatistics()

        // Same-id pairs.
        var newIndexByID: [String: Int] = [:]
        newIndexByID.reserveCapacity(new.count)
        for (j, p) in new.enumerated() where newIndexByID[p.point.id] == nil { newIndexByID[p.point.id] = j }
        var idPairs: [CandidatePair] = []
        if options.matchMode != .content {
            for (i, p) in old.enumerated() {
                if let j = newIndexByID[p.point.id] { idPairs.append(CandidatePair(old: Int32(i), new: Int32(j))) }
            }
        }

        var candidates: [CandidatePair]
        if options.matchMode == .id {
            candidates = idPairs
        } else {
            let generator = CandidateGenerator(keysPerPoint: options.keysPerPoint,
                                               candidatesPerPoint: options.candidatesPerPoint,
                                               maxPostings: options.maxPostings)
            candidates = generator.pairs(old: oldProfiles, new: newProfiles)
            if !idPairs.isEmpty {
                candidates.append(contentsOf: idPairs)
                candidates.sort()
                var unique: [CandidatePair] = []
                unique.reserveCapacity(candidates.count)
                for p in candidates where unique.last != p { unique.append(p) }
                candidates = unique
            }
        }
        statistics.candidatePairs = candidates.count
        let scores = candidates.map {
            SimilarityScore.between(oldProfiles[Int($0.old)], newProfiles[Int($0.new)], weights: weights)
        }
        statistics.similarityComputations = scores.count

        // Candidate indices per old point (candidates are sorted by old) and per new point.
        var byNew = [[Int]](repeating: [], count: new.count)
        for (c, p) in candidates.enumerated() { byNew[Int(p.new)].append(c) }
        var byOld = [[Int]](repeating: [], count: old.count)
        for (c, p) in candidates.enumerated() { byOld[Int(p.old)].append(c) }

        var oldPartners = [[Int]](repeating: [], count: old.count)
        var newPartners = [[Int]](repeating: [], count: new.count)
        var evidence = [PointChange.MatchEvidence?](repeating: nil, count: old.count)
        func pair(_ c: Int, _ e: PointChange.MatchEvidence) {
            let i = Int(candidates[c].old), j = Int(candidates[c].new)
            oldPartners[i].append(j)
            newPartners[j].append(i)
            if evidence[i] == nil { evidence[i] = e }
        }

        // Same ids.
        let idSet = Set(idPairs)
        if options.matchMode != .content {
            for (c, p) in candidates.enumerated() where idSet.contains(p) {
                let s = scores[c]
                let agrees = options.matchMode == .id || s.similarity >= options.idAgreement
                    || max(s.oldContained, s.newContained) >= 0.5
                if agrees { pair(c, .id) }
            }
        }

        if options.matchMode != .id {
            // Strong content pairs, best first.
            let order = candidates.indices.filter { scores[$0].similarity >= options.weakMatchThreshold }
                .sorted { a, b in
                    let sa = scores[a].similarity, sb = scores[b].similarity
                    if sa != sb { return sa > sb }
                    return candidates[a] < candidates[b]
                }
            for c in order where scores[c].similarity >= options.matchThreshold {
                let p = candidates[c]
                if oldPartners[Int(p.old)].isEmpty && newPartners[Int(p.new)].isEmpty { pair(c, .content) }
            }
            // Splits: an unpaired new point mostly contained in an old point.
            for j in new.indices where newPartners[j].isEmpty {
                var best: Int?
                for c in byNew[j] {
                    let i = Int(candidates[c].old)
                    guard scores[c].newContained >= options.containmentThreshold else { continue }
                    // The old point's current partners must be pieces too (each new partner
                    // fed by this old point only and itself mostly contained in it).
                    let piecesOK = oldPartners[i].allSatisfy { k in
                        newPartners[k] == [i] && (byNew[k].first { Int(candidates[$0].old) == i }
                            .map { scores[$0].newContained >= 0.5 } ?? false)
                    }
                    guard piecesOK else { continue }
                    if best == nil || scores[c].newContained > scores[best!].newContained { best = c }
                }
                if let c = best { pair(c, .content) }
            }
            // Merges: an unpaired old point mostly contained in a new point.
            for i in old.indices where oldPartners[i].isEmpty {
                var best: Int?
                for c in byOld[i] {
                    let j = Int(candidates[c].new)
                    guard scores[c].oldContained >= options.containmentThreshold else { continue }
                    let piecesOK = newPartners[j].allSatisfy { k in
                        oldPartners[k] == [j] && (byOld[k].first { Int(candidates[$0].new) == j }
                            .map { scores[$0].oldContained >= 0.5 } ?? false)
                    }
                    guard piecesOK else { continue }
                    if best == nil || scores[c].oldContained > scores[best!].oldContained { best = c }
                }
                if let c = best { pair(c, .content) }
            }
            // Weak pairs: mutual best among the still unpaired, clearly ahead of the runner-up.
            let margin = options.weakMatchMargin
            func clearBest(_ list: [Int], _ c: Int) -> Bool {
                let runnerUp = list.filter { $0 != c }.map { scores[$0].similarity }.max() ?? 0
                return scores[c].similarity >= margin * runnerUp
            }
            var changed = true
            while changed {
                changed = false
                for c in order {
                    let i = Int(candidates[c].old), j = Int(candidates[c].new)
                    guard oldPartners[i].isEmpty, newPartners[j].isEmpty else { continue }
                    let bestForOld = byOld[i].filter { newPartners[Int(candidates[$0].new)].isEmpty }
                        .max { better($1, than: $0, scores, candidates) }
                    let bestForNew = byNew[j].filter { oldPartners[Int(candidates[$0].old)].isEmpty }
                        .max { better($1, than: $0, scores, candidates) }
                    if bestForOld == c && bestForNew == c && clearBest(byOld[i], c) && clearBest(byNew[j], c) {
                        pair(c, .content)
                        changed = true
                    }
                }
            }
        }

        // Groups.
        var groups: [PointAlignment.Group] = []
        var newDone = [Bool](repeating: false, count: new.count)
        func score(_ i: Int, _ j: Int) -> SimilarityScore {
            if let c = byOld[i].first(where: { Int(candidates[$0].new) == j }) { return scores[c] }
            return SimilarityScore.between(oldProfiles[i], newProfiles[j], weights: weights)
        }
        for i in old.indices {
            let partners = oldPartners[i].sorted()
            if partners.isEmpty {
                groups.append(.init(old: [i], new: [], score: nil, evidence: nil))
            } else if partners.count > 1 {
                for j in partners { newDone[j] = true }
                let union = PointProfile.union(partners.map { newProfiles[$0] }, weights: weights)
                groups.append(.init(old: [i], new: partners,
                                    score: SimilarityScore.between(oldProfiles[i], union, weights: weights),
                                    evidence: evidence[i]))
            } else {
                let j = partners[0]
                guard !newDone[j] else { continue }
                newDone[j] = true
                let olds = newPartners[j].sorted()
                if olds.count > 1 {
                    let union = PointProfile.union(olds.map { oldProfiles[$0] }, weights: weights)
                    groups.append(.init(old: olds, new: [j],
                                        score: SimilarityScore.between(union, newProfiles[j], weights: weights),
                                        evidence: evidence[olds[0]]))
                } else {
                    groups.append(.init(old: [i], new: [j], score: score(i, j), evidence: evidence[i]))
                }
            }
        }
        for j in new.indices where !newDone[j] && newPartners[j].isEmpty {
            groups.append(.init(old: [], new: [j], score: nil, evidence: nil))
        }
        return PointAlignment(groups: groups, statistics: statistics)
    }

    /// Whether candidate `a` ranks above candidate `b` (higher similarity, then document order).
    private func better(_ a: Int, than b: Int, _ scores: [SimilarityScore], _ candidates: [CandidatePair]) -> Bool {
        let sa = scores[a].similarity, sb = scores[b].similarity
        if sa != sb { return sa > sb }
        return candidates[a] < candidates[b]
    }
}

extension PointProfile {
    /// The profile of several points taken together (a split's pieces, a merge's sources).
    static func union(_ profiles: [PointProfile], weights: [Double]) -> PointProfile {
        let terms = Array(Set(profiles.flatMap(\.terms))).sorted()
        var p = PointProfile(terms: terms, titleTerms: [], keys: [])
        p.weight = terms.reduce(0) { $0 + weights[Int($1)] }
        return p
    }
}
