import Foundation

/// Finds the official JSON-Schema-Test-Suite checkout: `$JSON_SCHEMA_TEST_SUITE`, else
/// `../shared/conformance/JSON-Schema-Test-Suite` relative to the package root.
enum TestSuiteLocator {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var suiteRoot: URL {
        if let env = ProcessInfo.processInfo.environment["JSON_SCHEMA_TEST_SUITE"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        return packageRoot.appendingPathComponent("../shared/conformance/JSON-Schema-Test-Suite").standardizedFileURL
    }

    static var draftFolder: URL { suiteRoot.appendingPathComponent("tests/draft2020-12") }

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: draftFolder.path)
    }

    /// CI sets ACCORD_REQUIRE_SUITE=1: a missing suite is then a failure, not a skip.
    static var isRequired: Bool { ProcessInfo.processInfo.environment["ACCORD_REQUIRE_SUITE"] == "1" }

    static func jsonFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
