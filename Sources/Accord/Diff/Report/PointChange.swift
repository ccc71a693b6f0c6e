/// One aligned group of points and what happened to it: a 1:1 pair, a split (1 → n), a merge
/// (n → 1), an added point (0 → 1) or a removed point (1 → 0).
public struct PointChange: Sendable, Hashable {
    /// Kinds in a fixed order (see `PointChangeKind`); `[.unchanged]` when nothing changed.
    public var kinds: [PointChangeKind]
    /// The old points (empty when added), in old document order.
    public var old: [PointSnapshot]
    /// The new points (empty when removed), in new document order.
    public var new: [PointSnapshot]
    /// Weighted word similarity of the old and new wording (nil for added/removed).
    public var similarity: Double?
    /// How the pairing was made: `id`, `content` or nil for added/removed points.
    public var matchedBy: MatchEvidence?
    /// Inline word diff of the old text(s) against the new text(s), when the wording changed.
    public var textDiff: [TextDiffSegment]
    /// Changes of the point's other fields (title, id, topics, refs, status, wording, note, positions, area, parent).
    public var fieldChanges: [FieldChange]
    /// The area this change is listed under (a new area id, or an old one for removed areas).
    public var sectionAreaID: String?

    public enum MatchEvidence: String, Sendable, Hashable {
        /// Same id, confirmed by content (or trusted, in `--match id` mode).
        case id
        /// Wording similarity.
        case content
    }

    public init(kinds: [PointChangeKind], old: [PointSnapshot], new: [PointSnapshot], similarity: Double?,
                matchedBy: MatchEvidence?, textDiff: [TextDiffSegment] = [], fieldChanges: [FieldChange] = [],
                sectionAreaID: String? = nil) {
        self.kinds = kinds
        self.old = old
        self.new = new
        self.similarity = similarity
        self.matchedBy = matchedBy
        self.textDiff = textDiff
        self.fieldChanges = fieldChanges
        self.sectionAreaID = sectionAreaID
    }

    public var isUnchanged: Bool { kinds == [.unchanged] }
}
