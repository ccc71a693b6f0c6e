import JSONSchema

/// The structural check of plans: `Schemas/plan.schema.json` (embedded in the binary, see
/// `Scripts/embed-plan-schema`), compiled once, with its failures turned into diagnostics.
public struct PlanSchema: Sendable {
    /// The compiled plan schema, shared by all validations.
    public static let shared = PlanSchema()

    public let compiled: CompiledSchema

    private init() {
        do {
            let value = try JSONParser.parse(string: PlanSchema.text)
            compiled = try CompiledSchema(value, baseURI: "urn:x-accord:plan.schema.json")
        } catch {
            // The embedded schema is fixed at build time and checked by the tests.
            preconditionFailure("the embedded plan schema does not compile: \(error)")
        }
    }

    /// One diagnostic (rule `schema/<keyword>`) per schema failure in `document`.
    public func diagnostics(for document: JSONValue, file: String) -> [Diagnostic] {
        let result = compiled.validate(document)
        guard !result.isValid else { return [] }
        return result.errors.map { error in
            Diagnostic(schemaError: error, file: file, hint: PlanSchema.hint(for: error, in: document))
        }
    }

    /// How to fix common mistakes: quoting scalars YAML read as numbers, booleans or null.
    static func hint(for error: ValidationError, in document: JSONValue) -> String? {
        guard error.keyword == "type" || error.keyword == "oneOf",
              error.message.contains("string"),
              let value = PlanSchema.value(at: error.instanceLocation, in: document) else { return nil }
        switch value.kind {
        case .number(let n): return "YAML read this as the number \(n); quote it to keep it text: \"\(n)\""
        case .bool(let b): return "YAML read this as \(b); quote it to keep it text"
        case .null: return "YAML read this as null (empty value or ~); write the text, quoted if needed"
        default: return nil
        }
    }

    static func value(at pointer: JSONPointer, in document: JSONValue) -> JSONValue? {
        var current = document
        for token in pointer.tokens {
            switch current.kind {
            case .object(let o):
                guard let next = o[token] else { return nil }
                current = next
            case .array(let a):
                guard let i = Int(token), a.indices.contains(i) else { return nil }
                current = a[i]
            default:
                return nil
            }
        }
        return current
    }
}
