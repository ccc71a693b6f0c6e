/// How one area of either version fared: aligned to an area of the other version (possibly
/// renamed or retitled), added, or removed.
public struct AreaChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case unchanged, added, removed
        /// Id changed (aligned by title and by where its points went).
        case renamed
        case retitled
        /// Summary changed.
        case edited
    }

    /// Kinds in declaration order; `[.unchanged]` when aligned with nothing changed.
    public var kinds: [Kind]
    public var oldID: String?
    public var newID: String?
    public var oldTitle: String?
    public var newTitle: String?
    /// Number of points (including sub-points) listed in the area in each version.
    public var oldPointCount: Int
    public var newPointCount: Int

    public init(kinds: [Kind], oldID: String?, newID: String?, oldTitle: String?, newTitle: String?,
                oldPointCount: Int, newPointCount: Int) {
        self.kinds = kinds
        self.oldID = oldID
        self.newID = newID
        self.oldTitle = oldTitle
        self.newTitle = newTitle
        self.oldPointCount = oldPointCount
        self.newPointCount = newPointCount
    }

    public var isUnchanged: Bool { kinds == [.unchanged] }
}
