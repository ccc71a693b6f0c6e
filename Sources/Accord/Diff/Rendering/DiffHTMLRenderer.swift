/// Renders a diff report as a standalone redline page: deletions struck (`<del>`), insertions
/// highlighted (`<ins>`), side notes for moves, splits, merges and renumbering. Inline CSS,
/// no scripts, no external resources; all document text goes through `Escaping.html`.
public struct DiffHTMLRenderer: Sendable {
    public var showUnchanged: Bool
    public init(showUnchanged: Bool = true) { self.showUnchanged = showUnchanged }

    static let css = """
    body{font:16px/1.5 Georgia,serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
    h1{font-size:1.4em}h2{font-size:1.15em;border-bottom:1px solid #ccc;margin-top:2em}
    .summary{font-weight:bold}.point{display:flex;gap:1em;margin:.6em 0}
    .num{min-width:5em;color:#555;font-family:sans-serif;font-size:.85em}
    .text{flex:1}.note{width:14em;font:.8em/1.4 sans-serif;color:#555;border-left:3px solid #ddd;padding-left:.5em}
    del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}
    .removed .text{text-decoration:line-through;color:#900}.added .text{background:#dfd}
    .unchanged{color:#666}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
    """

    public func render(_ report: PlanDiffReport) -> String {
        let h = Escaping.html
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>\(h(report.oldPlan.displayName)) → \(h(report.newPlan.displayName))</title>\n"
        out += "<style>\n\(DiffHTMLRenderer.css)\n</style>\n</head>\n<body>\n"
        out += "<h1>\(h(report.newPlan.title))</h1>\n"
        out += "<p>Changes from <b>\(h(report.oldPlan.displayName))</b> to <b>\(h(report.newPlan.displayName))</b></p>\n"
        out += "<p class=\"summary\">\(h(report.summary.line))</p>\n"
        if !report.metadata.isEmpty {
            out += "<h2>Plan metadata</h2>\n<table>\n<tr><th>Field</th><th>Old</th><th>New</th></tr>\n"
            for f in report.metadata {
                out += "<tr><td>\(h(f.field))</td><td><del>\(h(f.old ?? ""))</del></td><td><ins>\(h(f.new ?? ""))</ins></td></tr>\n"
            }
            out += "</table>\n"
        }
        let areaChanges = report.areas.filter { !$0.isUnchanged }
        if !areaChanges.isEmpty {
            out += "<h2>Areas</h2>\n<ul>\n"
            for a in areaChanges {
                let old = a.oldID.map { "\(h(a.oldTitle ?? "")) (\(h($0)))" } ?? "—"
                let new = a.newID.map { "\(h(a.newTitle ?? "")) (\(h($0)))" } ?? "—"
                out += "<li>\(a.kinds.map(\.rawValue).joined(separator: ", ")): \(old) → \(new)</li>\n"
            }
            out += "</ul>\n"
        }
        for section in report.sections {
            let changes = section.changeIndices.map { report.changes[$0] }.filter { showUnchanged || !$0.isUnchanged }
            if changes.isEmpty { continue }
            var heading = section.title.map(h) ?? "Points without area"
            if section.isRemovedArea { heading += " <small>(area removed)</small>" }
            out += "<h2>\(heading)</h2>\n"
            for c in changes { out += point(c) }
        }
        out += "</body>\n</html>\n"
        return out
    }

    private func point(_ c: PointChange) -> String {
        let h = Escaping.html
        let cls = c.kinds.map(\.rawValue).joined(separator: " ")
        let number = (c.new.isEmpty ? c.old : c.new).map { h($0.label) }.joined(separator: ", ")
        var text: String
        if c.kinds.contains(.added) {
            text = c.new.map { h($0.text) }.joined(separator: " ")
        } else if c.kinds.contains(.removed) {
            text = c.old.map { h($0.text) }.joined(separator: " ")
        } else if !c.textDiff.isEmpty {
            text = c.textDiff.map { s -> String in
                switch s.operation {
                case .equal: return h(s.text)
                case .delete: return "<del>\(h(s.text))</del>"
                case .insert: return "<ins>\(h(s.text))</ins>"
                }
            }.joined()
        } else {
            text = h(c.new.first?.text ?? "")
        }
        if let title = (c.new.first ?? c.old.first)?.title { text = "<b>\(h(title))</b> " + text }
        var notes: [String] = []
        let oldNums = c.old.map { "\(h($0.label)) (\(h($0.id)))" }.joined(separator: ", ")
        let newNums = c.new.map { "\(h($0.label)) (\(h($0.id)))" }.joined(separator: ", ")
        for kind in c.kinds {
            switch kind {
            case .unchanged: break
            case .added: notes.append("Added.")
            case .removed: notes.append("Removed.")
            case .split: notes.append("Split: \(oldNums) became \(newNums).")
            case .merged: notes.append("Merged: \(oldNums) became \(newNums).")
            case .renumbered: notes.append("Renumbered: was \(oldNums).")
            case .moved, .retitled, .edited, .reworded, .renamed: break
            }
        }
        for f in c.fieldChanges {
            notes.append("\(h(f.field)): \(h(f.old ?? "—")) → \(h(f.new ?? "—"))")
        }
        var out = "<div class=\"point \(cls)\"><div class=\"num\">\(number)</div><div class=\"text\">\(text)</div>"
        if !notes.isEmpty { out += "<aside class=\"note\">\(notes.joined(separator: "<br>"))</aside>" }
        return out + "</div>\n"
    }
}
