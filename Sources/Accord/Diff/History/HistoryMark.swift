/// How a point changed on entering a version, as shown in a history cell.
public enum HistoryMark: String, Sendable, Hashable, CaseIterable {
    case unchanged, reworded, retitled, renumbered, renamed, moved, edited, split, merged, added, removed

    /// The one-character symbol used in text, Markdown and HTML tables.
    public var symbol: String {
        switch self {
        case .unchanged: return "="
        case .reworded: return "~"
        case .retitled: return "t"
        case .renumbered: return "#"
        case .renamed: return "@"
        case .moved: return "→"
        case .edited: return "*"
        case .split: return "⑂"
        case .merged: return "⊕"
        case .added: return "+"
        case .removed: return "−"
        }
    }

    init(_ kind: PointChangeKind) {
        switch kind {
        case .unchanged: self = .unchanged
        case .reworded: self = .reworded
        case .retitled: self = .retitled
        case .renumbered: self = .renumbered
        case .renamed: self = .renamed
        case .moved: self = .moved
        case .edited: self = .edited
        case .split: self = .split
        case .merged: self = .merged
        case .added: self = .added
        case .removed: self = .removed
        }
    }

    /// "= unchanged, ~ reworded, …" for table legends.
    public static var legend: String {
        allCases.filter { $0 != .renumbered && $0 != .renamed }.map { "\($0.symbol) \($0.rawValue)" }
            .joined(separator: ", ")
    }
}
