/// A compiled keyword: its operands are resolved once at compile time (subschemas as nodes,
/// regular expressions compiled, numbers parsed) so evaluation does no re-parsing.
indirect enum Keyword: @unchecked Sendable {
    case type(JSONTypeSet)
    case enumeration([JSONValue], Set<JSONValue>)
    case constant(JSONValue)
    case multipleOf(JSONNumber)
    case maximum(JSONNumber)
    case exclusiveMaximum(JSONNumber)
    case minimum(JSONNumber)
    case exclusiveMinimum(JSONNumber)
    case maxLength(Int)
    case minLength(Int)
    case pattern(ECMARegex)
    case maxItems(Int)
    case minItems(Int)
    case uniqueItems
    case maxProperties(Int)
    case minProperties(Int)
    case required([String])
    case dependentRequired([(String, [String])])
    case format(String, assert: Bool)
    case properties([(String, SchemaNode)])
    case patternProperties([(ECMARegex, SchemaNode)])
    case additionalProperties(SchemaNode, declared: Set<String>, patterns: [ECMARegex])
    case propertyNames(SchemaNode)
    case dependentSchemas([(String, SchemaNode)])
    case prefixItems([SchemaNode])
    case items(SchemaNode, prefixCount: Int)
    /// `contains` with `minContains`/`maxContains`; `minimumKeyword` names the keyword that
    /// set the minimum (for error reports).
    case contains(SchemaNode, min: Int, max: Int?, minimumKeyword: String)
    case allOf([SchemaNode])
    case anyOf([SchemaNode])
    case oneOf([SchemaNode])
    case not(SchemaNode)
    case conditional(if: SchemaNode, then: SchemaNode?, else: SchemaNode?)
    case ref(NodeLink)
    case dynamicRef(NodeLink, anchor: String?)
    case unevaluatedItems(SchemaNode)
    case unevaluatedProperties(SchemaNode)
}

/// A set of JSON Schema type names (`type` keyword).
struct JSONTypeSet: OptionSet, Sendable {
    let rawValue: UInt8
    static let null = JSONTypeSet(rawValue: 1)
    static let boolean = JSONTypeSet(rawValue: 2)
    static let integer = JSONTypeSet(rawValue: 4)
    static let number = JSONTypeSet(rawValue: 8)
    static let string = JSONTypeSet(rawValue: 16)
    static let array = JSONTypeSet(rawValue: 32)
    static let object = JSONTypeSet(rawValue: 64)

    static let names: [(String, JSONTypeSet)] = [
        ("null", .null), ("boolean", .boolean), ("integer", .integer), ("number", .number),
        ("string", .string), ("array", .array), ("object", .object),
    ]

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init?(name: String) {
        guard let t = JSONTypeSet.names.first(where: { $0.0 == name }) else { return nil }
        self = t.1
    }

    func matches(_ value: JSONValue) -> Bool {
        switch value.kind {
        case .null: return contains(.null)
        case .bool: return contains(.boolean)
        case .number(let n): return contains(.number) || (contains(.integer) && n.isInteger)
        case .string: return contains(.string)
        case .array: return contains(.array)
        case .object: return contains(.object)
        }
    }

    var description: String {
        let names = JSONTypeSet.names.filter { contains($0.1) }.map(\.0)
        if names.count <= 1 { return names.first ?? "nothing" }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
