import JSONSchema

/// Interprets the input as a JSON Schema and instances: the bytes before the first NUL are the
/// schema, the rest (if any) one instance; without a NUL a fixed set of instances is used.
/// Compiles with no file access and a small regex budget, validates, and checks that the fast
/// and the detailed validation agree and that every failure is explained.
struct SchemaFuzzTarget {
    /// Instances tried when the input holds only a schema.
    static let fixedInstances: [JSONValue] = [
        "null", "true", "0", "-1", "1.5", "1e308", "\"\"", "\"abc\"", "\"2025-11-20\"", "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaa!\"",
        "[]", "[1, \"a\", null, [2]]", "{}", "{\"a\": 1, \"b\": [true], \"c\": {\"d\": \"e\"}}",
    ].compactMap { try? JSONParser.parse(string: $0) }

    static let options = SchemaOptions(formatAssertion: true, maxEvaluationDepth: 100, regexStepBudget: 20_000)

    func run(_ bytes: [UInt8]) throws(FuzzInvariantViolation) {
        let checks = FuzzOutputChecks(target: "schema")
        let schemaBytes: [UInt8]
        var instances = Self.fixedInstances
        if let nul = bytes.firstIndex(of: 0) {
            schemaBytes = Array(bytes[..<nul])
            guard let instance = try? JSONParser(maxDepth: 64).parse(bytes: Array(bytes[(nul + 1)...])) else { return }
            instances = [instance]
        } else {
            schemaBytes = bytes
        }
        guard let schemaValue = try? JSONParser(maxDepth: 64).parse(bytes: schemaBytes) else { return }
        let schema: CompiledSchema
        do {
            schema = try CompiledSchema(schemaValue, resolver: InMemorySchemaResolver(), options: Self.options)
        } catch {
            if error.message.isEmpty { throw checks.fail("compile error without a message") }
            return
        }
        for instance in instances {
            let result = schema.validate(instance)
            let quick = schema.isValid(instance)
            let text = JSONWriter(pretty: false).string(instance).prefix(80)
            if result.isValid != quick {
                throw checks.fail("validate() says \(result.isValid), isValid() says \(quick) for instance \(text)")
            }
            if result.isValid != result.errors.isEmpty {
                throw checks.fail("isValid \(result.isValid) with \(result.errors.count) errors for instance \(text)")
            }
            for error in result.errors where error.message.isEmpty {
                throw checks.fail("validation error without a message at \(error.keywordLocation) for instance \(text)")
            }
        }
    }
}
