/// Renders a `PlanHistory` as a Markdown table (text escaped with `Escaping.markdown`).
public struct HistoryMarkdownRenderer: Sendable {
    public init() {}

    public func render(_ history: PlanHistory) -> String {
        let md = Escaping.markdown
        var out = "## History of \(md(history.versions.last?.title ?? "plan"))\n\n"
        out += "| Point | " + history.versions.map { md($0.displayName) }.joined(separator: " | ") + " |\n"
        out += "|---|" + String(repeating: "---|", count: history.versions.count) + "\n"
        for row in history.rows {
            let cells = row.cells.map { cell -> String in
                guard let cell else { return "" }
                var s = md(cell.compact)
                if let note = cell.note { s += " (" + md(note) + ")" }
                return s
            }
            out += "| \(md(row.caption)) | " + cells.joined(separator: " | ") + " |\n"
        }
        out += "\nMarks: " + md(HistoryMark.legend) + ".\n"
        return out
    }
}
