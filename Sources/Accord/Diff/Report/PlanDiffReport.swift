/// Everything `accord diff` reports about two versions of a plan. Build one with
/// `PlanDiff.compare(_:_:options:)`; render it with `render(format:style:)`.
public struct PlanDiffReport: Sendable {
    /// Identification of the two versions (id, title, version label, date).
    public var oldPlan: PlanHeader
    public var newPlan: PlanHeader
    public var summary: PlanDiffSummary
    /// Every aligned group, unchanged ones included, grouped by `sections` order.
    public var changes: [PointChange]
    /// Changes of plan-level fields: id, title, version, date, status, summary, notes, parties, sources.
    public var metadata: [FieldChange]
    /// Every area of either version, aligned (new order, then removed old areas).
    public var areas: [AreaChange]
    /// The listing order: one section per new area, then points without area, then removed old areas.
    public var sections: [DiffSection]
    public var statistics: DiffStatistics
    public var options: PlanDiffOptions

    /// False only when the versions agree in every respect the diff looks at.
    public var hasDifferences: Bool {
        !metadata.isEmpty || areas.contains { !$0.isUnchanged } || changes.contains { !$0.isUnchanged }
    }

    /// Identification of one version in a report.
    public struct PlanHeader: Sendable, Hashable {
        public var id: String
        public var title: String
        public var version: String?
        public var date: String?
        public init(_ plan: Plan) {
            id = plan.id
            title = plan.title
            version = plan.version
            date = plan.date
        }
        /// "version (date)" or the title when neither is set.
        public var displayName: String {
            switch (version, date) {
            case let (v?, d?): return v.contains(d) ? v : "\(v) (\(d))"
            case let (v?, nil): return v
            case let (nil, d?): return d
            default: return title
            }
        }
    }
}

/// A group of changes listed under one area.
public struct DiffSection: Sendable, Hashable {
    /// The area's id (new id; old id for a removed area), nil for points without area.
    public var areaID: String?
    /// The area's title (new title; old title for a removed area).
    public var title: String?
    /// The area no longer exists in the new version.
    public var isRemovedArea: Bool
    /// Indices into `PlanDiffReport.changes`.
    public var changeIndices: [Int]

    public init(areaID: String?, title: String?, isRemovedArea: Bool, changeIndices: [Int]) {
        self.areaID = areaID
        self.title = title
        self.isRemovedArea = isRemovedArea
        self.changeIndices = changeIndices
    }
}
