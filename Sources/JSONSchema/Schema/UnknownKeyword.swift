/// A member of a schema object that is not a draft 2020-12 keyword. The specification says to
/// ignore such members (they may be annotations of another tool), so they never change a
/// result; tools should still point them out, because most are typos (`maxLenght`) that would
/// otherwise silently let invalid documents through.
public struct UnknownKeyword: Sendable, Hashable {
    /// The member's name.
    public var name: String
    /// Where in the schema: absolute URI with a JSON Pointer fragment to the member.
    public var schemaLocation: String
    /// Position of the member's key in the schema's source text, when known.
    public var sourceLocation: SourceLocation

    public init(name: String, schemaLocation: String, sourceLocation: SourceLocation) {
        self.name = name
        self.schemaLocation = schemaLocation
        self.sourceLocation = sourceLocation
    }

    /// Every keyword of the draft 2020-12 vocabularies (core, applicator, unevaluated,
    /// validation, meta-data, format, content).
    public static let knownKeywords: Set<String> = [
        "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
        "prefixItems", "items", "contains", "additionalProperties", "properties", "patternProperties",
        "dependentSchemas", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not",
        "unevaluatedItems", "unevaluatedProperties",
        "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
        "maxProperties", "minProperties", "required", "dependentRequired",
        "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
        "format", "contentEncoding", "contentMediaType", "contentSchema",
    ]

    /// Whether `name` is worth reporting: not a 2020-12 keyword and not an `x-` extension.
    static func isReportable(_ name: String) -> Bool {
        !knownKeywords.contains(name) && !name.hasPrefix("x-")
    }
}
