import Foundation
import JSONSchema
import Testing
@testable import Accord

/// Every file in `Fixtures/hostile/` loads without crashing, quickly, with exactly the
/// diagnostics listed in its sibling `.expected` file (`line:col: severity: message [rule]`
/// per line; an empty file means no diagnostics).
@Suite("YAML loader: hostile corpus")
struct YAMLHostileCorpusTests {
    static func inputs() throws -> [URL] {
        let folder = LoadingTestSupport.hostileFixtures
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasSuffix(".expected") && !$0.hasPrefix(".") }
            .sorted()
            .map { folder.appendingPathComponent($0) }
    }

    @Test func corpusIsThere() throws {
        #expect(try Self.inputs().count >= 30)
    }

    @Test(arguments: try YAMLHostileCorpusTests.inputs())
    func loadsWithExpectedDiagnostics(input: URL) throws {
        let bytes = try [UInt8](Data(contentsOf: input))
        let clock = ContinuousClock()
        var result: LoadResult?
        let elapsed = clock.measure { result = YAMLLoader().load(bytes, file: input.lastPathComponent) }
        let loaded = try #require(result)
        let actual = loaded.diagnostics.map(LoadingTestSupport.render)

        let expectedURL = input.appendingPathExtension("expected")
        if ProcessInfo.processInfo.environment["ACCORD_PRINT_HOSTILE"] != nil {
            print("hostile \(input.lastPathComponent):\n" + actual.joined(separator: "\n"))
        }
        let expectedText = try String(contentsOf: expectedURL, encoding: .utf8)
        let expected = expectedText.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(actual == expected, "\(input.lastPathComponent)")
        // Fatal errors leave no value; a value only comes with recoverable problems.
        let fatal: Set<String> = [
            YAMLRule.fileSize, .binary, .encoding, .controlCharacter, .syntax, .empty, .depth, .scalarLength, .aliasBudget,
        ].reduce(into: []) { $0.insert($1.rawValue) }
        #expect((loaded.value == nil) == loaded.diagnostics.contains { fatal.contains($0.rule) })
        #expect(elapsed < .seconds(2), "\(input.lastPathComponent) took \(elapsed)")
    }
}
