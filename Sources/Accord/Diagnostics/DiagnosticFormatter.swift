import JSONSchema

/// Formats diagnostics for people (`path:line:col: error: message [rule]`, with the hint on the
/// next line) and for machines (JSON).
public struct DiagnosticFormatter: Sendable {
    public var style: TerminalStyle
    public init(style: TerminalStyle = .plain) { self.style = style }

    /// One diagnostic as text, with its hint (if any) on a second line.
    public func text(_ d: Diagnostic) -> String {
        let place = d.location.isKnown ? "\(d.file):\(d.location.line):\(d.location.column)" : d.file
        let severity: String
        switch d.severity {
        case .error: severity = style.color("error", .red)
        case .warning: severity = style.color("warning", .yellow)
        case .note: severity = style.color("note", .cyan)
        }
        var line = style.bold(Escaping.terminal(place)) + ": " + severity + ": "
            + Escaping.terminal(d.message) + " " + style.dim("[\(d.rule)]")
        if let hint = d.hint { line += "\n  " + style.color("hint:", .cyan) + " " + Escaping.terminal(hint) }
        return line
    }

    /// The JSON form of one diagnostic.
    public static func json(_ d: Diagnostic) -> JSONValue {
        var members: [JSONObject.Member] = [
            .init(key: "file", value: .string(d.file)),
            .init(key: "line", value: JSONValue(integerLiteral: Int(d.location.line))),
            .init(key: "column", value: JSONValue(integerLiteral: Int(d.location.column))),
            .init(key: "severity", value: .string(d.severity.rawValue)),
            .init(key: "rule", value: .string(d.rule)),
            .init(key: "message", value: .string(d.message)),
        ]
        if let hint = d.hint { members.append(.init(key: "hint", value: .string(hint))) }
        if let pointer = d.instancePath { members.append(.init(key: "instancePath", value: .string(pointer))) }
        if let k = d.keywordLocation { members.append(.init(key: "keywordLocation", value: .string(k))) }
        if let k = d.absoluteKeywordLocation { members.append(.init(key: "absoluteKeywordLocation", value: .string(k))) }
        return .object(JSONObject(members))
    }

    /// "2 errors, 1 warning" (or "no problems").
    public static func tally(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        if errors == 0 && warnings == 0 { return "no problems" }
        var parts: [String] = []
        if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        return parts.joined(separator: ", ")
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by position in the file, then severity, then rule: the order people read them in.
    public func sortedByLocation() -> [Diagnostic] {
        sorted {
            ($0.file, $0.location.line, $0.location.column, $0.severity, $0.rule, $0.message)
                < ($1.file, $1.location.line, $1.location.column, $1.severity, $1.rule, $1.message)
        }
    }

    public var hasErrors: Bool { contains { $0.severity == .error } }
}
