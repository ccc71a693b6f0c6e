import Foundation
import JSONSchema
import Testing
@testable import Accord

/// Deterministic mutation testing: thousands of damaged documents load without crashing, and
/// every result keeps the loader's contract.
@Suite("YAML loader: robustness")
struct YAMLLoaderRobustnessTests {
    static let seeds: [String] = [
        "id: plan\ntitle: \"T\"\npoints:\n  - id: a\n    text: |\n      x\n    topics: [a, b]\n",
        "a: &x {k: [1, 2, {z: *y}]}\nb: *x\nc: !!int 3\n? [k]\n: v\n",
        "- 'q''s'\n- \"\\u00e9\\n\"\n- >-\n  folded\n- 0x1F\n- .inf\n- ~\n",
        "%YAML 1.2\n%TAG !e! tag:example.com,2000:\n--- !e!x\nk: !!str v\n...\n",
        "{a: [b, {c: d}], 'e': \"f\", ? g : h}\n",
        "x: &a [*a]\nlol: &l [l, l]\nlol2: &m [*l, *l, *l]\n",
    ]

    /// The rules after which no value is returned.
    static let fatalRules: Set<String> = Set([
        YAMLRule.fileSize, .binary, .encoding, .controlCharacter, .syntax, .empty, .depth, .scalarLength, .aliasBudget,
    ].map(\.rawValue))

    /// A small deterministic generator (SplitMix64).
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    static let interesting: [[UInt8]] = [
        "[", "]", "{", "}", ":", ": ", "- ", "&a ", "*a", "!!int ", "! ", "!x ", "? ", "#", "'", "\"", "\\", "|", ">",
        "\t", "\n", "\r", "\r\n", "---\n", "...\n", "%YAML 1.1\n", "<<: ", "0x", "1:20", "\u{FEFF}", "é", "😀",
    ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC3], [0xE2, 0x82], [0x07], [0xC2, 0x85]]

    static func mutate(_ input: [UInt8], _ g: inout Generator) -> [UInt8] {
        var bytes = input
        for _ in 0...g.below(4) {
            let at = g.below(bytes.count + 1)
            switch g.below(5) {
            case 0: if !bytes.isEmpty { bytes.remove(at: min(at, bytes.count - 1)) }
            case 1: bytes.insert(contentsOf: interesting[g.below(interesting.count)], at: at)
            case 2: if at < bytes.count { bytes[at] = UInt8(truncatingIfNeeded: g.next()) }
            case 3:
                let end = min(bytes.count, at + g.below(40))
                bytes.insert(contentsOf: bytes[at..<end], at: g.below(bytes.count + 1))
            default:
                let end = min(bytes.count, at + g.below(20))
                bytes.removeSubrange(at..<end)
            }
        }
        return bytes
    }

    static func depth(_ v: JSONValue) -> Int {
        var deepest = 0
        var pending: [(JSONValue, Int)] = [(v, 1)]
        while let (value, level) = pending.popLast() {
            switch value.kind {
            case .array(let items):
                deepest = max(deepest, level)
                pending += items.map { ($0, level + 1) }
            case .object(let object):
                deepest = max(deepest, level)
                pending += object.members.map { ($0.value, level + 1) }
            default: break
            }
        }
        return deepest
    }

    @Test func mutatedDocumentsKeepTheContract() {
        var g = Generator(state: 0xACC0_2D)
        var limits = LoadLimits()
        limits.maxDepth = 40
        limits.maxAliasExpansion = 5_000
        let loader = YAMLLoader(limits: limits)
        let known = Set(YAMLRule.allCases.map(\.rawValue))
        var outcomes: [String: Int] = [:]
        for round in 0..<20_000 {
            let seed = Array(Self.seeds[round % Self.seeds.count].utf8)
            let input = Self.mutate(seed, &g)
            let result = loader.load(input, file: "fuzz.yaml")
            let fatal = result.diagnostics.contains { Self.fatalRules.contains($0.rule) }
            #expect((result.value == nil) == fatal, "round \(round): \(input)")
            for d in result.diagnostics {
                #expect(d.location.isKnown, "round \(round): \(d.rule) without location")
                #expect(known.contains(d.rule), "round \(round): unknown rule \(d.rule)")
                outcomes[d.rule, default: 0] += 1
            }
            if let value = result.value { #expect(Self.depth(value) <= limits.maxDepth) }
        }
        print("yaml-robustness: diagnostics by rule over 20000 mutated documents: \(outcomes.sorted { $0.key < $1.key })")
        #expect(outcomes.count > 8)
    }
}
