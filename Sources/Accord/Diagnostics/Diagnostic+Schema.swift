import JSONSchema

extension Diagnostic {
    /// A located diagnostic (rule `schema/<keyword>`) for one JSON Schema failure. The message
    /// starts with the JSON Pointer of the offending value, e.g. `/points/3/text: expected string…`.
    public init(schemaError error: ValidationError, file: String, hint: String? = nil) {
        let pointer = error.instanceLocation.description
        self.init(
            file: file, location: error.sourceLocation, severity: .error,
            message: pointer.isEmpty ? error.message : "\(pointer): \(error.message)",
            rule: "schema/\(error.keyword.isEmpty ? "invalid" : error.keyword)",
            hint: hint, instancePath: pointer,
            keywordLocation: error.keywordLocation.description,
            absoluteKeywordLocation: error.absoluteKeywordLocation)
    }
}
