import Foundation
import JSONSchema
import Testing

@Suite struct ValidationPerformanceTests {
    /// 250,000 objects of 3 members: 1,000,001 nodes.
    private static func millionNodes() -> JSONValue {
        var items: [JSONValue] = []
        items.reserveCapacity(250_000)
        for i in 0..<250_000 {
            items.append(["id": .string("p-\(i)"), "n": .number(JSONNumber(i)), "ok": true])
        }
        return .array(items)
    }

    private static let schemaText = """
    {"type": "array", "items": {"type": "object", "required": ["id", "n"], "additionalProperties": false,
      "properties": {"id": {"type": "string", "minLength": 1}, "n": {"type": "integer", "minimum": 0}, "ok": {"type": "boolean"}}}}
    """

    @Test func millionNodeInstanceValidatesQuickly() throws {
        let schema = try CompiledSchema(try JSONParser.parse(string: Self.schemaText))
        let instance = Self.millionNodes()
        let clock = ContinuousClock()
        let start = clock.now
        let result = schema.validate(instance)
        let elapsed = clock.now - start
        print("validate 1,000,001 nodes: \(elapsed)")
        #expect(result.isValid)
        // Release builds take ~0.1 s; the bound is for unoptimised test builds on a busy machine.
        #expect(elapsed < .seconds(30))
    }

    @Test func manyErrorsAreAllReportedWithLocations() throws {
        let schema = try CompiledSchema(try JSONParser.parse(string: "{\"items\": {\"properties\": {\"n\": {\"maximum\": 9}}}}"))
        let instance = Self.millionNodes()
        let result = schema.validate(instance)
        #expect(result.errors.count == 250_000 - 10)
        #expect(result.errors.first?.instanceLocation.description == "/10/n")
        #expect(result.errors.last?.instanceLocation.description == "/249999/n")
    }

    @Test func oneCompiledSchemaServesConcurrentValidations() async throws {
        let schema = try CompiledSchema(try JSONParser.parse(string: Self.schemaText))
        let results = await withTaskGroup(of: (Int, Int).self) { group in
            for i in 0..<8 {
                group.addTask {
                    let bad: JSONValue = [["id": "", "n": .number(JSONNumber(-i)), "extra": 1]]
                    return (i, schema.validate(bad).errors.count)
                }
            }
            var all: [(Int, Int)] = []
            for await r in group { all.append(r) }
            return all
        }
        for (i, count) in results {
            // minLength, additionalProperties, and minimum (only when n < 0).
            #expect(count == (i == 0 ? 2 : 3))
        }
    }
}
