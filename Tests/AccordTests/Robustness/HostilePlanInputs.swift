import Foundation

/// Generated hostile plan files (large ones are built in code rather than committed).
enum HostilePlanInputs {
    static let header = "id: hostile\ntitle: Hostile\n"

    /// name → bytes.
    static let all: [(name: String, bytes: [UInt8])] = [
        ("empty", []),
        ("whitespace-only", Array("  \n\n# just a comment\n".utf8)),
        ("several-documents", Array((header + "points: []\n---\n" + header + "points: []\n").utf8)),
        ("binary", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xFE]),
        ("invalid-utf8", Array(header.utf8) + Array("points:\n  - id: a\n    text: \"caf".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)),
        ("bom", [0xEF, 0xBB, 0xBF] + Array((header + "points: []\n").utf8)),
        ("tab-indentation", Array((header + "points:\n\t- id: a\n\t  text: t\n").utf8)),
        ("enormous-scalar", Array((header + "points:\n  - id: a\n    text: \"" + String(repeating: "x", count: 17 << 20) + "\"\n").utf8)),
        ("alias-bomb", Array(aliasBomb.utf8)),
        ("deep-flow-nesting", Array((header + "points: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n").utf8)),
        ("deep-block-nesting", Array((header + "x-deep:\n" + (1...2_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined()).utf8)),
        ("duplicate-keys", Array((header + "title: Again\npoints: []\n").utf8)),
        ("non-string-keys", Array((header + "points: []\n? [1, 2]\n: complex\n").utf8)),
        ("unknown-tag", Array((header + "points: !!python/object:os.system [\"rm -rf /\"]\n").utf8)),
        ("wrong-types", Array("id: [1]\ntitle: {a: b}\ndate: true\npoints: {}\nareas: 5\n".utf8)),
    ]

    /// Nine levels of ten aliases each: 10^9 nodes if expanded.
    static var aliasBomb: String {
        var text = header + "x-a0: &a0 [lol]\n"
        for level in 1...9 {
            text += "x-a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        return text + "points: []\n"
    }
}
