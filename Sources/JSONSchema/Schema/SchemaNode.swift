/// One compiled (sub)schema. A reference type so that `$ref` cycles can be represented;
/// mutated only while the compiler builds it, immutable once compilation finished.
final class SchemaNode: @unchecked Sendable {
    /// Set for the boolean schemas `true` and `false`.
    var boolean: Bool?
    /// The assertions and applicators, in evaluation order (unevaluated* last).
    var keywords: [Keyword] = []
    /// Absolute location: resource URI + "#" + JSON Pointer within the resource.
    let absoluteLocation: String
    /// The schema resource this node belongs to (for `$dynamicRef`).
    let resource: ResourceScope
    /// The node contains `unevaluatedProperties`/`unevaluatedItems`, so evaluating it needs
    /// annotations from its in-place subschemas.
    var collectsAnnotations = false
    /// Where the schema value appears in its source text.
    let sourceLocation: SourceLocation

    init(absoluteLocation: String, resource: ResourceScope, sourceLocation: SourceLocation) {
        self.absoluteLocation = absoluteLocation
        self.resource = resource
        self.sourceLocation = sourceLocation
    }
}

/// A schema resource (a schema with `$id`, or a document root) as seen by `$dynamicRef`.
final class ResourceScope: @unchecked Sendable {
    let uri: String
    /// `$dynamicAnchor` names defined in this resource.
    var dynamicAnchors: [String: NodeLink] = [:]

    init(uri: String) { self.uri = uri }
}

/// A non-owning link to a node, for edges that can form cycles (`$ref`, `$dynamicRef`,
/// dynamic anchors). Every node is owned by its `CompiledSchema`'s node list, which outlives
/// all evaluation, so the links never dangle and compiled schemas never leak.
struct NodeLink: @unchecked Sendable {
    unowned(unsafe) let node: SchemaNode
    init(_ node: SchemaNode) { self.node = node }
}
