/// A schema that cannot be compiled: malformed keyword values, unresolvable or refused
/// references, unknown dialects or required vocabularies Accord does not implement.
public struct SchemaCompileError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// Where in the schema (absolute URI with JSON Pointer fragment), when known.
    public var schemaLocation: String
    /// Position in the schema's source text, when known.
    public var sourceLocation: SourceLocation

    public init(_ message: String, schemaLocation: String = "", sourceLocation: SourceLocation = .unknown) {
        self.message = message
        self.schemaLocation = schemaLocation
        self.sourceLocation = sourceLocation
    }

    public var description: String {
        var s = ""
        if sourceLocation.isKnown { s += "\(sourceLocation): " }
        s += message
        if !schemaLocation.isEmpty { s += " (at \(schemaLocation))" }
        return s
    }
}
