/// Renders an outline as a standalone HTML page (inline CSS, no scripts, no external
/// resources). All document text is HTML-escaped.
public struct OutlineHTMLRenderer: Sendable {
    public init() {}

    public func render(_ outline: Outline) -> String {
        let plan = outline.plan
        let title = Escaping.html(plan.title)
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
        h2 { border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
        .meta, .count { color: #666; }
        ol { list-style: none; padding-left: 0; }
        ol ol { padding-left: 2rem; }
        .num { display: inline-block; min-width: 2.5rem; font-weight: bold; color: #255; }
        .title { font-weight: 600; }
        </style>
        </head>
        <body>
        <h1>\(title)</h1>

        """
        let meta = [plan.version, plan.date, plan.status].compactMap { $0 }.map(Escaping.html)
        if !meta.isEmpty { out += "<p class=\"meta\">\(meta.joined(separator: " · "))</p>\n" }
        for section in outline.sections {
            let name = section.area.map { Escaping.html($0.title) } ?? (plan.areas.isEmpty ? "Points" : "No area")
            let id = section.area.map { " id=\"area-\(Escaping.html($0.id))\"" } ?? ""
            out += "<section\(id)>\n<h2>\(name) <span class=\"count\">(\(section.pointCount))</span></h2>\n"
            renderList(section.points, into: &out)
            out += "</section>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    private func renderList(_ points: [Point], into out: inout String) {
        out += "<ol>\n"
        for point in points {
            out += "<li id=\"point-\(Escaping.html(point.id))\"><span class=\"num\">\(Escaping.html(point.label))</span> "
            if let title = point.title { out += "<span class=\"title\">\(Escaping.html(title))</span> — " }
            out += Escaping.html(point.text)
            if !point.points.isEmpty { out += "\n"; renderList(point.points, into: &out) }
            out += "</li>\n"
        }
        out += "</ol>\n"
    }
}
