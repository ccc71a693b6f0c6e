import Foundation
@testable import JSONSchema
import Testing

/// Compiled schemas free their node graphs, including graphs with `$ref` cycles and dynamic
/// anchors (reference edges are non-owning; the schema owns its nodes).
@Suite struct SchemaLifetimeTests {
    private func freed(_ text: String, instance: String) throws -> Bool {
        weak var root: SchemaNode?
        weak var anyNode: SchemaNode?
        do {
            let schema = try CompiledSchema(try JSONParser.parse(string: text))
            root = schema.root
            anyNode = schema.nodes.last
            _ = schema.validate(try JSONParser.parse(string: instance))
            _ = schema.isValid(try JSONParser.parse(string: instance))
        }
        return root == nil && anyNode == nil
    }

    @Test func acyclicSchemaIsFreed() throws {
        #expect(try freed(#"{"properties": {"child": {"type": "object"}}}"#, instance: #"{"child": {}}"#))
    }

    @Test func recursiveSchemaIsFreed() throws {
        #expect(try freed(##"{"properties": {"child": {"$ref": "#"}}}"##, instance: #"{"child": {"child": {}}}"#))
        #expect(try freed(##"{"$dynamicAnchor": "node", "properties": {"kids": {"items": {"$dynamicRef": "#node"}}}}"##,
                          instance: #"{"kids": [{"kids": []}]}"#))
    }

    @Test func metaSchemaReferenceIsFreed() throws {
        #expect(try freed(#"{"$ref": "https://json-schema.org/draft/2020-12/schema"}"#, instance: #"{"type": "string"}"#))
    }
}
