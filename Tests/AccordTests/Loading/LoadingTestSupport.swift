import Foundation
import JSONSchema
@testable import Accord

/// Helpers shared by the YAML loading tests.
enum LoadingTestSupport {
    /// The package root, found from this file's location (never the working directory).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // Loading
        .deletingLastPathComponent()   // AccordTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()

    /// The hostile-input corpus folder.
    static let hostileFixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile")

    static func load(_ text: String, limits: LoadLimits = .default, yaml11: Bool = true) -> LoadResult {
        YAMLLoader(limits: limits, reportsYAML11Ambiguities: yaml11).load(text, file: "test.yaml")
    }

    static func load(bytes: [UInt8], limits: LoadLimits = .default) -> LoadResult {
        YAMLLoader(limits: limits).load(bytes, file: "test.yaml")
    }

    /// `line:col: severity: message [rule]`, the format of the corpus' `.expected` files.
    static func render(_ d: Diagnostic) -> String {
        "\(d.location.line):\(d.location.column): \(d.severity.rawValue): \(d.message) [\(d.rule)]"
    }

    /// `line:col rule` of every diagnostic, for compact assertions.
    static func summary(_ result: LoadResult) -> [String] {
        result.diagnostics.map { "\($0.location) \($0.rule)" }
    }
}

extension JSONValue {
    /// Follows object keys and array indices (`"points", 0, "id"`).
    func node(_ path: Any...) -> JSONValue? {
        var current: JSONValue? = self
        for step in path {
            if let key = step as? String {
                current = current?.objectValue?[key]
            } else if let index = step as? Int, let array = current?.arrayValue, array.indices.contains(index) {
                current = array[index]
            } else {
                return nil
            }
        }
        return current
    }

    /// `line:col` of member `key`'s key, when this is an object that has it.
    func keyLocation(_ key: String) -> String? {
        objectValue?.member(key)?.keyLocation.description
    }
}
