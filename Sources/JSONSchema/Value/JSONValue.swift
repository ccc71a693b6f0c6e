/// A JSON value (also the result of loading YAML), where every node remembers where it came from.
///
/// Equality (`==`) is JSON equality as JSON Schema defines it: numbers compare by mathematical
/// value (`1.0 == 1`), objects ignore member order, and source locations are ignored.
public struct JSONValue: Sendable {
    /// The value itself.
    public var kind: Kind
    /// Where the value starts in its source text, or `.unknown`.
    public var location: SourceLocation

    public enum Kind: Sendable {
        case null
        case bool(Bool)
        case number(JSONNumber)
        case string(String)
        case array([JSONValue])
        case object(JSONObject)
    }

    public init(_ kind: Kind, at location: SourceLocation = .unknown) {
        self.kind = kind
        self.location = location
    }

    public static let null = JSONValue(.null)
    public static func bool(_ b: Bool) -> JSONValue { JSONValue(.bool(b)) }
    public static func string(_ s: String) -> JSONValue { JSONValue(.string(s)) }
    public static func number(_ n: JSONNumber) -> JSONValue { JSONValue(.number(n)) }
    public static func array(_ a: [JSONValue]) -> JSONValue { JSONValue(.array(a)) }
    public static func object(_ o: JSONObject) -> JSONValue { JSONValue(.object(o)) }

    /// The JSON type name of this value as JSON Schema's `type` keyword spells it
    /// ("integer" for numbers with a zero fractional part).
    public var typeName: String {
        switch kind {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(let n): return n.isInteger ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    public var stringValue: String? { if case .string(let s) = kind { return s }; return nil }
    public var boolValue: Bool? { if case .bool(let b) = kind { return b }; return nil }
    public var numberValue: JSONNumber? { if case .number(let n) = kind { return n }; return nil }
    public var arrayValue: [JSONValue]? { if case .array(let a) = kind { return a }; return nil }
    public var objectValue: JSONObject? { if case .object(let o) = kind { return o }; return nil }
    public var isNull: Bool { if case .null = kind { return true }; return false }

    /// The member `key` of an object, or nil for other kinds or a missing key.
    public subscript(key: String) -> JSONValue? { objectValue?[key] }
}
