/// Renders an outline for a terminal: a heading, then each section with its point count and
/// its points (number and heading), sub-points indented. All document text is escaped.
public struct OutlineTextRenderer: Sendable {
    public var style: TerminalStyle
    public init(style: TerminalStyle = .plain) { self.style = style }

    public func render(_ outline: Outline) -> String {
        let plan = outline.plan
        var out = style.bold(Escaping.terminal(plan.title)) + "\n"
        let meta = [plan.version, plan.date, plan.status].compactMap { $0 }.map { Escaping.terminal($0) }
        if !meta.isEmpty { out += style.dim(meta.joined(separator: " · ")) + "\n" }
        let top = plan.points.count
        let areaCount = plan.areas.count
        var counts = "\(top) point\(top == 1 ? "" : "s")"
        if areaCount > 0 { counts += " in \(areaCount) area\(areaCount == 1 ? "" : "s")" }
        let subs = outline.totalPointCount - top
        if subs > 0 { counts += ", \(subs) sub-point\(subs == 1 ? "" : "s")" }
        out += counts + "\n"
        let width = max(2, outline.sections.flatMap(\.points).map { $0.label.count }.max() ?? 2)
        for section in outline.sections {
            out += "\n"
            let name = section.area.map { Escaping.terminal($0.title) } ?? (plan.areas.isEmpty ? "Points" : "No area")
            let n = section.pointCount
            out += style.bold(name) + " " + style.dim("(\(n) point\(n == 1 ? "" : "s"))") + "\n"
            for point in section.points { renderPoint(point, indent: 2, width: width, into: &out) }
        }
        return out
    }

    private func renderPoint(_ point: Point, indent: Int, width: Int, into out: inout String) {
        let label = Escaping.terminal(point.label)
        let padded = String(repeating: " ", count: max(0, width - label.count)) + label
        out += String(repeating: " ", count: indent) + style.color(padded, .cyan) + "  "
            + Escaping.terminal(Outline.heading(of: point)) + "\n"
        let subWidth = point.points.map { $0.label.count }.max() ?? 1
        for sub in point.points { renderPoint(sub, indent: indent + width + 2, width: subWidth, into: &out) }
    }
}
