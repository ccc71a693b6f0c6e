import Foundation
import JSONSchema
import Testing
@testable import Accord

/// Large inputs are parsed by libyaml on a thread of its own (`LibYAMLReadAhead`): the loader
/// must give exactly what reading libyaml directly gives — values, locations, diagnostics —
/// for valid, damaged and limit-breaking documents.
@Suite("YAML loader: read-ahead parsing")
struct YAMLReadAheadTests {
    /// Every node as "pointer @ line:col = type/value", keys with their own locations.
    static func dump(_ value: JSONValue?) -> [String] {
        guard let value else { return ["<no value>"] }
        var lines: [String] = []
        var pending: [(String, JSONValue)] = [("", value)]
        while let (path, node) = pending.popLast() {
            switch node.kind {
            case .array(let items):
                lines.append("\(path) @ \(node.location) = array(\(items.count))")
                for (i, item) in items.enumerated().reversed() { pending.append(("\(path)/\(i)", item)) }
            case .object(let object):
                lines.append("\(path) @ \(node.location) = object(\(object.count))")
                for member in object.members.reversed() {
                    lines.append("\(path)/\(member.key) key @ \(member.keyLocation)")
                    pending.append(("\(path)/\(member.key)", member.value))
                }
            case .string(let s): lines.append("\(path) @ \(node.location) = string \(s.debugDescription)")
            case .number(let n): lines.append("\(path) @ \(node.location) = number \(n)")
            case .bool(let b): lines.append("\(path) @ \(node.location) = bool \(b)")
            case .null: lines.append("\(path) @ \(node.location) = null")
            }
        }
        return lines
    }

    static func loadBothWays(_ bytes: [UInt8], limits: LoadLimits = LoadLimits()) -> (direct: LoadResult, readAhead: LoadResult) {
        var direct = YAMLLoader(limits: limits)
        direct.readAheadThreshold = .max
        var ahead = YAMLLoader(limits: limits)
        ahead.readAheadThreshold = 0
        return (direct.load(bytes, file: "doc.yaml"), ahead.load(bytes, file: "doc.yaml"))
    }

    static func expectSame(_ bytes: [UInt8], limits: LoadLimits = LoadLimits(), _ comment: String) {
        let (direct, ahead) = loadBothWays(bytes, limits: limits)
        #expect(ahead.diagnostics == direct.diagnostics, "\(comment)")
        #expect(dump(ahead.value) == dump(direct.value), "\(comment)")
    }

    /// A document with every kind of event: anchors, aliases, tags, a version directive, all
    /// scalar styles, long scalars (longer than a batch's string memory), flow and block
    /// collections, many points (several batches).
    static func bigDocument(points: Int) -> String {
        var text = "%YAML 1.2\n---\nid: &plan big-plan\ntitle: !!str Big\nalias-of-id: *plan\n"
        text += "long: \"" + String(repeating: "é long text ", count: 120_000) + "\"\n"
        text += "points:\n"
        for i in 1...points {
            text += "  - id: p-\(i)\n    number: \(i)\n    text: 'It''s point \(i)'\n"
            if i % 3 == 0 { text += "    topics: [a, b, {c: \(i).5}]\n" }
            if i % 7 == 0 { text += "    note: |\n      line one\n      line two \(i)\n" }
            if i % 11 == 0 { text += "    flag: yes\n    tagged: !!int \"\(i)\"\n    empty:\n" }
        }
        return text
    }

    @Test func validDocumentsLoadTheSame() {
        let text = Self.bigDocument(points: 30_000)
        Self.expectSame(Array(text.utf8), "big document")
        Self.expectSame(Array("a: 1\n".utf8), "tiny document")
    }

    @Test func brokenDocumentsReportTheSame() {
        let text = Self.bigDocument(points: 20_000)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // A syntax error near the end (after many batches), and one near the start.
        var late = lines
        late.insert("  - id: [unclosed", at: lines.count - 40)
        Self.expectSame(Array(late.joined(separator: "\n").utf8), "late syntax error")
        var early = lines
        early.insert("bad: \"unclosed", at: 5)
        Self.expectSame(Array(early.joined(separator: "\n").utf8), "early syntax error")
        // Recovered errors (duplicate keys, unknown tags, undefined aliases) all along.
        let recovered = text.replacingOccurrences(of: "    number: 5", with: "    number: 5\n    number: 6\n    x: !weird *nowhere")
        Self.expectSame(Array(recovered.utf8), "recovered errors")
    }

    @Test func limitsStopLoadingTheSame() {
        let text = Self.bigDocument(points: 20_000)
        var shallow = LoadLimits()
        shallow.maxDepth = 2
        Self.expectSame(Array(text.utf8), limits: shallow, "depth limit early in a big document")
        var shortScalars = LoadLimits()
        shortScalars.maxScalarLength = 1000
        Self.expectSame(Array(text.utf8), limits: shortScalars, "scalar length limit")
        var fewDiagnostics = LoadLimits()
        fewDiagnostics.maxDiagnostics = 3
        let noisy = text.replacingOccurrences(of: "    number: ", with: "    flag: on\n    number: ")
        Self.expectSame(Array(noisy.utf8), limits: fewDiagnostics, "diagnostics limit")
    }

    @Test func mutatedDocumentsLoadTheSame() {
        var g = YAMLLoaderRobustnessTests.Generator(state: 0x2EAD_A4EAD)
        var limits = LoadLimits()
        limits.maxDepth = 40
        limits.maxAliasExpansion = 5_000
        for round in 0..<2_000 {
            let seed = Array(YAMLLoaderRobustnessTests.seeds[round % YAMLLoaderRobustnessTests.seeds.count].utf8)
            let input = YAMLLoaderRobustnessTests.mutate(seed, &g)
            Self.expectSame(input, limits: limits, "round \(round): \(input)")
        }
    }
}
