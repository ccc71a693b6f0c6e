import Foundation

/// Paths of the package and of files the tests read, found from this source file's location
/// (tests never rely on the working directory).
enum TestPaths {
    /// The package root (the folder holding Package.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("Tests/AccordTests/Fixtures")
    static let plans = packageRoot.appendingPathComponent("Plans")
    static let schemas = packageRoot.appendingPathComponent("Schemas")

    /// The `accord` executable built beside the test bundle.
    static var accordExecutable: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = testBinary.deletingLastPathComponent()
        // On Linux the runner is <products>/AccordPackageTests.xctest; on macOS a bundle.
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("accord")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return testBinary.deletingLastPathComponent().appendingPathComponent("accord")
    }

    static func read(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}
