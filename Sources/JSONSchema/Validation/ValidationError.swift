/// One failed assertion: where in the instance, which keyword (by evaluation path and by
/// absolute URI), a specific human message, and where the offending node is in the source.
public struct ValidationError: Sendable, Hashable, CustomStringConvertible {
    /// JSON Pointer to the offending instance node (for unknown properties: the property).
    public var instanceLocation: JSONPointer
    /// The evaluation path through the schema, including `$ref` hops.
    public var keywordLocation: JSONPointer
    /// The keyword's absolute location: schema resource URI + JSON Pointer fragment.
    public var absoluteKeywordLocation: String
    /// What is wrong, e.g. `missing required property "text"`.
    public var message: String
    /// The source position of the offending node (for unknown properties: of the key).
    public var sourceLocation: SourceLocation
    /// The failing keyword (`type`, `required`, `additionalProperties`, …).
    public var keyword: String

    public init(instanceLocation: JSONPointer, keywordLocation: JSONPointer, absoluteKeywordLocation: String,
                message: String, sourceLocation: SourceLocation, keyword: String) {
        self.instanceLocation = instanceLocation
        self.keywordLocation = keywordLocation
        self.absoluteKeywordLocation = absoluteKeywordLocation
        self.message = message
        self.sourceLocation = sourceLocation
        self.keyword = keyword
    }

    public var description: String {
        let at = instanceLocation.isRoot ? "(root)" : instanceLocation.description
        let src = sourceLocation.isKnown ? "\(sourceLocation): " : ""
        return "\(src)\(at): \(message)"
    }
}

extension ValidationError: Encodable {
    private enum CodingKeys: String, CodingKey {
        case valid, keywordLocation, absoluteKeywordLocation, instanceLocation, error, keyword, line, column
    }

    /// Encodes as an output unit of the spec's "basic" format, plus `keyword`, `line`, `column`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(false, forKey: .valid)
        try c.encode(keywordLocation.description, forKey: .keywordLocation)
        try c.encode(absoluteKeywordLocation, forKey: .absoluteKeywordLocation)
        try c.encode(instanceLocation.description, forKey: .instanceLocation)
        try c.encode(message, forKey: .error)
        try c.encode(keyword, forKey: .keyword)
        if sourceLocation.isKnown {
            try c.encode(Int(sourceLocation.line), forKey: .line)
            try c.encode(Int(sourceLocation.column), forKey: .column)
        }
    }
}
