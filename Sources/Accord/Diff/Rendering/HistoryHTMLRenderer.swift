/// Renders a `PlanHistory` as a standalone HTML page (inline CSS, no scripts; text escaped).
public struct HistoryHTMLRenderer: Sendable {
    public init() {}

    public func render(_ history: PlanHistory) -> String {
        let h = Escaping.html
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>History of \(h(history.versions.last?.title ?? "plan"))</title>\n<style>\n"
        out += "body{font:15px/1.4 sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}"
        out += ".added{background:#dfd}.removed{background:#fdd}.changed{background:#ffd}.split,.merged{background:#eef}small{color:#666}\n"
        out += "</style>\n</head>\n<body>\n<h1>History of \(h(history.versions.last?.title ?? "plan"))</h1>\n<table>\n<tr><th>Point</th>"
        for v in history.versions { out += "<th>\(h(v.displayName))</th>" }
        out += "</tr>\n"
        for row in history.rows {
            out += "<tr><td>\(h(row.caption))</td>"
            for cell in row.cells {
                guard let cell else { out += "<td></td>"; continue }
                let cls: String
                if cell.marks.contains(.added) { cls = "added" }
                else if cell.marks.contains(.removed) { cls = "removed" }
                else if cell.marks.contains(.split) { cls = "split" }
                else if cell.marks.contains(.merged) { cls = "merged" }
                else if cell.marks.contains(where: { $0 != .unchanged && $0 != .renumbered }) { cls = "changed" }
                else { cls = "same" }
                let title = cell.marks.map(\.rawValue).joined(separator: ", ")
                out += "<td class=\"\(cls)\" title=\"\(h(title))\">\(h(cell.compact))"
                if let note = cell.note { out += "<br><small>\(h(note))</small>" }
                out += "</td>"
            }
            out += "</tr>\n"
        }
        out += "</table>\n<p><small>Marks: \(h(HistoryMark.legend))</small></p>\n</body>\n</html>\n"
        return out
    }
}
