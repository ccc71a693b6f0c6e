/// The spec's "basic" output format as a `JSONValue` (for `--format json`).
extension ValidationResult {
    /// `{"valid": …, "errors": [{"valid": false, "keywordLocation", "absoluteKeywordLocation",
    /// "instanceLocation", "error", "keyword", "line", "column"}]}`.
    public var basicOutput: JSONValue {
        var object = JSONObject()
        object.set("valid", .bool(isValid))
        if !isValid {
            object.set("errors", .array(errors.map(\.basicOutputUnit)))
        }
        return .object(object)
    }
}

extension ValidationError {
    /// This error as one output unit of the "basic" format.
    public var basicOutputUnit: JSONValue {
        var unit = JSONObject()
        unit.set("valid", .bool(false))
        unit.set("keywordLocation", .string(keywordLocation.description))
        unit.set("absoluteKeywordLocation", .string(absoluteKeywordLocation))
        unit.set("instanceLocation", .string(instanceLocation.description))
        unit.set("error", .string(message))
        unit.set("keyword", .string(keyword))
        if sourceLocation.isKnown {
            unit.set("line", .number(JSONNumber(Int(sourceLocation.line))))
            unit.set("column", .number(JSONNumber(Int(sourceLocation.column))))
        }
        return .object(unit)
    }
}
