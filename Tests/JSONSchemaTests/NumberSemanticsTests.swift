import JSONSchema
import Testing

@Suite struct NumberSemanticsTests {
    private func number(_ literal: String) throws -> JSONNumber {
        try #require(JSONNumber(literal: literal))
    }

    private func valid(_ schema: JSONValue, _ instance: JSONValue) throws -> Bool {
        try CompiledSchema(schema).validate(instance).isValid
    }

    @Test func equalityIsMathematical() throws {
        #expect(try number("1.0") == number("1"))
        #expect(try number("1e2") == number("100"))
        #expect(try number("0.1") != number("0.10000000000000001"))
        #expect(try number("12345678901234567890") != number("12345678901234567891"))
        #expect(try number("12345678901234567890") < number("12345678901234567891"))
        #expect(JSONValue.number(JSONNumber(1.5)) == JSONValue.number(try number("1.50")))
        // Equal values hash equally (uniqueItems, enum).
        #expect(Set([JSONValue.number(try number("1.0")), JSONValue.number(JSONNumber(1))]).count == 1)
    }

    @Test func multipleOfIsExactForDecimals() throws {
        #expect(try number("0.3").isMultiple(of: number("0.1")))
        #expect(try number("19.99").isMultiple(of: number("0.01")))
        #expect(try !number("19.995").isMultiple(of: number("0.01")))
        #expect(try number("1e308").isMultiple(of: number("0.5")))
        #expect(try !number("7").isMultiple(of: number("2")))
        #expect(try number("123456789012345678901234567890").isMultiple(of: number("10")))
        #expect(try !number("123456789012345678901234567891").isMultiple(of: number("3")))
        #expect(try number("123456789012345678901234567891").isMultiple(of: number("123456789012345678901234567891")))
        #expect(try number("246913578024691357802469135782").isMultiple(of: number("123456789012345678901234567891")))
        #expect(try !number("0.0075").isMultiple(of: number("0.01")))
        #expect(JSONNumber(0.0075).isMultiple(of: JSONNumber(0.0001)))
    }

    @Test func integerTypeAcceptsIntegralDecimals() throws {
        #expect(try valid(["type": "integer"], .number(try number("1.0"))))
        #expect(try valid(["type": "integer"], .number(try number("1e3"))))
        #expect(try !valid(["type": "integer"], .number(try number("1.5"))))
        #expect(try valid(["type": "integer"], .number(try number("98249283749234923498293171823948729348710298301928331"))))
    }

    @Test func boundsCompareBigNumbersExactly() throws {
        let schema: JSONValue = ["maximum": .number(try number("18446744073709551615"))]
        #expect(try valid(schema, .number(try number("18446744073709551615"))))
        #expect(try !valid(schema, .number(try number("18446744073709551616"))))
        #expect(try !valid(["exclusiveMinimum": 0.1], .number(try number("0.1"))))
    }

    @Test func uniqueItemsUsesJSONEquality() throws {
        #expect(try !valid(["uniqueItems": true], [1, .number(try number("1.0"))]))
        #expect(try !valid(["uniqueItems": true], [["a": 1, "b": 2], ["b": 2, "a": 1]]))
        #expect(try valid(["uniqueItems": true], [1, true, "1", [1], ["a": 1]]))
        // Strings compare by code points (no Unicode normalisation).
        #expect(try valid(["uniqueItems": true], ["\u{E9}", "e\u{301}"]))
    }

    @Test func uniqueItemsIsFastOnLargeArrays() throws {
        let items = (0..<200_000).map { JSONValue.number(JSONNumber($0)) }
        let schema = try CompiledSchema(["uniqueItems": true])
        let clock = ContinuousClock()
        let start = clock.now
        #expect(schema.validate(.array(items)).isValid)
        #expect(!schema.validate(.array(items + [5])).isValid)
        #expect(clock.now - start < .seconds(20))
    }
}
