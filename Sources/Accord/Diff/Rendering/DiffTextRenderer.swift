/// Renders a diff report for a terminal: a one-line summary, metadata and area changes, then
/// each changed point per area with its numbers, ids and (for rewording) the inline word diff —
/// `[-old-]{+new+}` when plain, red strike-through / green underline when coloured.
/// All document text goes through `Escaping.terminal`.
public struct DiffTextRenderer: Sendable {
    public var style: TerminalStyle
    /// Also list unchanged points (one line each).
    public var showUnchanged: Bool

    public init(style: TerminalStyle = .plain, showUnchanged: Bool = false) {
        self.style = style
        self.showUnchanged = showUnchanged
    }

    public func render(_ report: PlanDiffReport) -> String {
        var out = ""
        let esc = { (s: String) in Escaping.terminal(s) }
        out += style.bold("\(esc(report.oldPlan.displayName)) → \(esc(report.newPlan.displayName))") + "\n"
        out += esc(report.summary.line) + "\n"
        if !report.hasDifferences { out += "No differences.\n"; return out }

        if !report.metadata.isEmpty {
            out += "\n" + style.bold("Plan metadata") + "\n"
            for f in report.metadata { out += "  " + fieldLine(f) + "\n" }
        }
        let areaChanges = report.areas.filter { !$0.isUnchanged }
        if !areaChanges.isEmpty {
            out += "\n" + style.bold("Areas") + "\n"
            for a in areaChanges { out += "  " + areaLine(a) + "\n" }
        }
        for section in report.sections {
            let changes = section.changeIndices.map { report.changes[$0] }.filter { showUnchanged || !$0.isUnchanged }
            if changes.isEmpty { continue }
            var heading = section.title.map(esc) ?? "(no area)"
            if let id = section.areaID, section.title != id { heading += " [\(esc(id))]" }
            if section.isRemovedArea { heading += " (area removed)" }
            out += "\n" + style.bold(heading) + "\n"
            for c in changes { out += changeBlock(c) }
        }
        return out
    }

    /// A field change on one line; long texts present on both sides (summary, notes, a
    /// position) are shown as an inline word diff instead of old → new in full, and a long
    /// text that was mostly rewritten just says so with its word counts (the Markdown, HTML and
    /// JSON reports carry the full texts).
    private func fieldLine(_ f: FieldChange) -> String {
        if let o = f.old, let n = f.new, o.count + n.count > 160 {
            let segments = WordDiff().diff(o, n)
            let changed = segments.filter { $0.operation != .equal }.reduce(0) { $0 + $1.text.count }
            if o.count + n.count > Self.longFieldLength, Double(changed) > 0.6 * Double(o.count + n.count) {
                let words = { (s: String) in s.split(whereSeparator: \.isWhitespace).count }
                return "\(Escaping.terminal(f.field)): " + style.dim("rewritten (\(words(o)) → \(words(n)) words; full texts in --format markdown, html or json)")
            }
            return "\(Escaping.terminal(f.field)): " + inlineDiff(segments, collapsingLongEqualRuns: true)
        }
        let old = f.old.map { style.color(Escaping.terminal($0), .red) } ?? style.dim("(none)")
        let new = f.new.map { style.color(Escaping.terminal($0), .green) } ?? style.dim("(none)")
        return "\(Escaping.terminal(f.field)): \(old) → \(new)"
    }

    private func areaLine(_ a: AreaChange) -> String {
        let e = { (s: String?) in Escaping.terminal(s ?? "") }
        if a.kinds.contains(.added) { return style.color("+ added area \"\(e(a.newTitle))\" [\(e(a.newID))]", .green) }
        if a.kinds.contains(.removed) { return style.color("- removed area \"\(e(a.oldTitle))\" [\(e(a.oldID))]", .red) }
        var parts: [String] = []
        if a.kinds.contains(.renamed) { parts.append("id \(e(a.oldID)) → \(e(a.newID))") }
        if a.kinds.contains(.retitled) { parts.append("title \"\(e(a.oldTitle))\" → \"\(e(a.newTitle))\"") }
        if a.kinds.contains(.edited) { parts.append("summary changed") }
        return style.color("~ area [\(e(a.newID))]: ", .yellow) + parts.joined(separator: "; ")
    }

    private func numbers(_ points: [PointSnapshot]) -> String {
        points.map { "\(Escaping.terminal($0.label)) (\(Escaping.terminal($0.id)))" }.joined(separator: ", ")
    }

    private func changeBlock(_ c: PointChange) -> String {
        let kinds = c.kinds.map(\.rawValue).joined(separator: ", ")
        var head: String
        if c.kinds.contains(.added) {
            head = style.color("+ \(numbers(c.new)) added", .green)
        } else if c.kinds.contains(.removed) {
            head = style.color("- \(numbers(c.old)) removed", .red)
        } else {
            let mark = c.isUnchanged ? "=" : "~"
            let color: TerminalStyle.Color = c.isUnchanged ? .gray : .yellow
            head = style.color("\(mark) \(numbers(c.old)) → \(numbers(c.new))", color) + " " + style.bold(kinds)
            if let s = c.similarity, !c.isUnchanged {
                head += style.dim(" (similarity \(DiffTextRenderer.format(s))\(c.matchedBy == .id ? ", same id" : ""))")
            }
        }
        var out = "  " + head + "\n"
        if c.isUnchanged { return out }
        if let title = (c.new.first ?? c.old.first)?.title, !c.kinds.contains(.retitled) {
            out += "    " + style.dim(Escaping.terminal(title)) + "\n"
        }
        for f in c.fieldChanges { out += "    " + fieldLine(f) + "\n" }
        if c.kinds.contains(.added) {
            for p in c.new { out += "    " + style.color(Escaping.terminal(p.text), .green) + "\n" }
        } else if c.kinds.contains(.removed) {
            for p in c.old { out += "    " + style.color(Escaping.terminal(p.text), .red) + "\n" }
        } else if !c.textDiff.isEmpty {
            out += "    " + inlineDiff(c.textDiff) + "\n"
        }
        return out
    }

    /// The word diff on one line.
    /// Combined length (characters) from which a mostly rewritten field is summarised.
    static let longFieldLength = 600

    /// The inline word diff; with `collapsingLongEqualRuns`, unchanged stretches of more than
    /// 16 words keep 6 words of context on each side around " … ".
    public func inlineDiff(_ segments: [TextDiffSegment], collapsingLongEqualRuns: Bool = false) -> String {
        var out = ""
        for (i, s) in segments.enumerated() {
            var text = Escaping.terminal(s.text)
            if collapsingLongEqualRuns, s.operation == .equal {
                let words = s.text.split(separator: " ")
                if words.count > 16 {
                    let head = i == 0 ? "" : (s.text.first == " " ? " " : "") + words.prefix(6).joined(separator: " ") + " "
                    let tail = i == segments.count - 1 ? "" : " " + words.suffix(6).joined(separator: " ") + (s.text.last == " " ? " " : "")
                    text = Escaping.terminal(head + "…" + tail)
                }
            }
            switch s.operation {
            case .equal: out += text
            case .delete: out += style.colors ? style.color(style.strike(text), .red) : "[-\(text)-]"
            case .insert: out += style.colors ? style.color(style.underline(text), .green) : "{+\(text)+}"
            }
        }
        return out
    }

    static func format(_ x: Double) -> String {
        let scaled = Int((x * 100).rounded())
        return "\(scaled / 100).\(scaled % 100 < 10 ? "0" : "")\(scaled % 100)"
    }
}
