import JSONSchema

/// Renders a validation report: every diagnostic, then a one-line summary; or the same as JSON.
public struct ValidationReportRenderer: Sendable {
    public var style: TerminalStyle
    public init(style: TerminalStyle = .plain) { self.style = style }

    /// Text: each problem as `file:line:col: severity: message [rule]` (hint below), then
    /// `checked N files: N valid, N invalid (E errors, W warnings)`.
    public func text(_ report: ValidationReport) -> String {
        let formatter = DiagnosticFormatter(style: style)
        var out = ""
        for check in report.checks {
            for d in check.diagnostics { out += formatter.text(d) + "\n" }
        }
        let valid = report.checks.filter(\.isValid).count
        let invalid = report.checks.count - valid
        let files = report.checks.count == 1 ? "1 file" : "\(report.checks.count) files"
        var summary = "checked \(files): \(valid) valid"
        if invalid > 0 { summary += ", " + style.color("\(invalid) invalid", .red) }
        let all = report.diagnostics
        if !all.isEmpty { summary += " (\(DiagnosticFormatter.tally(all)))" }
        out += summary + "\n"
        return out
    }

    /// JSON: `{"valid": bool, "files": [{"file", "valid", "errors", "warnings", "points",
    /// "diagnostics": [{file, line, column, severity, rule, message, hint?, instancePath?}]}],
    /// "summary": {"files", "valid", "invalid", "errors", "warnings"}}`.
    public static func json(_ report: ValidationReport) -> String {
        let files: [JSONValue] = report.checks.map { check in
            [
                "file": .string(check.file),
                "valid": .bool(check.isValid),
                "errors": JSONValue(integerLiteral: check.diagnostics.filter { $0.severity == .error }.count),
                "warnings": JSONValue(integerLiteral: check.diagnostics.filter { $0.severity == .warning }.count),
                "points": check.plan.map { JSONValue(integerLiteral: $0.allPoints.count) } ?? .null,
                "diagnostics": .array(check.diagnostics.map(DiagnosticFormatter.json)),
            ]
        }
        let all = report.diagnostics
        let valid = report.checks.filter(\.isValid).count
        let value: JSONValue = [
            "valid": .bool(report.isValid),
            "files": .array(files),
            "summary": [
                "files": JSONValue(integerLiteral: report.checks.count),
                "valid": JSONValue(integerLiteral: valid),
                "invalid": JSONValue(integerLiteral: report.checks.count - valid),
                "errors": JSONValue(integerLiteral: all.filter { $0.severity == .error }.count),
                "warnings": JSONValue(integerLiteral: all.filter { $0.severity == .warning }.count),
            ],
        ]
        return JSONWriter(pretty: true).string(value)
    }
}

extension ValidationReportRenderer {
    /// JSON for `accord schema validate`, close to JSON Schema's "basic" output format:
    /// `{"valid", "schema", "files": [{"file", "valid", "errors": [{"valid": false,
    /// "keywordLocation", "absoluteKeywordLocation", "instanceLocation", "error", "line",
    /// "column", "severity", "rule"}]}]}`. Problems found before schema validation (YAML
    /// syntax, limits) appear as units with empty keyword locations and their own rule.
    public static func basicJSON(_ report: ValidationReport, schema: String) -> String {
        let files: [JSONValue] = report.checks.map { check in
            let units: [JSONValue] = check.diagnostics.map { d in
                [
                    "valid": .bool(d.severity != .error),
                    "keywordLocation": .string(d.keywordLocation ?? ""),
                    "absoluteKeywordLocation": .optional(d.absoluteKeywordLocation),
                    "instanceLocation": .string(d.instancePath ?? ""),
                    "error": .string(d.message),
                    "line": JSONValue(integerLiteral: Int(d.location.line)),
                    "column": JSONValue(integerLiteral: Int(d.location.column)),
                    "severity": .string(d.severity.rawValue),
                    "rule": .string(d.rule),
                ]
            }
            return ["file": .string(check.file), "valid": .bool(check.isValid), "errors": .array(units)]
        }
        let value: JSONValue = ["valid": .bool(report.isValid), "schema": .string(schema), "files": .array(files)]
        return JSONWriter(pretty: true).string(value)
    }
}
