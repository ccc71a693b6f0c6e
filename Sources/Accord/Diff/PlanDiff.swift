/// Compares two versions of a plan the way a careful reader would: points are aligned by id
/// and by wording (surviving renumbering, rewording, moves, splits and merges), then every
/// difference in points, areas and plan metadata is classified.
///
/// The result is deterministic: the same inputs always give the same report.
public enum PlanDiff {
    /// Diffs `old` against `new`.
    public static func compare(_ old: Plan, _ new: Plan, options: PlanDiffOptions = PlanDiffOptions()) -> PlanDiffReport {
        let flat = ConcurrentMap.map([old, new]) { $0.allPoints }
        return compare(old, new, oldFlat: flat[0], newFlat: flat[1], options: options)
    }

    /// Diffs `old` against `new` given their flattened points (`old.allPoints` and
    /// `new.allPoints`, e.g. `DocumentCheck.flatPoints`), so they are not flattened again.
    public static func compare(_ old: Plan, _ new: Plan, oldFlat: [FlatPoint], newFlat: [FlatPoint],
                               options: PlanDiffOptions = PlanDiffOptions()) -> PlanDiffReport {
        // What does not depend on the alignment is gathered on a thread of its own meanwhile,
        // filling the gaps where the alignment uses one core.
        let factsWork = BackgroundWork(inline: oldFlat.count + newFlat.count < WorkSize.worthAThread) {
            ConcurrentMap.map([oldFlat, newFlat]) { VersionFacts($0) }
        }
        let alignment = PointAligner(options: options).align(old: oldFlat, new: newFlat)
        let facts = factsWork.wait()
        let oldFacts = facts[0], newFacts = facts[1]
        let oldSnap = oldFacts.snapshots, newSnap = newFacts.snapshots

        // Areas, aligned using where the points went (votes counted by area index).
        var voteCounts: [AreaPairIndex: Int] = [:]
        for g in alignment.groups {
            for i in g.old {
                let a = Int(oldFacts.areaIndex[i])
                guard a >= 0 else { continue }
                for j in g.new {
                    let b = Int(newFacts.areaIndex[j])
                    if b >= 0 { voteCounts[AreaPairIndex(old: a, new: b), default: 0] += 1 }
                }
            }
        }
        var votes: [AreaPairKey: Int] = [:]
        for (pair, n) in voteCounts {
            votes[AreaPairKey(old: oldFacts.areaIDs[pair.old], new: newFacts.areaIDs[pair.new])] = n
        }
        let areaMap = AreaAligner().align(old: old.areas, new: new.areas, votes: votes)
        var newAreaForOld: [String: String] = [:]
        for (i, j) in areaMap { newAreaForOld[old.areas[i].id] = new.areas[j].id }
        let areaChanges = areaChangeList(old: old, new: new, areaMap: areaMap,
                                         oldCounts: oldFacts.pointsPerArea, newCounts: newFacts.pointsPerArea)

        // Where each old point id went (for refs and parents): only the ids that old points
        // refer to (refs and parents) are ever looked up.
        var newIDsForOldID: [String: [String]] = [:]
        for g in alignment.groups {
            for i in g.old where oldFacts.referencedIDs.contains(oldSnap[i].id) {
                newIDsForOldID[oldSnap[i].id, default: []].append(contentsOf: g.new.map { newSnap[$0].id })
            }
        }

        let builder = PointChangeBuilder(
            oldFlat: oldFlat, newFlat: newFlat, oldSnap: oldSnap, newSnap: newSnap,
            newAreaForOld: newAreaForOld, newIDsForOldID: newIDsForOldID,
            wordDiff: WordDiff(maxEdits: options.maxWordDiffEdits),
            oldIndexByID: oldFacts.indexByID, newIndexByID: newFacts.indexByID)
        let groups = alignment.groups
        var changes = ConcurrentMap.mapIndices(groups.count, minimumChunk: 512) { builder.change(groups[$0]) }

        let ordered = ReportOrdering.order(changes: &changes, old: old, new: new, oldSnap: oldSnap,
                                           groups: alignment.groups, newAreaForOld: newAreaForOld)
        let metadata = MetadataDiff.changes(old, new)

        var countByRank = [Int](repeating: 0, count: PointChangeKind.allCases.count)
        for c in changes.indices {
            let kinds = changes[c].kinds
            if kinds.contains(.added) { countByRank[PointChangeKind.added.rank] += changes[c].new.count; continue }
            if kinds.contains(.removed) { countByRank[PointChangeKind.removed.rank] += changes[c].old.count; continue }
            for k in kinds { countByRank[k.rank] += 1 }
        }
        var counts: [PointChangeKind: Int] = [:]
        for kind in PointChangeKind.allCases { counts[kind] = countByRank[kind.rank] }
        let summary = PlanDiffSummary(
            oldPointCount: oldFlat.count, newPointCount: newFlat.count,
            oldTopLevelCount: old.points.count, newTopLevelCount: new.points.count, counts: counts,
            metadataChangeCount: metadata.count,
            areaChangeCount: areaChanges.filter { !$0.isUnchanged }.count)
        return PlanDiffReport(
            oldPlan: .init(old), newPlan: .init(new), summary: summary, changes: changes,
            metadata: metadata, areas: areaChanges, sections: ordered, statistics: alignment.statistics,
            options: options)
    }

    private static func areaChangeList(old: Plan, new: Plan, areaMap: [Int: Int],
                                       oldCounts: [String: Int], newCounts: [String: Int]) -> [AreaChange] {
        var oldForNew: [Int: Int] = [:]
        for (i, j) in areaMap { oldForNew[j] = i }
        var out: [AreaChange] = []
        for (j, b) in new.areas.enumerated() {
            if let i = oldForNew[j] {
                let a = old.areas[i]
                var kinds: [AreaChange.Kind] = []
                if a.id != b.id { kinds.append(.renamed) }
                if a.title != b.title { kinds.append(.retitled) }
                if (a.summary ?? "") != (b.summary ?? "") { kinds.append(.edited) }
                out.append(AreaChange(kinds: kinds.isEmpty ? [.unchanged] : kinds, oldID: a.id, newID: b.id,
                                      oldTitle: a.title, newTitle: b.title,
                                      oldPointCount: oldCounts[a.id] ?? 0, newPointCount: newCounts[b.id] ?? 0))
            } else {
                out.append(AreaChange(kinds: [.added], oldID: nil, newID: b.id, oldTitle: nil, newTitle: b.title,
                                      oldPointCount: 0, newPointCount: newCounts[b.id] ?? 0))
            }
        }
        for (i, a) in old.areas.enumerated() where areaMap[i] == nil {
            out.append(AreaChange(kinds: [.removed], oldID: a.id, newID: nil, oldTitle: a.title, newTitle: nil,
                                  oldPointCount: oldCounts[a.id] ?? 0, newPointCount: 0))
        }
        return out
    }
}
