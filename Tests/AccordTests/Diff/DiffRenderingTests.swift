import Foundation
import Testing
@testable import Accord
import JSONSchema

/// Renderers: content, escaping of hostile text in every format, JSON shape.
@Suite("Diff rendering")
struct DiffRenderingTests {
    static let hostile = "Evil \u{1B}[31mred\u{1B}[0m <script>alert(1)</script> **bold** | pipe [link](javascript:x) & \u{202E}rtl"

    static let old = Plan(id: "p", title: "Plan <b>", version: "v1", areas: [Area(id: "a", title: "Area <i>")], points: [
        Point(id: "one", label: "1", area: "a", title: "T\u{1B}]0;title\u{07}", text: "The ceasefire starts at once along the whole line of contact."),
        Point(id: "two", label: "2", area: "a", text: "Prisoners are exchanged all for all within thirty days of signature."),
        Point(id: "gone", label: "3", area: "a", text: "Mallory \u{1B}]8;;http://x\u{07}fisheries <b>quota</b> | tariffs removed"),
    ])
    static let new = Plan(id: "p", title: "Plan <b>", version: "v2 <x>", areas: [Area(id: "a", title: "Area <i>")], points: [
        Point(id: "one", label: "1", area: "a", title: "T\u{1B}]0;title\u{07}", text: "The ceasefire starts at once along the whole line of contact " + hostile + "."),
        Point(id: "two", label: "2", area: "a", text: "Prisoners are exchanged all for all within thirty days of signature."),
        Point(id: "new", label: "3", area: "a", text: hostile + " added"),
    ])

    var report: PlanDiffReport { PlanDiff.compare(Self.old, Self.new) }

    /// Long plan notes: a small edit shows as an inline diff with long unchanged stretches
    /// collapsed; a rewrite is summarised in text (the other formats keep the full texts).
    @Test func longMetadataTextsStayReadableInTheTerminal() {
        let words = (1...120).map { "word\($0)" }
        var old = Self.old, edited = Self.old, rewritten = Self.old
        old.notes = words.joined(separator: " ")
        edited.notes = words.map { $0 == "word60" ? "changed" : $0 }.joined(separator: " ")
        rewritten.notes = (1...90).map { "other\($0)" }.joined(separator: " ")

        let small = DiffTextRenderer().render(PlanDiff.compare(old, edited))
        let line = small.split(separator: "\n").first { $0.hasPrefix("  notes: ") } ?? ""
        #expect(line == "  notes: … word54 word55 word56 word57 word58 word59 [-word60 -]{+changed +}word61 word62 word63 word64 word65 word66 …")

        let big = PlanDiff.compare(old, rewritten)
        #expect(DiffTextRenderer().render(big).contains("  notes: rewritten (120 → 90 words; full texts in --format markdown, html or json)"))
        #expect(DiffMarkdownRenderer().render(big).contains("other90"))
        #expect(DiffJSONRenderer().render(big).contains("word120"))
    }

    @Test func terminalOutputHasNoRawControlCharacters() {
        for style in [TerminalStyle.plain, .colored] {
            let text = report.render(format: .text, style: style)
            // Only our own SGR sequences may contain ESC: strip them and no ESC/BEL/bidi may remain.
            var stripped = text
            for code in ["[0m", "[1m", "[2m", "[4m", "[9m", "[31m", "[32m", "[33m", "[90m"] {
                stripped = stripped.replacingOccurrences(of: "\u{1B}" + code, with: "")
            }
            #expect(!stripped.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
                #expect(text.contains("\\u{1B}[31mred"))
        }
        let plain = report.render(format: .text)
        #expect(plain.contains("line of contact {+Evil \\u{1B}[31mred"))
        #expect(plain.contains("- 3 (gone) removed"))
        #expect(plain.contains("+ 3 (new) added"))
        #expect(plain.hasPrefix("v1 → v2 <x>\n3 → 3 points: 1 unchanged, 1 reworded, 1 added, 1 removed, 1 metadata change\n"))
        #expect(plain.contains("\\u{1B}]8;;http://x\\u{7}fisheries"))
    }

    @Test func htmlEscapesEverything() {
        let html = report.render(format: .html)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Area &lt;i&gt;"))
        #expect(!html.contains("\u{1B}"))
        #expect(html.contains("<ins>"))
        #expect(!html.contains("href=") && !html.contains("<link") && !html.contains("src=") && !html.contains("@import"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func markdownEscapesEverything() {
        let md = report.render(format: .markdown)
        #expect(!md.contains("<script>"))
        #expect(md.contains("\\*\\*bold\\*\\*"))
        #expect(md.contains("\\| pipe"))
        #expect(md.contains("\\[link\\]"))
        #expect(!md.contains("\u{1B}"))
        // Every table row has the same number of unescaped cell separators.
        for line in md.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("|---") {
            let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(cells == 5 || cells == 4)
        }
    }

    @Test func markdownInlineDiffMarkers() {
        let segments = [TextDiffSegment(.equal, "Troops "), TextDiffSegment(.delete, "leave "), TextDiffSegment(.insert, "withdraw "),
                        TextDiffSegment(.equal, "now.")]
        #expect(DiffMarkdownRenderer().inlineDiff(segments) == "Troops ~~leave~~ **withdraw** now.")
    }

    @Test func jsonShapeAndKeyOrder() throws {
        let json = report.render(format: .json)
        let value = try JSONParser.parse(string: json)
        let root = try #require(value.objectValue)
        #expect(root.keys == ["old", "new", "hasDifferences", "summary", "changes", "metadata", "areas", "statistics"])
        let first = try #require(root["changes"]?.arrayValue?.first?.objectValue)
        #expect(first.keys == ["kind", "old", "new", "oldNumber", "newNumber", "oldArea", "newArea", "similarity",
                               "matchedBy", "textDiff", "fields"])
        let reworded = try #require(root["changes"]?.arrayValue?.first { $0.objectValue?["old"]?.arrayValue?.first?.stringValue == "one" })
        let ops = reworded.objectValue?["textDiff"]?.arrayValue?.compactMap { $0.objectValue?["op"]?.stringValue }
        #expect(ops == ["equal", "insert", "equal"])
        #expect(root["summary"]?.objectValue?["reworded"]?.numberValue?.intValue == 1)
        #expect(root["hasDifferences"]?.boolValue == true)
        #expect(json.contains("\\u001b[31mred"))
    }
}
