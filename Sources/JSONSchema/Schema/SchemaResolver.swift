/// Supplies schema documents for references that are not inside the documents compiled so
/// far. The bundled 2020-12 meta-schemas are always available without a resolver.
public protocol SchemaResolver: Sendable {
    /// The document at `uri` (absolute, without fragment); nil when this resolver does not
    /// know it. Throw to refuse (for example a file outside the allowed folder).
    func resolveDocument(_ uri: URIReference) throws(SchemaCompileError) -> JSONValue?
}

/// Resolves references to documents held in memory, keyed by absolute URI.
public struct InMemorySchemaResolver: SchemaResolver {
    public var documents: [String: JSONValue]

    public init(_ documents: [String: JSONValue] = [:]) { self.documents = documents }

    public func resolveDocument(_ uri: URIReference) throws(SchemaCompileError) -> JSONValue? {
        documents[uri.withoutFragment.description]
    }
}

/// Tries several resolvers in order.
public struct ChainedSchemaResolver: SchemaResolver {
    public var resolvers: [any SchemaResolver]

    public init(_ resolvers: [any SchemaResolver]) { self.resolvers = resolvers }

    public func resolveDocument(_ uri: URIReference) throws(SchemaCompileError) -> JSONValue? {
        for r in resolvers {
            if let v = try r.resolveDocument(uri) { return v }
        }
        return nil
    }
}
