import Foundation
import JSONSchema
import Testing

@Suite struct ErrorReportingTests {
    private func json(_ text: String) throws -> JSONValue { try JSONParser.parse(string: text) }

    private let planLike = """
    {
      "$id": "https://example.test/plan.schema.json",
      "type": "object",
      "required": ["id", "points"],
      "additionalProperties": false,
      "properties": {
        "id": {"type": "string"},
        "title": {"type": "string", "minLength": 1},
        "points": {"type": "array", "items": {"$ref": "#/$defs/point"}}
      },
      "$defs": {
        "point": {
          "type": "object",
          "required": ["text"],
          "properties": {"text": {"type": "string"}, "number": {"type": "integer", "minimum": 1}},
          "additionalProperties": false
        }
      }
    }
    """

    @Test func typeErrorNamesExpectedAndActual() throws {
        let schema = try CompiledSchema(try json(planLike))
        let instance = try json("{\"id\": 3, \"points\": []}")
        let result = schema.validate(instance)
        #expect(!result.isValid)
        let error = try #require(result.errors.first)
        #expect(error.message == "expected string, got integer 3")
        #expect(error.keyword == "type")
        #expect(error.instanceLocation.description == "/id")
        #expect(error.keywordLocation.description == "/properties/id/type")
        #expect(error.absoluteKeywordLocation == "https://example.test/plan.schema.json#/properties/id/type")
        #expect(error.sourceLocation == SourceLocation(line: 1, column: 8))
    }

    @Test func unknownPropertyPointsAtTheKey() throws {
        let schema = try CompiledSchema(try json(planLike))
        let instance = try json("{\"id\": \"x\",\n  \"titel\": \"oops\", \"points\": []}")
        let errors = schema.validate(instance).errors
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.message == "unknown property \"titel\" (not allowed by additionalProperties: false)")
        #expect(error.instanceLocation.description == "/titel")
        #expect(error.sourceLocation == SourceLocation(line: 2, column: 3))
        #expect(error.keyword == "additionalProperties")
    }

    @Test func errorsThroughRefIncludeTheHop() throws {
        let schema = try CompiledSchema(try json(planLike))
        let instance = try json("{\"id\": \"x\", \"points\": [{\"text\": \"a\"}, {\"number\": 0}]}")
        let errors = schema.validate(instance).errors
        let required = try #require(errors.first { $0.keyword == "required" })
        #expect(required.message == "missing required property \"text\"")
        #expect(required.instanceLocation.description == "/points/1")
        #expect(required.keywordLocation.description == "/properties/points/items/$ref/required")
        #expect(required.absoluteKeywordLocation == "https://example.test/plan.schema.json#/$defs/point/required")
        let minimum = try #require(errors.first { $0.keyword == "minimum" })
        #expect(minimum.instanceLocation.description == "/points/1/number")
        #expect(minimum.message == "0 is less than the minimum 1")
        #expect(errors.count == 2)
    }

    @Test func oneOfPicksTheBranchSelectedByConst() throws {
        let schema = try CompiledSchema(try json("""
        {"oneOf": [
          {"type": "object", "properties": {"kind": {"const": "circle"}, "radius": {"type": "number"}}, "required": ["kind", "radius"]},
          {"type": "object", "properties": {"kind": {"const": "square"}, "side": {"type": "number"}}, "required": ["kind", "side"]}
        ]}
        """))
        let errors = schema.validate(try json("{\"kind\": \"square\", \"side\": \"big\"}")).errors
        #expect(errors.count == 2)
        #expect(errors[0].keyword == "oneOf")
        #expect(errors[0].message.contains("alternative 1"))
        #expect(errors[1].message == "expected number, got string \"big\"")
        #expect(errors[1].instanceLocation.description == "/side")
        #expect(errors[1].keywordLocation.description == "/oneOf/1/properties/side/type")
    }

    @Test func anyOfWithoutDiscriminatorSummarisesEachBranch() throws {
        let schema = try CompiledSchema(try json("{\"anyOf\": [{\"minLength\": 5}, {\"pattern\": \"^a\"}]}"))
        let errors = schema.validate("bc").errors
        #expect(errors.count == 1)
        #expect(errors[0].keyword == "anyOf")
        #expect(errors[0].message.contains("(0) string is too short"))
        #expect(errors[0].message.contains("(1) string \"bc\" does not match the pattern"))
    }

    @Test func anyOfOverTypesSaysWhatWasFound() throws {
        let schema = try CompiledSchema(try json("{\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"object\"}]}"))
        let errors = schema.validate(3).errors
        #expect(errors.count == 1)
        #expect(errors[0].message.contains("got integer 3"))
    }

    @Test func otherMessagesAreSpecific() throws {
        func firstMessage(_ schema: String, _ instance: String) throws -> String? {
            try CompiledSchema(try json(schema)).validate(try json(instance)).errors.first?.message
        }
        #expect(try firstMessage("{\"enum\": [\"a\", \"b\"]}", "\"c\"") == "string \"c\" is not one of the allowed values: \"a\", \"b\"")
        #expect(try firstMessage("{\"maxItems\": 1}", "[1, 2]") == "array has 2 items, at most 1 allowed")
        #expect(try firstMessage("{\"const\": 1}", "2") == "expected the constant 1, got integer 2")
        #expect(try firstMessage("{\"multipleOf\": 0.5}", "0.7") == "0.7 is not a multiple of 0.5")
        #expect(try firstMessage("{\"minLength\": 1}", "\"\"")?.contains("must not be empty") == true)
        #expect(try firstMessage("{\"not\": {\"type\": \"null\"}}", "null") == "value must not match the schema in \"not\"")
        #expect(try firstMessage("{\"properties\": {\"a\": false}}", "{\"a\": 1}") == "property \"a\" is not allowed")
        #expect(try firstMessage("{\"unevaluatedProperties\": false}", "{\"x\": 1}") == "unknown property \"x\" (not allowed by unevaluatedProperties: false)")
        #expect(try firstMessage("{\"dependentRequired\": {\"a\": [\"b\"]}}", "{\"a\": 1}") == "property \"b\" is required when \"a\" is present")
    }

    @Test func basicOutputFormat() throws {
        let schema = try CompiledSchema(try json("{\"type\": \"string\"}"))
        let output = schema.validate(true).basicOutput
        #expect(output["valid"] == false)
        let unit = try #require(output["errors"]?.arrayValue?.first)
        #expect(unit["keywordLocation"] == "/type")
        #expect(unit["instanceLocation"] == "")
        #expect(unit["absoluteKeywordLocation"] == "urn:x-accord:schema#/type")
        #expect(unit["error"] == "expected string, got boolean true")
        #expect(schema.validate("ok").basicOutput == ["valid": true])
        let encoded = try JSONEncoder().encode(schema.validate(true))
        let text = String(decoding: encoded, as: UTF8.self)
        #expect(text.contains("\"keywordLocation\":\"\\/type\"") || text.contains("\"keywordLocation\":\"/type\""))
    }

    @Test func formatIsAnAnnotationUnlessAsserted() throws {
        let schema: JSONValue = ["type": "string", "format": "date"]
        #expect(try CompiledSchema(schema).validate("2025-13-45").isValid)
        let strict = try CompiledSchema(schema, options: SchemaOptions(formatAssertion: true))
        let result = strict.validate("2025-13-45")
        #expect(!result.isValid)
        #expect(result.errors.first?.message == "string \"2025-13-45\" is not a valid date")
        #expect(strict.validate("2025-11-20").isValid)
        // Unknown formats never fail.
        #expect(try CompiledSchema(["format": "no-such-format"], options: SchemaOptions(formatAssertion: true)).validate("x").isValid)
    }

    @Test func expensivePatternIsAnErrorNotAPass() throws {
        let schema = try CompiledSchema(["pattern": "^(a+)+$"], options: SchemaOptions(regexStepBudget: 10_000))
        let result = schema.validate(.string(String(repeating: "a", count: 40) + "!"))
        #expect(!result.isValid)
        #expect(result.errors.first?.message.contains("too expensive") == true)
        #expect(!schema.isValid(.string(String(repeating: "a", count: 40) + "!")))
    }
}
