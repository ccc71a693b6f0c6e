import JSONSchema
import Testing
@testable import Accord

/// YAML 1.2 core schema resolution of plain scalars, styles and core tags.
@Suite("YAML loader: scalar resolution")
struct YAMLScalarResolutionTests {
    /// A compact description of a value: `null`, `true`, `num:1.10`, `str:x`.
    static func describe(_ value: JSONValue?) -> String {
        guard let value else { return "missing" }
        switch value.kind {
        case .null: return "null"
        case .bool(let b): return "\(b)"
        case .number(let n): return "num:\(n)"
        case .string(let s): return "str:\(s)"
        case .array(let a): return "array(\(a.count))"
        case .object(let o): return "object(\(o.count))"
        }
    }

    /// Loads `v: <scalar>` and describes `v`.
    static func resolve(_ scalar: String) -> (String, [String]) {
        let result = LoadingTestSupport.load("v: \(scalar)\n", yaml11: false)
        return (describe(result.value?.node("v")), LoadingTestSupport.summary(result))
    }

    @Test(arguments: [
        ("", "null"), ("~", "null"), ("null", "null"), ("Null", "null"), ("NULL", "null"),
        ("nULL", "str:nULL"), ("none", "str:none"),
        ("true", "true"), ("True", "true"), ("TRUE", "true"),
        ("false", "false"), ("False", "false"), ("FALSE", "false"), ("tRUE", "str:tRUE"),
        ("yes", "str:yes"), ("no", "str:no"), ("on", "str:on"), ("off", "str:off"), ("y", "str:y"),
    ])
    func nullsAndBooleans(scalar: String, expected: String) {
        #expect(Self.resolve(scalar).0 == expected)
    }

    @Test(arguments: [
        ("0", "num:0"), ("-0", "num:0"), ("42", "num:42"), ("+12", "num:12"), ("-17", "num:-17"),
        ("007", "num:7"), ("0o17", "num:15"), ("0o0", "num:0"), ("0x1F", "num:31"), ("0xff", "num:255"),
        ("9223372036854775807", "num:9223372036854775807"),
        ("12345678901234567890123", "num:12345678901234567890123"),
        ("-0012345678901234567890123", "num:-12345678901234567890123"),
        ("0xFFFFFFFFFFFFFFFF", "num:18446744073709551615"),
        ("0o1777777777777777777777", "num:18446744073709551615"),
        ("0x", "str:0x"), ("0o8", "str:0o8"), ("0xG1", "str:0xG1"), ("-0x1", "str:-0x1"),
        ("+0o7", "str:+0o7"), ("1_000", "str:1_000"), ("0b101", "str:0b101"), ("1:20", "str:1:20"),
    ])
    func integers(scalar: String, expected: String) {
        #expect(Self.resolve(scalar).0 == expected)
    }

    @Test(arguments: [
        ("1.10", "num:1.10"), ("3.25", "num:3.25"), (".5", "num:0.5"), ("+.5", "num:0.5"), ("-.5", "num:-0.5"),
        ("1.", "num:1"), ("-1.0", "num:-1.0"), ("00.5", "num:0.5"), ("1e3", "num:1e3"), ("1E-3", "num:1e-3"),
        ("+1.5e+2", "num:1.5e+2"), ("6.02e23", "num:6.02e23"), ("1e400", "num:1e400"),
        (".inf", "num:Infinity"), (".Inf", "num:Infinity"), ("+.INF", "num:Infinity"), ("-.inf", "num:-Infinity"),
        (".nan", "num:NaN"), (".NaN", "num:NaN"), (".NAN", "num:NaN"),
        ("-.nan", "str:-.nan"), (".iNf", "str:.iNf"), ("1.2.3", "str:1.2.3"), ("1e", "str:1e"), ("e3", "str:e3"),
        (".", "str:."), ("1e3.5", "str:1e3.5"), ("2025-11-20", "str:2025-11-20"), ("1,5", "str:1,5"),
    ])
    func floats(scalar: String, expected: String) {
        #expect(Self.resolve(scalar).0 == expected)
    }

    @Test func decimalNumbersKeepTheirExactValue() throws {
        let root = try #require(LoadingTestSupport.load("a: 0.1\nb: 1.10\nc: 123456789012345678901234567890.5\n").value)
        #expect(root.node("a")?.numberValue?.decimal == ExactDecimal(literal: "0.1"))
        #expect(root.node("b")?.numberValue?.isInteger == false)
        #expect(root.node("c")?.numberValue?.description == "123456789012345678901234567890.5")
        #expect(root.node("c")?.numberValue?.decimal == ExactDecimal(literal: "123456789012345678901234567890.5"))
    }

    @Test(arguments: [
        ("\"123\"", "str:123"), ("'true'", "str:true"), ("\"null\"", "str:null"), ("\"\"", "str:"), ("''", "str:"),
        ("'~'", "str:~"), ("\"0x1F\"", "str:0x1F"), ("|\n  42\n", "str:42\n"), (">-\n  1.5\n", "str:1.5"),
    ])
    func quotedAndBlockScalarsAreStrings(scalar: String, expected: String) {
        #expect(Self.resolve(scalar).0 == expected)
    }

    @Test(arguments: [
        ("!!str 123", "str:123"), ("!!str true", "str:true"), ("!!str", "str:"), ("!!int \"42\"", "num:42"),
        ("!!int 0x10", "num:16"), ("!!float 1", "num:1"), ("!!float \"2.5\"", "num:2.5"), ("!!float .inf", "num:Infinity"),
        ("!!bool \"true\"", "true"), ("!!bool False", "false"), ("!!null \"\"", "null"), ("!!null ~", "null"),
        ("! 123", "str:123"), ("! true", "str:true"), ("!<tag:yaml.org,2002:int> 5", "num:5"),
    ])
    func coreTagsAreHonoured(scalar: String, expected: String) {
        let (value, diagnostics) = Self.resolve(scalar)
        #expect(value == expected)
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("!!int 1.5", "str:1.5"), ("!!int abc", "str:abc"), ("!!bool yes", "str:yes"), ("!!null x", "str:x"),
        ("!!float abc", "str:abc"), ("!!map x", "str:x"), ("!!seq x", "str:x"),
    ])
    func coreTagOnWrongScalarIsAnError(scalar: String, expected: String) {
        let (value, diagnostics) = Self.resolve(scalar)
        #expect(value == expected)
        #expect(diagnostics == ["1:4 yaml-tag-mismatch"])
    }

    @Test func coreTagOnWrongCollectionIsAnError() {
        let result = LoadingTestSupport.load("a: !!seq {k: v}\nb: !!str [1]\nc: !!map [1]\nd: !!map {k: v}\ne: !!seq [1]\n")
        #expect(LoadingTestSupport.summary(result) == ["1:4 yaml-tag-mismatch", "2:4 yaml-tag-mismatch", "3:4 yaml-tag-mismatch"])
        #expect(Self.describe(result.value?.node("a")) == "object(1)")
        #expect(Self.describe(result.value?.node("b")) == "array(1)")
    }

    @Test(arguments: [
        "!foo x", "!!python/object:os.system {a: 1}", "!!binary aGk=", "!!timestamp 2001-12-14",
        "!!set {a, b}", "!!omap [a: 1]", "!<tag:example.com,2000:x> y", "!foo [1]",
    ])
    func unknownTagIsAnErrorAtTheNode(scalar: String) {
        let result = LoadingTestSupport.load("k: 1\nv: \(scalar)\n")
        #expect(LoadingTestSupport.summary(result) == ["2:4 yaml-unknown-tag"])
        #expect(result.value != nil)
        let message = result.diagnostics.first?.message ?? ""
        let shown = scalar.split(separator: " ").first.map(String.init) ?? ""
        #expect(message.contains(shown.hasPrefix("!<") ? "tag:example.com,2000:x" : shown))
    }

    @Test func unknownTagFallsBackToTheUntaggedValue() {
        let result = LoadingTestSupport.load("a: !foo 12\nb: !foo 'x'\n")
        #expect(Self.describe(result.value?.node("a")) == "num:12")
        #expect(Self.describe(result.value?.node("b")) == "str:x")
    }

    @Test func hugeHexadecimalIsKeptAsStringWithAnError() {
        let digits = String(repeating: "F", count: 5000)
        let result = LoadingTestSupport.load("a: 0x\(digits)\nb: 0x\(String(repeating: "1", count: 200))\n")
        #expect(LoadingTestSupport.summary(result) == ["1:4 yaml-number-too-large"])
        #expect(result.value?.node("a")?.stringValue == "0x" + digits)
        #expect(result.value?.node("b")?.numberValue?.isInteger == true)
    }

    @Test func plainKeysAreTheirText() throws {
        let result = LoadingTestSupport.load("""
            200: a
            true: b
            null: c
            ~: d
            "quoted": e
            0x10: f
            1.50: g
            ? |
              block
            : h
            !!str 7: i
            """)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.value?.objectValue)
        #expect(root.keys == ["200", "true", "null", "~", "quoted", "0x10", "1.50", "block\n", "7"])
    }
}
