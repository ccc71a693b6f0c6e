import JSONSchema
import Testing
@testable import Accord

/// Warnings for plain scalars that YAML 1.1 tools read differently.
@Suite("YAML loader: YAML 1.1 ambiguities")
struct YAML11AmbiguityTests {
    typealias S = LoadingTestSupport

    static func warnings(_ scalar: String) -> [String] {
        S.load("k: x\nv: \(scalar)\n").diagnostics.map { "\($0.location) \($0.severity.rawValue) \($0.rule)" }
    }

    @Test(arguments: ["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"])
    func yaml11Booleans(scalar: String) {
        #expect(Self.warnings(scalar) == ["2:4 warning yaml11-boolean"])
    }

    @Test func booleanMessageSaysWhatEachVersionReads() throws {
        let d = try #require(S.load("v: no\n").diagnostics.first)
        #expect(d.message == "plain `no` is a string here but YAML 1.1 tools read it as false; quote it")
        #expect(d.hint?.contains("\"no\"") == true)
    }

    @Test(arguments: [("1:20", "80"), ("190:20:30", "685230"), ("-1:30", "-90"), ("1:20.5", "80.5")])
    func sexagesimal(scalar: String, value: String) throws {
        #expect(Self.warnings(scalar) == ["2:4 warning yaml11-sexagesimal"])
        let message = try #require(S.load("v: \(scalar)\n").diagnostics.first?.message)
        #expect(message.contains("base-60 number \(value);"))
    }

    @Test(arguments: [("010", "octal 8"), ("0777", "octal 511"), ("09", "the string \"09\""), ("-012", "octal -10")])
    func leadingZeros(scalar: String, reading: String) throws {
        #expect(Self.warnings(scalar) == ["2:4 warning yaml11-octal"])
        let message = try #require(S.load("v: \(scalar)\n").diagnostics.first?.message)
        #expect(message.contains(reading))
    }

    @Test(arguments: ["1_000", "0b1010", "0o17", "1e3", "1_000.5"])
    func numbersOnlyOneVersionAccepts(scalar: String) {
        #expect(Self.warnings(scalar) == ["2:4 warning yaml11-number"])
    }

    @Test(arguments: [
        "yes please", "none", "nope", "\"no\"", "'yes'", "!!str no", "0", "10", "1.5", "0.5", "12:60", "1:2:3x",
        "2025-11-20", "1:5a", "a:b", "0x1F", "-x", "+1", "o", "1.0e+3", "noon", "Norway",
    ])
    func unambiguousScalarsGetNoWarning(scalar: String) {
        #expect(Self.warnings(scalar) == [])
    }

    @Test func keysAreNotChecked() {
        #expect(S.load("no: 1\non: 2\n010: 3\n").diagnostics.isEmpty)
    }

    @Test func warningsCanBeTurnedOff() {
        #expect(S.load("a: no\nb: 1:20\nc: 010\n", yaml11: false).diagnostics.isEmpty)
        #expect(S.load("a: no\nb: 1:20\nc: 010\n").diagnostics.count == 3)
    }

    @Test func valuesStayYAML12() {
        let root = S.load("a: no\nb: 1:20\nc: 010\nd: 1_000\n").value
        #expect(root?.node("a")?.stringValue == "no")
        #expect(root?.node("b")?.stringValue == "1:20")
        #expect(root?.node("c")?.numberValue?.intValue == 10)
        #expect(root?.node("d")?.stringValue == "1_000")
    }
}
