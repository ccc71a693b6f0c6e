/// The state of one point in one version.
public struct HistoryCell: Sendable, Hashable {
    /// The point's id and label in this version (empty for a `removed` cell).
    public var id: String?
    public var label: String?
    /// What happened since the previous version; empty in the first version the point exists.
    public var marks: [HistoryMark]
    /// e.g. "split from 12", "merged into 4", "merged with 5, 6".
    public var note: String?

    public init(id: String?, label: String?, marks: [HistoryMark], note: String? = nil) {
        self.id = id
        self.label = label
        self.marks = marks
        self.note = note
    }

    /// "6~→" style text: the label followed by the mark symbols (`=` after the first version when nothing changed).
    public var compact: String {
        let shown = marks.filter { $0 != .renumbered && $0 != .renamed }
        let symbols = shown.isEmpty && !marks.isEmpty ? HistoryMark.unchanged.symbol : shown.map(\.symbol).joined()
        return (label ?? "") + symbols
    }
}
