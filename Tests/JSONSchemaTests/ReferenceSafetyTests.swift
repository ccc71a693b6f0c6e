import Foundation
import JSONSchema
import Testing

@Suite struct ReferenceSafetyTests {
    private func json(_ text: String) throws -> JSONValue { try JSONParser.parse(string: text) }

    private func compileError(_ schema: JSONValue, resolver: (any SchemaResolver)? = nil) -> SchemaCompileError? {
        do {
            _ = try CompiledSchema(schema, resolver: resolver)
            return nil
        } catch {
            return error
        }
    }

    @Test func refCycleWithoutProgressIsReportedNotFollowedForever() throws {
        let schema = try CompiledSchema(try json("""
        {"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}
        """))
        let result = schema.validate(["x": 1])
        #expect(!result.isValid)
        #expect(result.errors.contains { $0.message.contains("reference cycle") })
        #expect(!schema.isValid(1))
        let selfRef = try CompiledSchema(try json("{\"$ref\": \"#\"}"))
        #expect(!selfRef.validate(1).isValid)
    }

    @Test func recursionThatConsumesInstanceIsFine() throws {
        let tree = try CompiledSchema(try json("""
        {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#"}}}}
        """))
        var value: JSONValue = ["children": []]
        for _ in 0..<50 { value = ["children": [value]] }
        #expect(tree.validate(value).isValid)
    }

    @Test func evaluationDepthIsBounded() throws {
        let tree = try CompiledSchema(try json("{\"items\": {\"$ref\": \"#\"}}"), options: SchemaOptions(maxEvaluationDepth: 100))
        var value: JSONValue = []
        for _ in 0..<200 { value = [value] }
        let result = tree.validate(value)
        #expect(!result.isValid)
        #expect(result.errors.contains { $0.message.contains("nested deeper than 100") })
    }

    @Test func deepestParsableDocumentValidatesWithoutExhaustingTheStack() throws {
        // The deepest document the parser accepts, against a recursive schema.
        let text = String(repeating: "[", count: 1000) + "1" + String(repeating: "]", count: 1000)
        let value = try JSONParser.parse(string: text)
        let tree = try CompiledSchema(try json("{\"type\": [\"array\", \"string\"], \"items\": {\"$ref\": \"#\"}}"))
        let result = tree.validate(value)
        #expect(!result.isValid)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.instanceLocation.tokens.count == 1000)
        #expect(!tree.isValid(value))
        // A lower limit stops evaluation with an error instead.
        let limited = try CompiledSchema(try json("{\"items\": {\"$ref\": \"#\"}}"), options: SchemaOptions(maxEvaluationDepth: 500))
        #expect(limited.validate(value).errors.contains { $0.message.contains("nested deeper than 500") })
    }

    @Test func remoteReferencesAreNeverFetched() throws {
        let error = try #require(compileError(["$ref": "https://example.com/evil.json"]))
        #expect(error.message.contains("remote reference not allowed"))
        let http = try #require(compileError(["properties": ["a": ["$ref": "http://example.com/x#/y"]]]))
        #expect(http.message.contains("remote reference not allowed"))
        // A resolver that knows the URI is used.
        let known = InMemorySchemaResolver(["https://example.com/s.json": ["type": "string"]])
        let schema = try CompiledSchema(["$ref": "https://example.com/s.json"], resolver: known)
        #expect(!schema.validate(1).isValid)
    }

    @Test func metaSchemaResolvesOffline() throws {
        let schema = try CompiledSchema(["$ref": "https://json-schema.org/draft/2020-12/schema"])
        #expect(schema.validate(["minLength": 1]).isValid)
        let bad = schema.validate(["minLength": -1, "type": "strin"])
        #expect(!bad.isValid)
    }

    @Test func unknownDialectsAndVocabulariesAreCompileErrors() throws {
        let draft7 = try #require(compileError(["$schema": "http://json-schema.org/draft-07/schema#"]))
        #expect(draft7.message.contains("unsupported $schema dialect"))
        let meta: JSONValue = [
            "$id": "https://example.test/meta",
            "$vocabulary": ["https://json-schema.org/draft/2020-12/vocab/core": true, "https://example.test/vocab/magic": true],
        ]
        let resolver = InMemorySchemaResolver(["https://example.test/meta": meta])
        let vocab = try #require(compileError(["$schema": "https://example.test/meta"], resolver: resolver))
        #expect(vocab.message.contains("requires the vocabulary https://example.test/vocab/magic"))
    }

    @Test func malformedKeywordsAreCompileErrors() throws {
        #expect(compileError(["minLength": -1])?.message.contains("non-negative integer") == true)
        #expect(compileError(["type": "strin"]) != nil)
        #expect(compileError(["pattern": "("])?.message.contains("invalid regular expression") == true)
        #expect(compileError(["$ref": "#/$defs/missing"])?.message.contains("points to nothing") == true)
        #expect(compileError(["items": [true]]) != nil)
        // Also inside definitions nothing uses (yet).
        let unused = try #require(compileError(["$defs": ["a": ["properties": ["b": ["$ref": "#/$defs/nope"]]]]]))
        #expect(unused.message.contains("points to nothing"))
        #expect(unused.schemaLocation == "urn:x-accord:schema#/$defs/a/properties/b")
    }

    private func makeFolder() throws -> URL {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("accord-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base.appendingPathComponent("schemas/parts"), withIntermediateDirectories: true)
        return base
    }

    @Test func filesInAFolderReferenceEachOther() throws {
        let base = try makeFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.appendingPathComponent("schemas")
        try #"{"type": "object", "properties": {"point": {"$ref": "parts/point.json"}}}"#
            .write(to: folder.appendingPathComponent("main.json"), atomically: true, encoding: .utf8)
        try #"{"type": "object", "required": ["text"], "properties": {"text": {"$ref": "../strings.json#/$defs/nonEmpty"}}}"#
            .write(to: folder.appendingPathComponent("parts/point.json"), atomically: true, encoding: .utf8)
        try #"{"$defs": {"nonEmpty": {"type": "string", "minLength": 1}}}"#
            .write(to: folder.appendingPathComponent("strings.json"), atomically: true, encoding: .utf8)
        let schema = try CompiledSchema.load(contentsOf: folder.appendingPathComponent("main.json"))
        #expect(schema.validate(["point": ["text": "a"]]).isValid)
        let result = schema.validate(["point": ["text": ""]])
        #expect(!result.isValid)
        let error = try #require(result.errors.first)
        #expect(error.absoluteKeywordLocation.hasSuffix("strings.json#/$defs/nonEmpty/minLength"))
        #expect(error.keywordLocation.description == "/properties/point/$ref/properties/text/$ref/minLength")
    }

    @Test func fileReferencesCannotEscapeTheRootFolder() throws {
        let base = try makeFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.appendingPathComponent("schemas")
        try #"{"type": "string"}"#.write(to: base.appendingPathComponent("secret.json"), atomically: true, encoding: .utf8)
        try #"{"$ref": "../secret.json"}"#.write(to: folder.appendingPathComponent("main.json"), atomically: true, encoding: .utf8)
        do {
            _ = try CompiledSchema.load(contentsOf: folder.appendingPathComponent("main.json"))
            Issue.record("escaping reference was accepted")
        } catch {
            #expect(error.message.contains("escapes the schema folder"))
        }
        let allowed = try CompiledSchema.load(contentsOf: folder.appendingPathComponent("main.json"),
                                              options: SchemaOptions(allowFileReferencesOutsideRoot: true))
        #expect(!allowed.validate(1).isValid)
    }
}
