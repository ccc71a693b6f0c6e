import Foundation
import Testing
import JSONSchema

/// Runs every `optional/format/*.json` case of the JSON Schema Test Suite whose schema is just
/// `{"$schema": …, "format": X}` and whose instance is a string, directly against ``FormatChecker``.
@Suite struct FormatConformanceTests {
    static let formatDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/conformance/JSON-Schema-Test-Suite/tests/draft2020-12/optional/format")
        .standardizedFileURL

    @Test func suiteCases() throws {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: Self.formatDirectory.path) else {
            print("format checkers: skipped (no test suite at \(Self.formatDirectory.path))")
            return
        }
        var passed = 0
        var failures: [String] = []
        for file in files.sorted() where file.hasSuffix(".json") {
            let data = try Data(contentsOf: Self.formatDirectory.appendingPathComponent(file))
            let groups = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            for group in groups {
                guard let schema = group["schema"] as? [String: Any], let format = schema["format"] as? String,
                    Set(schema.keys).isSubset(of: ["$schema", "format"]),
                    let tests = group["tests"] as? [[String: Any]]
                else { continue }
                for test in tests {
                    guard let value = test["data"] as? String, let valid = test["valid"] as? Bool else { continue }
                    // Unknown formats are valid.
                    let verdict = FormatChecker.check(format, value) ?? true
                    if verdict == valid {
                        passed += 1
                    } else {
                        let description = test["description"] as? String ?? ""
                        failures.append("\(format): \(value.debugDescription) expected \(valid) (\(description))")
                    }
                }
            }
        }
        print("format checkers: \(passed) passed, \(failures.count) failed")
        for failure in failures { print("  FAIL \(failure)") }
        let total = passed + failures.count
        #expect(total > 500)
        #expect(Double(passed) >= 0.95 * Double(total))
    }
}
