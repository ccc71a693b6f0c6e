/// One point's life across versions: a chain of aligned points, one cell per version.
public struct HistoryRow: Sendable, Hashable {
    /// One cell per version; nil where the point does not exist (before it appears or after it
    /// was removed or merged away).
    public var cells: [HistoryCell?]
    /// A short label for the row: the title (or the start of the text) in the latest version present.
    public var caption: String

    public init(cells: [HistoryCell?], caption: String) {
        self.cells = cells
        self.caption = caption
    }
}
