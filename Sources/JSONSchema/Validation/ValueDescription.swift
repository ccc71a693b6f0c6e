import Foundation

/// Short human descriptions of instance values for error messages ("integer 3",
/// "string \"abc\"", "object").
enum ValueDescription {
    static func describe(_ value: JSONValue) -> String {
        switch value.kind {
        case .null: return "null"
        case .bool(let b): return "boolean \(b)"
        case .number(let n): return "\(n.isInteger ? "integer" : "number") \(n)"
        case .string(let s): return "string \(quoted(s))"
        case .array(let a): return "array of \(a.count) item\(a.count == 1 ? "" : "s")"
        case .object(let o): return "object with \(o.count) propert\(o.count == 1 ? "y" : "ies")"
        }
    }

    /// A JSON-ish rendering, truncated for long values.
    static func literal(_ value: JSONValue, limit: Int = 60) -> String {
        switch value.kind {
        case .string(let s): return quoted(s, limit: limit)
        default:
            var text = JSONWriter(pretty: false).string(value)
            if text.count > limit { text = String(text.prefix(limit)) + "…" }
            return text
        }
    }

    static func quoted(_ s: String, limit: Int = 60) -> String {
        var body = s.count > limit ? String(s.prefix(limit)) + "…" : s
        body = body.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
        return "\"" + body + "\""
    }
}
