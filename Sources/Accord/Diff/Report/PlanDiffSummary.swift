/// Counts of a diff: point totals and how many changes have each kind (a change with several
/// kinds counts under each; a split counts once, as do a merge and each added/removed point).
public struct PlanDiffSummary: Sendable, Hashable {
    /// All points of the old version, sub-points included.
    public var oldPointCount: Int
    /// All points of the new version, sub-points included.
    public var newPointCount: Int
    /// Top-level points of the old version (what a reader calls "the 28 points").
    public var oldTopLevelCount: Int
    /// Top-level points of the new version.
    public var newTopLevelCount: Int
    /// Changes per kind, for every kind (zero included).
    public var counts: [PointChangeKind: Int]
    public var metadataChangeCount: Int
    public var areaChangeCount: Int

    public init(oldPointCount: Int, newPointCount: Int, oldTopLevelCount: Int? = nil, newTopLevelCount: Int? = nil,
                counts: [PointChangeKind: Int], metadataChangeCount: Int, areaChangeCount: Int) {
        self.oldPointCount = oldPointCount
        self.newPointCount = newPointCount
        self.oldTopLevelCount = oldTopLevelCount ?? oldPointCount
        self.newTopLevelCount = newTopLevelCount ?? newPointCount
        self.counts = counts
        self.metadataChangeCount = metadataChangeCount
        self.areaChangeCount = areaChangeCount
    }

    public func count(_ kind: PointChangeKind) -> Int { counts[kind] ?? 0 }

    /// "28 → 20 points: 9 unchanged, 7 reworded, 2 merged, 6 removed, 1 added" (kinds with a
    /// zero count are left out; metadata and area changes are appended when present). Point
    /// totals are top-level points; when there are sub-points, the totals with them follow
    /// ("28 → 20 points (52 → 23 with sub-points): …"), and the kind counts include them.
    public var line: String {
        var parts: [String] = []
        for kind in PointChangeKind.allCases where count(kind) > 0 {
            parts.append("\(count(kind)) \(kind.rawValue)")
        }
        if metadataChangeCount > 0 {
            parts.append("\(metadataChangeCount) metadata change\(metadataChangeCount == 1 ? "" : "s")")
        }
        if areaChangeCount > 0 {
            parts.append("\(areaChangeCount) area change\(areaChangeCount == 1 ? "" : "s")")
        }
        var head = "\(oldTopLevelCount) → \(newTopLevelCount) points"
        if oldTopLevelCount != oldPointCount || newTopLevelCount != newPointCount {
            head += " (\(oldPointCount) → \(newPointCount) with sub-points)"
        }
        return parts.isEmpty ? head : head + ": " + parts.joined(separator: ", ")
    }
}
