import Foundation
import JSONSchema
import Testing

@Suite struct JSONParserTests {
    private func parse(_ text: String, maxDepth: Int = 1000) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser(maxDepth: maxDepth).parse(bytes: Array(text.utf8))
    }

    private func syntaxError(_ text: String, maxDepth: Int = 1000) -> JSONSyntaxError? {
        do {
            _ = try parse(text, maxDepth: maxDepth)
            return nil
        } catch {
            return error
        }
    }

    @Test func valuesRememberLineAndColumn() throws {
        let v = try parse("{\n  \"a\": [1, true],\n  \"bé\": \"x\", \"c\": null\n}")
        #expect(v.location == SourceLocation(line: 1, column: 1))
        let a = try #require(v["a"])
        #expect(a.location == SourceLocation(line: 2, column: 8))
        #expect(a.arrayValue?[1].location == SourceLocation(line: 2, column: 12))
        let member = try #require(v.objectValue?.member("bé"))
        #expect(member.keyLocation == SourceLocation(line: 3, column: 3))
        // Columns count Unicode scalars: "bé" is 4 scalars including quotes.
        #expect(member.value.location == SourceLocation(line: 3, column: 9))
        #expect(v["c"]?.location == SourceLocation(line: 3, column: 19))
    }

    @Test func parsesScalarsExactly() throws {
        let v = try parse(#"[0, -12, 3.25, 1e400, 12345678901234567890, "a\u00e9\n\ud83d\ude00", false, null]"#)
        let items = try #require(v.arrayValue)
        #expect(items[0] == 0)
        #expect(items[1] == -12)
        #expect(items[2].numberValue?.description == "3.25")
        #expect(items[3].numberValue?.description == "1e400")
        #expect(items[4].numberValue?.description == "12345678901234567890")
        #expect(items[5].stringValue == "aé\n😀")
        #expect(items[6] == false)
        #expect(items[7].isNull)
    }

    @Test func reportsSyntaxErrorsWithLocations() throws {
        let trailing = try #require(syntaxError("{\n  \"a\": 1,\n}"))
        #expect(trailing.location == SourceLocation(line: 3, column: 1))
        #expect(trailing.message.contains("member name"))

        let missingComma = try #require(syntaxError("[1 2]"))
        #expect(missingComma.location == SourceLocation(line: 1, column: 4))
        #expect(missingComma.message.contains("expected ',' or ']'"))

        let badLiteral = try #require(syntaxError("[tru]"))
        #expect(badLiteral.location.column == 2)

        let leadingZero = try #require(syntaxError("01"))
        #expect(leadingZero.message.contains("leading zeros"))

        let unterminated = try #require(syntaxError("\"abc"))
        #expect(unterminated.message.contains("unterminated string"))

        let control = try #require(syntaxError("\"a\tb\""))
        #expect(control.message.contains("control character"))

        let trailingGarbage = try #require(syntaxError("{} x"))
        #expect(trailingGarbage.location == SourceLocation(line: 1, column: 4))

        #expect(syntaxError("") != nil)
        #expect(syntaxError("[1,]") != nil)
        #expect(syntaxError("{\"a\" 1}") != nil)
        #expect(syntaxError("\"\\x\"") != nil)
        #expect(syntaxError("1.") != nil)
        #expect(syntaxError("-") != nil)
        #expect(syntaxError("// comment\n1") != nil)
    }

    @Test func rejectsDuplicateKeysAtTheSecondKey() throws {
        let e = try #require(syntaxError("{\"id\": 1,\n \"id\": 2}"))
        #expect(e.message.contains("duplicate key \"id\""))
        #expect(e.location == SourceLocation(line: 2, column: 2))
        // Also with many members (the set-based path).
        var text = "{"
        for i in 0..<20 { text += "\"k\(i)\": \(i), " }
        text += "\"k7\": 0}"
        #expect(syntaxError(text)?.message.contains("duplicate key \"k7\"") == true)
    }

    @Test func limitsNestingDepth() throws {
        let deep = String(repeating: "[", count: 50) + String(repeating: "]", count: 50)
        #expect(syntaxError(deep, maxDepth: 49)?.message.contains("nesting deeper") == true)
        #expect(syntaxError(deep, maxDepth: 50) == nil)
        // The default limit stops a hostile input without exhausting the stack.
        let hostile = String(repeating: "[", count: 100_000)
        #expect(syntaxError(hostile)?.message.contains("nesting deeper than 1000") == true)
    }

    @Test func rejectsInvalidUTF8() throws {
        var bytes = Array("[\"a".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array("\"]".utf8))
        #expect(throws: JSONSyntaxError.self) { try JSONParser().parse(bytes: bytes) }
    }

    @Test func validatesUTF8Strictly() throws {
        func parses(_ inner: [UInt8]) -> Bool {
            (try? JSONParser().parse(bytes: [0x22] + inner + [0x22])) != nil
        }
        #expect(parses(Array("aé😀€".utf8)))
        #expect(!parses([0xC0, 0xAF]))              // overlong "/"
        #expect(!parses([0xE0, 0x80, 0xAF]))        // overlong
        #expect(!parses([0xED, 0xA0, 0x80]))        // encoded surrogate
        #expect(!parses([0xF4, 0x90, 0x80, 0x80]))  // above U+10FFFF
        #expect(!parses([0xE2, 0x82]))              // truncated
        #expect(!parses([0x80]))                    // stray continuation
        #expect(!parses(Array("\\n".utf8) + [0xFF])) // after an escape (slow path)
        let v = try JSONParser().parse(bytes: Array("\"é\\t😀\"".utf8))
        #expect(v.stringValue == "é\t😀")
    }

    @Test func skipsByteOrderMark() throws {
        let v = try JSONParser().parse(bytes: [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8))
        #expect(v["a"] == 1)
    }

    @Test func parsesLargeInputsQuickly() throws {
        var text = "["
        for i in 0..<200_000 {
            if i > 0 { text += "," }
            text += "{\"id\": \(i), \"name\": \"item number \(i)\", \"ok\": true}"
        }
        text += "]"
        let bytes = Array(text.utf8)
        let clock = ContinuousClock()
        let start = clock.now
        let v = try JSONParser().parse(bytes: bytes)
        let elapsed = clock.now - start
        #expect(v.arrayValue?.count == 200_000)
        let mb = Double(bytes.count) / 1_000_000
        print("JSONParser: \(String(format: "%.1f", mb)) MB in \(elapsed)")
        // Generous bound that still catches quadratic behaviour, even in debug builds.
        #expect(elapsed < .seconds(30))
    }
}
