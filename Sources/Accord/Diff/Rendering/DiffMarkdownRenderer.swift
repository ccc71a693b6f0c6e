/// Renders a diff report as Markdown (a pull-request comment or an article): the summary, plan
/// metadata and area changes, then a table per area with ~~deleted~~ and **inserted** words.
/// All document text goes through `Escaping.markdown`.
public struct DiffMarkdownRenderer: Sendable {
    /// Also list unchanged points.
    public var showUnchanged: Bool
    public init(showUnchanged: Bool = false) { self.showUnchanged = showUnchanged }

    public func render(_ report: PlanDiffReport) -> String {
        let md = Escaping.markdown
        var out = "## Changes: \(md(report.oldPlan.displayName)) → \(md(report.newPlan.displayName))\n\n"
        out += "**\(md(report.summary.line))**\n"
        if !report.hasDifferences { return out + "\nNo differences.\n" }
        if !report.metadata.isEmpty {
            out += "\n### Plan metadata\n\n| Field | Old | New |\n|---|---|---|\n"
            for f in report.metadata { out += "| \(md(f.field)) | \(cell(f.old)) | \(cell(f.new)) |\n" }
        }
        let areaChanges = report.areas.filter { !$0.isUnchanged }
        if !areaChanges.isEmpty {
            out += "\n### Areas\n\n| Change | Old | New |\n|---|---|---|\n"
            for a in areaChanges {
                let old = a.oldID.map { "\(md(a.oldTitle ?? "")) (\(md($0)))" } ?? "—"
                let new = a.newID.map { "\(md(a.newTitle ?? "")) (\(md($0)))" } ?? "—"
                out += "| \(a.kinds.map(\.rawValue).joined(separator: ", ")) | \(old) | \(new) |\n"
            }
        }
        for section in report.sections {
            let changes = section.changeIndices.map { report.changes[$0] }.filter { showUnchanged || !$0.isUnchanged }
            if changes.isEmpty { continue }
            var heading = section.title.map(md) ?? "Points without area"
            if section.isRemovedArea { heading += " (area removed)" }
            out += "\n### \(heading)\n\n| Change | Old | New | Wording |\n|---|---|---|---|\n"
            for c in changes {
                let kinds = c.kinds.map(\.rawValue).joined(separator: ", ")
                let old = c.old.map { "\(md($0.label)) (\(md($0.id)))" }.joined(separator: ", ")
                let new = c.new.map { "\(md($0.label)) (\(md($0.id)))" }.joined(separator: ", ")
                var wording: String
                if c.kinds.contains(.added) {
                    wording = c.new.map { "**\(md($0.text).trimmingSpaces)**" }.joined(separator: " ")
                } else if c.kinds.contains(.removed) {
                    wording = c.old.map { "~~\(md($0.text).trimmingSpaces)~~" }.joined(separator: " ")
                } else if !c.textDiff.isEmpty {
                    wording = inlineDiff(c.textDiff)
                } else {
                    wording = md(c.new.first?.text ?? "")
                }
                let notes = c.fieldChanges.map { "\(md($0.field)): \(md($0.old ?? "—")) → \(md($0.new ?? "—"))" }
                if !notes.isEmpty { wording += "<br>" + notes.joined(separator: "<br>") }
                out += "| \(kinds) | \(old.isEmpty ? "—" : old) | \(new.isEmpty ? "—" : new) | \(wording) |\n"
            }
        }
        return out
    }

    /// `~~deleted~~` and `**inserted**` runs; markers hug the words (spaces stay outside).
    public func inlineDiff(_ segments: [TextDiffSegment]) -> String {
        var out = ""
        for s in segments {
            let text = Escaping.markdown(s.text)
            switch s.operation {
            case .equal: out += text
            case .delete: out += DiffMarkdownRenderer.wrap(text, "~~")
            case .insert: out += DiffMarkdownRenderer.wrap(text, "**")
            }
        }
        return out
    }

    static func wrap(_ text: String, _ marker: String) -> String {
        let core = text.trimmingSpaces
        if core.isEmpty { return text }
        let leading = String(text.prefix { $0 == " " })
        let trailing = String(text.reversed().prefix { $0 == " " })
        return leading + marker + core + marker + trailing
    }

    private func cell(_ s: String?) -> String { s.map(Escaping.markdown) ?? "—" }
}

extension String {
    /// Without leading and trailing spaces.
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
