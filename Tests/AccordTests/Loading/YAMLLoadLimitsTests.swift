import Foundation
import JSONSchema
import Testing
@testable import Accord

/// Resource limits: each one stops loading with a located error that names it.
@Suite("YAML loader: limits")
struct YAMLLoadLimitsTests {
    typealias S = LoadingTestSupport

    /// The classic billion laughs: 9 levels of 10 aliases (10^9 nodes if expanded).
    static let billionLaughs: String = {
        var lines = ["a: &a lol"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for level in 1..<names.count {
            let items = Array(repeating: "*\(names[level - 1])", count: 10).joined(separator: ", ")
            lines.append("\(names[level]): &\(names[level]) [\(items)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func billionLaughsFailsFastAtTheAliasThatGoesOverBudget() throws {
        let clock = ContinuousClock()
        var result: LoadResult?
        let elapsed = clock.measure { result = S.load(Self.billionLaughs) }
        let loaded = try #require(result)
        #expect(loaded.value == nil)
        // Expansions so far: 10 + 110 + 1,110 + 11,110 + 111,110 = 123,350 before level g, whose
        // aliases add 111,111 each: the 8th (line 7, column 8 + 7 × 4) passes 1,000,000.
        #expect(S.summary(loaded) == ["7:36 yaml-alias-budget"])
        let message = try #require(loaded.diagnostics.first?.message)
        #expect(message.contains("1000000") && message.contains("maxAliasExpansion"))
        #expect(elapsed < .seconds(1))
    }

    @Test func aliasBudgetIsConfigurableAndScalesWithTheDocument() {
        let items = (1...20).map(String.init).joined(separator: ", ")
        let text = "a: &a [\(items)]\nb: *a\nc: *a\n"
        var limits = LoadLimits()
        limits.maxAliasExpansion = 10
        // b adds 21 nodes, within the document's own 25 literal nodes; c makes it 42.
        #expect(S.summary(S.load(text, limits: limits)) == ["3:4 yaml-alias-budget"])
        #expect(S.load(text).diagnostics.isEmpty)
    }

    @Test func honestAliasUseStaysWithinTheDefaultBudget() throws {
        var text = "defaults: &d {status: agreed, wording: paraphrase, topics: [a, b, c]}\npoints:\n"
        for i in 0..<5_000 { text += "  - {id: p\(i), meta: *d}\n" }
        let result = S.load(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.value?.node("points", 4_999, "meta", "status")?.stringValue == "agreed")
    }

    @Test func deepFlowNestingGivesALocatedErrorNotACrash() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        let result = S.load(text)
        #expect(result.value == nil)
        #expect(S.summary(result) == ["1:513 yaml-depth"])
        #expect(result.diagnostics.first?.message.contains("512") == true)
        #expect(result.diagnostics.first?.message.contains("maxDepth") == true)
    }

    @Test func deepBlockNestingGivesALocatedErrorNotACrash() {
        let text = String(repeating: "- ", count: 10_000) + "x\n"
        let result = S.load(text)
        #expect(result.value == nil)
        #expect(S.summary(result) == ["1:1025 yaml-depth"])
    }

    @Test func deepIndentedMappingsStopAtTheConfiguredDepth() {
        let text = (0..<30).map { String(repeating: "  ", count: $0) + "a:" }.joined(separator: "\n") + " x\n"
        var limits = LoadLimits()
        limits.maxDepth = 20
        #expect(S.summary(S.load(text, limits: limits)) == ["21:41 yaml-depth"])
        limits.maxDepth = 30
        #expect(S.load(text, limits: limits).diagnostics.isEmpty)
    }

    @Test func libyamlsOwnNestingCapIsReportedAsDepth() {
        var limits = LoadLimits()
        limits.maxDepth = 5_000
        let text = String(repeating: "- ", count: 2_000) + "x\n"
        let result = S.load(text, limits: limits)
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.rule) == ["yaml-depth"])
        #expect(result.diagnostics.first?.location.isKnown == true)
    }

    @Test func scalarLongerThanTheLimit() {
        var limits = LoadLimits()
        limits.maxScalarLength = 1_000
        let text = "short: ok\nlong: \"" + String(repeating: "x", count: 2_000) + "\"\n"
        let result = S.load(text, limits: limits)
        #expect(result.value == nil)
        #expect(S.summary(result) == ["2:7 yaml-scalar-length"])
        #expect(result.diagnostics.first?.message.contains("maxScalarLength") == true)
        limits.maxScalarLength = 2_000
        #expect(S.load(text, limits: limits).diagnostics.isEmpty)
    }

    @Test func hugeScalarFailsWithDefaultLimits() {
        let text = "a: " + String(repeating: "y", count: LoadLimits.default.maxScalarLength + 1) + "\n"
        #expect(S.summary(S.load(text)) == ["1:4 yaml-scalar-length"])
    }

    @Test func fileLargerThanTheLimit() {
        var limits = LoadLimits()
        limits.maxFileSize = 100
        let text = String(repeating: "k: v\n", count: 40)
        let result = S.load(text, limits: limits)
        #expect(result.value == nil)
        #expect(S.summary(result) == ["1:1 yaml-file-size"])
        #expect(result.diagnostics.first?.message.contains("200 bytes") == true)
        #expect(result.diagnostics.first?.message.contains("maxFileSize") == true)
    }

    @Test func defaultsAreDocumented() {
        let limits = LoadLimits.default
        #expect(limits.maxFileSize == 256 * 1024 * 1024)
        #expect(limits.maxDepth == 512)
        #expect(limits.maxScalarLength == 16 * 1024 * 1024)
        #expect(limits.maxAliasExpansion == 1_000_000)
        #expect(limits.maxDiagnostics == 1_000)
        #expect(limits.maxAliasExpansionBytes == 64 * 1024 * 1024)
    }
}

extension YAMLLoadLimitsTests {
    @Test func deepFlowNestingIsLocatedPastQuotedBracketsAndComments() {
        let text = "a: \"[[[[\" # [[[[\nb: '[{' \n\nc: " + String(repeating: "[", count: 10_000) + "\n"
        let result = S.load(text)
        #expect(S.summary(result) == ["4:516 yaml-depth"])
    }
}

extension YAMLLoadLimitsTests {
    @Test func aliasesCannotStackDepthPastTheLimit() {
        // Each line nests 300 levels around an alias of the previous line: depth grows by 300
        // per line while the node count stays tiny.
        let levels = 300
        var lines = ["a: &a " + String(repeating: "[", count: levels) + "x" + String(repeating: "]", count: levels)]
        lines.append("b: &b " + String(repeating: "[", count: levels) + "*a" + String(repeating: "]", count: levels))
        lines.append("c: *b")
        let result = S.load(lines.joined(separator: "\n") + "\n")
        #expect(result.value == nil)
        // `*a` sits inside the mapping and 300 sequences, and brings 300 levels of its own.
        #expect(S.summary(result) == ["2:\(7 + levels) yaml-depth"])
        var limits = LoadLimits()
        limits.maxDepth = 700
        #expect(S.load(lines.joined(separator: "\n") + "\n", limits: limits).diagnostics.isEmpty)
    }
}

extension YAMLLoadLimitsTests {
    @Test func diagnosticsAreCappedAndTheRestSummedUp() throws {
        var limits = LoadLimits()
        limits.maxDiagnostics = 100
        let warnings = String(repeating: "- no\n", count: 5_000)
        let result = S.load(warnings, limits: limits)
        #expect(result.diagnostics.count == 101)
        let summary = try #require(result.diagnostics.last)
        #expect("\(summary.location) \(summary.severity.rawValue) \(summary.rule)" == "101:3 warning yaml-too-many-diagnostics")
        #expect(summary.message.contains("4900 more"))
        // A suppressed error makes the summary an error, so the result still has errors.
        let withError = S.load(warnings + "- *undefined\n", limits: limits)
        #expect(withError.hasErrors)
        #expect(withError.diagnostics.last?.severity == .error)
        // Fatal problems are always listed.
        let fatal = S.load(warnings + "- \"unclosed\n", limits: limits)
        #expect(fatal.value == nil)
        #expect(fatal.diagnostics.contains { $0.rule == "yaml-syntax" })
    }

    @Test func millionWarningsStayCheap() {
        let text = String(repeating: "- no\n", count: 1_000_000)
        let clock = ContinuousClock()
        var result: LoadResult?
        let elapsed = clock.measure { result = S.load(text) }
        #expect(result?.diagnostics.count == LoadLimits.default.maxDiagnostics + 1)
        #expect(elapsed < .seconds(20))
    }
}

extension YAMLLoadLimitsTests {
    @Test func longTextAliasedManyTimesHitsTheTextBudget() throws {
        let mebibyte = 1 << 20
        let text = "big: &b " + String(repeating: "x", count: mebibyte) + "\ncopies:\n"
            + String(repeating: "  - *b\n", count: 100)
        let result = S.load(text)
        #expect(result.value == nil)
        // 64 copies fit the default 64 MiB; the 65th (line 2 + 65) does not.
        #expect(S.summary(result) == ["67:5 yaml-alias-budget"])
        #expect(result.diagnostics.first?.message.contains("maxAliasExpansionBytes") == true)
        var limits = LoadLimits()
        limits.maxAliasExpansionBytes = 128 * mebibyte
        #expect(S.load(text, limits: limits).diagnostics.isEmpty)
    }
}
