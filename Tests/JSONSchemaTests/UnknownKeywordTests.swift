import Testing
@testable import JSONSchema

/// Members that are not 2020-12 keywords are ignored by validation (as the specification
/// requires) but listed, so that tools can warn about typos such as `maxLenght`.
@Suite struct UnknownKeywordTests {
    @Test func typosAreListedWithTheirLocationAndDoNotChangeResults() throws {
        let text = """
        {"type": "object",
         "properties": {"a": {"type": "string", "maxLenght": 3}},
         "requried": ["a"], "x-editor": {"order": 1}}
        """
        let schema = try CompiledSchema(try JSONParser.parse(string: text), baseURI: "https://example.com/s.json")
        #expect(schema.unknownKeywords.map(\.name) == ["requried", "maxLenght"])
        let typo = try #require(schema.unknownKeywords.first { $0.name == "maxLenght" })
        #expect(typo.schemaLocation == "https://example.com/s.json#/properties/a/maxLenght")
        #expect(typo.sourceLocation.line == 2)
        #expect(typo.sourceLocation.column == 41)
        // Ignored: neither the misspelt maxLength nor required takes effect.
        #expect(schema.isValid(try JSONParser.parse(string: #"{"a": "longer than three"}"#)))
        #expect(schema.isValid(try JSONParser.parse(string: "{}")))
    }

    @Test func theBundledMetaSchemasUseOnlyKnownKeywords() throws {
        let meta = try CompiledSchema(try JSONParser.parse(string: #"{"$ref": "https://json-schema.org/draft/2020-12/schema"}"#))
        #expect(meta.unknownKeywords.isEmpty, "\(meta.unknownKeywords.map(\.name))")
        // Core 9, applicator 15, unevaluated 2, validation 20, meta-data 7, format 1, content 3.
        #expect(UnknownKeyword.knownKeywords.count == 57)
        #expect(!UnknownKeyword.isReportable("x-anything"))
        #expect(UnknownKeyword.isReportable("definitions"))
    }
}
