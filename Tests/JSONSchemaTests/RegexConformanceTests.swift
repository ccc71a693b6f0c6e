import Foundation
import Testing
import JSONSchema

/// Runs the regex cases of the JSON Schema Test Suite (`pattern`, `patternProperties` keys,
/// `optional/ecmascript-regex`, `optional/format/regex`) directly against ``ECMARegex``.
@Suite struct RegexConformanceTests {
    static let suiteDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/conformance/JSON-Schema-Test-Suite/tests/draft2020-12")
        .standardizedFileURL

    private static func groups(_ file: String) -> [[String: Any]]? {
        let url = suiteDirectory.appendingPathComponent(file)
        guard let data = try? Data(contentsOf: url) else {
            print("regex conformance: skipped \(file) (not found at \(url.path))")
            return nil
        }
        return (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]]
    }

    @Test func patternCases() throws {
        var checked = 0
        for file in ["pattern.json", "optional/ecmascript-regex.json"] {
            guard let groups = Self.groups(file) else { continue }  // suite absent: nothing to check
            for group in groups {
                guard let schema = group["schema"] as? [String: Any], let pattern = schema["pattern"] as? String,
                    let tests = group["tests"] as? [[String: Any]]
                else { continue }
                let regex = try ECMARegex(pattern)
                for test in tests {
                    guard let subject = test["data"] as? String, let valid = test["valid"] as? Bool else { continue }
                    #expect((regex.search(in: subject) == .match) == valid, "/\(pattern)/ on \(subject.debugDescription)")
                    checked += 1
                }
            }
        }
        if Self.groups("pattern.json") != nil { #expect(checked > 40) }
    }

    @Test func patternPropertiesCases() throws {
        guard let groups = Self.groups("patternProperties.json") else { return }
        var checked = 0
        for group in groups {
            guard let schema = group["schema"] as? [String: Any],
                let properties = schema["patternProperties"] as? [String: Any],
                let tests = group["tests"] as? [[String: Any]]
            else { continue }
            let regexes = try properties.keys.map { try ECMARegex($0) }
            for test in tests {
                guard let object = test["data"] as? [String: Any] else { continue }
                for key in object.keys {
                    for regex in regexes {
                        // Each key must give a definite answer; spot-check the obvious cases.
                        let outcome = regex.search(in: key)
                        #expect(outcome != .budgetExceeded)
                        if regex.pattern == "f.*o" { #expect((outcome == .match) == key.hasPrefix("fo")) }
                        if regex.pattern == "^\\p{Letter}+$" {
                            #expect((outcome == .match) == key.unicodeScalars.allSatisfy(\.properties.isAlphabetic))
                        }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 10)
    }

    @Test func formatRegexCases() throws {
        guard let groups = Self.groups("optional/format/regex.json") else { return }
        for group in groups {
            for test in group["tests"] as? [[String: Any]] ?? [] {
                guard let pattern = test["data"] as? String, let valid = test["valid"] as? Bool else { continue }
                #expect(((try? ECMARegex(pattern)) != nil) == valid, "\(pattern)")
            }
        }
    }
}
