/// What happened to a point between two versions. Several kinds may apply to one change
/// (e.g. `reworded` + `renumbered` + `moved`).
public enum PointChangeKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Same wording, number, area and attributes.
    case unchanged
    /// The text changed (see the change's inline word diff).
    case reworded
    /// The point's title changed.
    case retitled
    /// The point's number (label) changed.
    case renumbered
    /// The point's id changed (typical of a redraft by another party).
    case renamed
    /// The point now belongs to another area (one not aligned with its old area) or another parent point.
    case moved
    /// Other attributes changed: topics, refs, status, wording, note, party positions.
    case edited
    /// One old point became several new points.
    case split
    /// Several old points became one new point.
    case merged
    /// A new point with no counterpart in the old version.
    case added
    /// An old point with no counterpart in the new version.
    case removed

    /// Order in which kinds are listed.
    var rank: Int {
        switch self {
        case .unchanged: 0
        case .reworded: 1
        case .retitled: 2
        case .renumbered: 3
        case .renamed: 4
        case .moved: 5
        case .edited: 6
        case .split: 7
        case .merged: 8
        case .added: 9
        case .removed: 10
        }
    }
    public static func < (a: PointChangeKind, b: PointChangeKind) -> Bool { a.rank < b.rank }
}
