/// Renders a `PlanHistory` as a text table (rows = points, columns = versions; each cell the
/// point's number and change marks), escaped with `Escaping.terminal` and coloured when asked.
public struct HistoryTextRenderer: Sendable {
    public var style: TerminalStyle
    public init(style: TerminalStyle = .plain) { self.style = style }

    public func render(_ history: PlanHistory) -> String {
        let e = { (s: String) in Escaping.terminal(s) }
        var header = ["Point"] + history.versions.map { e($0.displayName) }
        header = header.map { HistoryTextRenderer.truncate($0, 24) }
        var table: [[String]] = []
        for row in history.rows {
            var line = [HistoryTextRenderer.truncate(e(row.caption), 40)]
            for cell in row.cells { line.append(cell.map { HistoryTextRenderer.truncate(e($0.compact), 24) } ?? "") }
            table.append(line)
        }
        var widths = header.map(\.count)
        for line in table { for (i, c) in line.enumerated() { widths[i] = max(widths[i], c.count) } }
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
        var out = style.bold(header.enumerated().map { pad($1, widths[$0]) }.joined(separator: "  ")) + "\n"
        for (r, line) in table.enumerated() {
            var parts: [String] = []
            for (i, c) in line.enumerated() {
                let padded = pad(c, widths[i])
                if i == 0 { parts.append(padded); continue }
                parts.append(color(history.rows[r].cells[i - 1], padded))
            }
            out += parts.joined(separator: "  ") + "\n"
        }
        out += style.dim("Marks: " + HistoryMark.legend + " (numbers show renumbering)") + "\n"
        return out
    }

    private func color(_ cell: HistoryCell?, _ text: String) -> String {
        guard let cell else { return text }
        if cell.marks.contains(.added) { return style.color(text, .green) }
        if cell.marks.contains(.removed) { return style.color(text, .red) }
        if cell.marks.contains(.split) || cell.marks.contains(.merged) { return style.color(text, .magenta) }
        if cell.marks.contains(where: { $0 != .unchanged && $0 != .renumbered }) { return style.color(text, .yellow) }
        return text
    }

    static func truncate(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }
}
