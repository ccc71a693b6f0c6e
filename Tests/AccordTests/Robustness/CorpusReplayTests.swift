import Foundation
import Testing

/// Replays the fuzz seed corpus (`Fuzz/corpus/<target>`) and every saved regression input
/// (`Tests/AccordTests/Fixtures/regressions/<target>`) through the fuzz targets in-process, so a
/// regression shows up in `swift test` without libFuzzer.
@Suite("Robustness: fuzz corpus replay")
struct CorpusReplayTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Regression inputs a target is known to still fail on (path relative to the package), with
    /// the reason. The replay expects them to fail and reports when one starts passing.
    static let knownBugs: [String: String] = [:]

    static func inputs(for target: FuzzTarget) -> [URL] {
        let folders = [
            packageRoot.appendingPathComponent("Fuzz/corpus/\(target.rawValue)"),
            packageRoot.appendingPathComponent("Tests/AccordTests/Fixtures/regressions/\(target.rawValue)"),
        ]
        return folders.flatMap { folder -> [URL] in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.sorted().filter { !$0.hasPrefix(".") }.map { folder.appendingPathComponent($0) }
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyInputKeepsEveryInvariant(_ target: FuzzTarget) throws {
        let inputs = Self.inputs(for: target)
        #expect(inputs.count >= 5, "the \(target.rawValue) seed corpus is missing")
        for url in inputs {
            let relative = String(url.path.dropFirst(Self.packageRoot.path.count + 1))
            let bytes = try [UInt8](Data(contentsOf: url))
            let started = Date()
            if let reason = Self.knownBugs[relative] {
                withKnownIssue(Comment(rawValue: reason)) { try target.run(bytes) }
            } else {
                #expect(throws: Never.self, "\(relative)") { try target.run(bytes) }
            }
            let seconds = Date().timeIntervalSince(started)
            #expect(seconds < 10, "\(relative) took \(seconds) s in target \(target.rawValue)")
        }
    }

    @Test func brokenInvariantsAreReported() {
        // The checks themselves must be able to fail: a raw ESC, a script tag and a broken
        // Markdown table are all caught.
        let checks = FuzzOutputChecks(target: "self-test")
        #expect(throws: FuzzInvariantViolation.self) { try checks.terminalSafe("a\u{1B}[31mb", "t") }
        #expect(throws: FuzzInvariantViolation.self) {
            try checks.htmlSafe("<p>x</p><script>alert(1)</script>", "h", allowedTags: ["p"])
        }
        #expect(throws: FuzzInvariantViolation.self) {
            try checks.htmlSafe("<p class=\"a\" onclick=\"x\">x</p>", "h", allowedTags: ["p"])
        }
        #expect(throws: FuzzInvariantViolation.self) {
            try checks.htmlSafe("<p>x</p><img src=x>", "h", allowedTags: ["p"])
        }
        #expect(throws: FuzzInvariantViolation.self) {
            try checks.markdownSafe("| a | b |\n|---|---|\n| x | y | z |\n", "m")
        }
        #expect(throws: Never.self) { try checks.markdownSafe("| a | b |\n|---|---|\n| x \\| y | z |\n", "m") }
        #expect(throws: FuzzInvariantViolation.self) { try checks.markdownSafe("text <b>bold</b>", "m") }
    }
}
