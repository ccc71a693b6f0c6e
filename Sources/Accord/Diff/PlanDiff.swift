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
        let flat = [oldFlat, newFlat]
        let alignment = PointAligner(options: options).align(old: oldFlat, new: newFlat)
        let snapshots = ConcurrentMap.map(flat) { side in side.indices.map { PointSnapshot(side[$0], index: $0) } }
        let oldSnap = snapshots[0], newSnap = snapshots[1]

        // Areas, aligned using where the points went.
        var votes: [AreaPairKey: Int] = [:]
        for g in alignment.groups {
            for i in g.old {
                guard let a = oldSnap[i].areaID else { continue }
                for j in g.new { if let b = newSnap[j].areaID { votes[AreaPairKey(old: a, new: b), default: 0] += 1 } }
            }
        }
        let areaMap = AreaAligner().align(old: old.areas, new: new.areas, votes: votes)
        var newAreaForOld: [String: String] = [:]
        for (i, j) in areaMap { newAreaForOld[old.areas[i].id] = new.areas[j].id }
        let areaChanges = areaChangeList(old: old, new: new, areaMap: areaMap, oldSnap: oldSnap, newSnap: newSnap)

        // Where each old point id went (for refs and parents).
        // Only the ids that old points refer to (refs and parents) are ever looked up.
        var referenced = Set<String>()
        for i in oldFlat.indices {
            referenced.formUnion(oldFlat[i].point.refs)
            if let parent = oldFlat[i].parentID { referenced.insert(parent) }
        }
        var newIDsForOldID: [String: [String]] = [:]
        for g in alignment.groups {
            for i in g.old where referenced.contains(oldSnap[i].id) {
                newIDsForOldID[oldSnap[i].id, default: []].append(contentsOf: g.new.map { newSnap[$0].id })
            }
        }

        let indexByID = ConcurrentMap.map(snapshots) { firstIndexByID($0) }
        let builder = PointChangeBuilder(
            oldFlat: oldFlat, newFlat: newFlat, oldSnap: oldSnap, newSnap: newSnap,
            newAreaForOld: newAreaForOld, newIDsForOldID: newIDsForOldID,
            wordDiff: WordDiff(maxEdits: options.maxWordDiffEdits),
            oldIndexByID: indexByID[0], newIndexByID: indexByID[1])
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

    private static func firstIndexByID(_ points: [PointSnapshot]) -> [String: Int] {
        var out: [String: Int] = [:]
        out.reserveCapacity(points.count)
        for p in points where out[p.id] == nil { out[p.id] = p.index }
        return out
    }

    private static func areaChangeList(old: Plan, new: Plan, areaMap: [Int: Int],
                                       oldSnap: [PointSnapshot], newSnap: [PointSnapshot]) -> [AreaChange] {
        var oldCounts: [String: Int] = [:]
        for p in oldSnap { if let a = p.areaID { oldCounts[a, default: 0] += 1 } }
        var newCounts: [String: Int] = [:]
        for p in newSnap { if let a = p.areaID { newCounts[a, default: 0] += 1 } }
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
