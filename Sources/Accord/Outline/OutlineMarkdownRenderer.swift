/// Renders an outline as Markdown: a level-1 heading for the plan, level-2 per section,
/// nested lists for points. All document text is Markdown-escaped.
public struct OutlineMarkdownRenderer: Sendable {
    public init() {}

    public func render(_ outline: Outline) -> String {
        let plan = outline.plan
        var out = "# " + Escaping.markdown(plan.title) + "\n\n"
        let meta = [plan.version, plan.date, plan.status].compactMap { $0 }.map(Escaping.markdown)
        if !meta.isEmpty { out += "*" + meta.joined(separator: " · ") + "*\n\n" }
        for section in outline.sections {
            let name = section.area.map { Escaping.markdown($0.title) } ?? (plan.areas.isEmpty ? "Points" : "No area")
            out += "## \(name) (\(section.pointCount))\n\n"
            for point in section.points { renderPoint(point, level: 0, into: &out) }
            out += "\n"
        }
        return out
    }

    private func renderPoint(_ point: Point, level: Int, into out: inout String) {
        out += String(repeating: "  ", count: level) + "- **" + Escaping.markdown(point.label) + ".** "
        if let title = point.title {
            out += "**" + Escaping.markdown(title) + "**: "
        }
        out += Escaping.markdown(point.text) + "\n"
        for sub in point.points { renderPoint(sub, level: level + 1, into: &out) }
    }
}
