/// Counts of a diff: point totals and how many changes have each kind (a change with several
/// kinds counts under each; a split counts once, as do a merge and each added/removed point).
public struct PlanDiffSummary: Sendable, Hashable {
    public var oldPointCount: Int
    public var newPointCount: Int
    /// Changes per kind, for every kind (zero included).
    public var counts: [PointChangeKind: Int]
    public var metadataChangeCount: Int
    public var areaChangeCount: Int

    public init(oldPointCount: Int, newPointCount: Int, counts: [PointChangeKind: Int],
                metadataChangeCount: Int, areaChangeCount: Int) {
        self.oldPointCount = oldPointCount
        self.newPointCount = newPointCount
        self.counts = counts
        self.metadataChangeCount = metadataChangeCount
        self.areaChangeCount = areaChangeCount
    }

    public func count(_ kind: PointChangeKind) -> Int { counts[kind] ?? 0 }

    /// "28 → 20 points: 9 unchanged, 7 reworded, 2 merged, 6 removed, 1 added" (kinds with a
    /// zero count are left out; metadata and area changes are appended when present).
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
        let head = "\(oldPointCount) → \(newPointCount) points"
        return parts.isEmpty ? head : head + ": " + parts.joined(separator: ", ")
    }
}
