import Accord

/// Writes a `Plan` in the authoring format (see the format notes): block style, keys in the
/// documented order, strings plain only when that is unambiguous (a slug or simple words that
/// no YAML 1.1/1.2 resolver would read as a number, boolean, null or date), otherwise
/// double-quoted with escapes. Output loads back to an equal plan.
public struct PlanYAMLWriter: Sendable {
    public init() {}

    public func write(_ plan: Plan) -> String {
        var out = ""
        out.reserveCapacity(plan.points.count * 480 + 1024)
        out += "# yaml-language-server: $schema=../Schemas/plan.schema.json\n"
        line(&out, 0, "id", plan.id)
        line(&out, 0, "title", plan.title)
        if let v = plan.version { line(&out, 0, "version", v) }
        if let v = plan.date { line(&out, 0, "date", v) }
        if let v = plan.status { line(&out, 0, "status", v) }
        if let v = plan.summary { line(&out, 0, "summary", v) }
        if !plan.parties.isEmpty { out += "parties: " + flow(plan.parties) + "\n" }
        if !plan.sources.isEmpty {
            out += "sources:\n"
            for s in plan.sources {
                out += "  - title: " + PlanYAMLWriter.scalar(s.title) + "\n"
                if let v = s.publisher { line(&out, 4, "publisher", v) }
                if let v = s.date { line(&out, 4, "date", v) }
                if let v = s.url { line(&out, 4, "url", v) }
            }
        }
        if let v = plan.notes { line(&out, 0, "notes", v) }
        if !plan.areas.isEmpty {
            out += "areas:\n"
            for a in plan.areas {
                out += "  - id: " + PlanYAMLWriter.scalar(a.id) + "\n"
                line(&out, 4, "title", a.title)
                if let v = a.summary { line(&out, 4, "summary", v) }
            }
        }
        if plan.points.isEmpty {
            out += "points: []\n"
        } else {
            out += "points:\n"
            for p in plan.points { point(&out, p, indent: 2) }
        }
        return out
    }

    private func point(_ out: inout String, _ p: Point, indent: Int) {
        let pad = String(repeating: " ", count: indent)
        out += pad + "- id: " + PlanYAMLWriter.scalar(p.id) + "\n"
        let inner = indent + 2
        switch p.number {
        case .integer(let n)?: out += String(repeating: " ", count: inner) + "number: \(n)\n"
        case .label(let s)?: line(&out, inner, "number", s)
        case nil: break
        }
        if let v = p.area { line(&out, inner, "area", v) }
        if let v = p.title { line(&out, inner, "title", v) }
        line(&out, inner, "text", p.text)
        let innerPad = String(repeating: " ", count: inner)
        if !p.topics.isEmpty { out += innerPad + "topics: " + flow(p.topics) + "\n" }
        if !p.refs.isEmpty { out += innerPad + "refs: " + flow(p.refs) + "\n" }
        if let v = p.status { line(&out, inner, "status", v) }
        if let v = p.wording { line(&out, inner, "wording", v) }
        if let v = p.note { line(&out, inner, "note", v) }
        if !p.positions.isEmpty {
            out += innerPad + "positions:\n"
            for pos in p.positions {
                out += innerPad + "  - party: " + PlanYAMLWriter.scalar(pos.party) + "\n"
                if let v = pos.stance { line(&out, inner + 4, "stance", v) }
                if let v = pos.text { line(&out, inner + 4, "text", v) }
            }
        }
        if !p.points.isEmpty {
            out += innerPad + "points:\n"
            for c in p.points { point(&out, c, indent: inner + 2) }
        }
    }

    private func line(_ out: inout String, _ indent: Int, _ key: String, _ value: String) {
        out += String(repeating: " ", count: indent)
        out += key
        out += ": "
        out += PlanYAMLWriter.scalar(value)
        out += "\n"
    }

    private func flow(_ items: [String]) -> String {
        "[" + items.map { PlanYAMLWriter.scalar($0, inFlow: true) }.joined(separator: ", ") + "]"
    }

    /// `s` as a YAML scalar: plain when unambiguous, otherwise double-quoted.
    public static func scalar(_ s: String, inFlow: Bool = false) -> String {
        isPlainSafe(s, inFlow: inFlow) ? s : quoted(s)
    }

    static let reserved: Set<String> = ["true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"]

    static func isPlainSafe(_ s: String, inFlow: Bool) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
        guard (first >= "a" && first <= "z") || (first >= "A" && first <= "Z") else { return false }
        guard last != " " else { return false }
        if reserved.contains(s.lowercased()) { return false }
        var previous: Unicode.Scalar = " "
        for u in s.unicodeScalars {
            let ok = (u >= "a" && u <= "z") || (u >= "A" && u <= "Z") || (u >= "0" && u <= "9")
                || u == "-" || u == "_" || u == "." || (u == " " && previous != " ")
                || (!inFlow && u == "," && true) || u == "(" || u == ")" || u == "'"
            if !ok { return false }
            previous = u
        }
        return s.count <= 200
    }

    /// A double-quoted YAML scalar with `\` escapes for quotes, backslashes and non-printables.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let v = u.value
                if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF {
                    let hex = String(v, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
