import Foundation
import Testing
import JSONSchema
@testable import Accord

/// Plan text carrying HTML, Markdown and terminal escape sequences goes through every outline
/// and diff renderer without injecting markup or control bytes.
@Suite("Robustness: hostile plan text in renderers")
struct HostileRenderingTests {
    static let script = "<script>alert(1)</script>"
    static let esc = "\u{1B}[31mred\u{1B}[0m \u{1B}]0;title\u{07}"
    static let hostileTitle = "\(script) | a | b | **bold** `code` \(esc)"

    static func plan(text: String, version: String) -> Plan {
        Plan(
            id: "hostile", title: hostileTitle, version: "\(version) <img src=x onerror=alert(1)>",
            date: "2025-01-01", status: "draft\u{1B}[2J",
            areas: [Area(id: "a", title: "Area | with | pipes \(script)")],
            points: [
                Point(id: "p1", label: "1\u{1B}[5m", area: "a", title: "Title \(esc)", text: text,
                      points: [Point(id: "p1-a", label: "a\"><script>", text: "[x](javascript:alert(1)) \u{202E}reversed \u{9B}31m C1")]),
                Point(id: "p2", label: "2|3", area: "a", text: "line one\nline two\r| c | d |\n|---|---|\n# heading\t<b onmouseover=x>"),
            ]
        )
    }

    static let old = plan(text: "The parties agree \(script) to stop \u{1B}[31mfighting\u{1B}[0m | now.", version: "v1")
    static let new = plan(text: "The parties agree \(script) to halt \u{1B}[41mall fighting\u{1B}[0m | soon | <i>really</i>.", version: "v2")

    static let checks = FuzzOutputChecks(target: "test")

    static func outlines() -> [Outline] {
        Outline.Order.allCases.flatMap { order in [nil, 1].map { Outline(plan: old, options: .init(order: order, depth: $0)) } }
    }

    static func assertTerminalSafe(_ text: String) {
        #expect(!text.unicodeScalars.contains("\u{1B}"), "raw ESC in terminal text")
        #expect(!text.unicodeScalars.contains("\u{9B}"), "raw C1 CSI in terminal text")
        #expect(!text.unicodeScalars.contains("\u{202E}"), "raw bidi override in terminal text")
        #expect(!text.unicodeScalars.contains("\u{07}"), "raw BEL in terminal text")
        #expect(!text.unicodeScalars.contains("\r"), "raw carriage return in terminal text")
        #expect(throws: Never.self) { try checks.terminalSafe(text, "text") }
    }

    static func assertHTMLSafe(_ html: String, tags: Set<String>) {
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b onmouseover"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(!html.unicodeScalars.contains("\u{1B}"))
        #expect(throws: Never.self) { try checks.htmlSafe(html, "html", allowedTags: tags) }
    }

    static func assertMarkdownSafe(_ markdown: String, tags: Set<String> = []) {
        #expect(!markdown.lowercased().contains("<script"))
        #expect(!markdown.contains("<img"))
        #expect(!markdown.unicodeScalars.contains("\u{1B}"))
        #expect(!markdown.contains("\n|---|---|\n"), "plan text started a table")
        #expect(!markdown.contains("\n| c | d |"), "plan text started a table row")
        #expect(!markdown.contains("\n# heading"), "plan text started a heading")
        #expect(throws: Never.self) { try checks.markdownSafe(markdown, "markdown", allowedTags: tags) }
    }

    @Test func outlineTextHasNoRawControlCharacters() {
        for outline in Self.outlines() {
            let plain = OutlineTextRenderer(style: .plain).render(outline)
            Self.assertTerminalSafe(plain)
            #expect(plain.contains("\\u{1B}[31mred"), "escape shown visibly")
            Self.assertTerminalSafe(FuzzOutputChecks.removingStyleSequences(OutlineTextRenderer(style: .colored).render(outline)))
        }
    }

    @Test func outlineHTMLEscapesMarkupAndAttributes() {
        for outline in Self.outlines() {
            let html = OutlineHTMLRenderer().render(outline)
            Self.assertHTMLSafe(html, tags: PlanFuzzTarget.outlineHTMLTags)
            #expect(html.contains("id=\"point-p1\""))
        }
        let html = OutlineHTMLRenderer().render(Outline(plan: Self.old))
        #expect(html.contains("a&quot;&gt;&lt;script&gt;"), "label cannot leave its element")
    }

    @Test func outlineMarkdownEscapesPipesMarkupAndLineBreaks() {
        for outline in Self.outlines() {
            let markdown = OutlineMarkdownRenderer().render(outline)
            Self.assertMarkdownSafe(markdown)
            #expect(markdown.contains("\\| a \\| b \\|"))
            #expect(markdown.contains("\\*\\*bold\\*\\*"))
        }
    }

    @Test func outlineJSONKeepsTheTextExactly() throws {
        let json = OutlineJSONRenderer().render(Outline(plan: Self.old))
        let value = try JSONParser.parse(string: json)
        func strings(_ v: JSONValue) -> [String] {
            switch v.kind {
            case .string(let s): return [s]
            case .array(let a): return a.flatMap(strings)
            case .object(let o): return o.members.flatMap { strings($0.value) }
            default: return []
            }
        }
        let all = strings(value)
        #expect(all.contains(Self.hostileTitle))
        #expect(all.contains(Self.old.points[0].text))
    }

    @Test func diffTextHasNoRawControlCharacters() {
        for mode in PlanDiffOptions.MatchMode.allCases {
            let report = PlanDiff.compare(Self.old, Self.new, options: PlanDiffOptions(matchMode: mode))
            #expect(report.hasDifferences)
            for unchanged in [false, true] {
                Self.assertTerminalSafe(DiffTextRenderer(style: .plain, showUnchanged: unchanged).render(report))
                Self.assertTerminalSafe(FuzzOutputChecks.removingStyleSequences(
                    DiffTextRenderer(style: .colored, showUnchanged: unchanged).render(report)))
            }
        }
    }

    @Test func diffHTMLEscapesMarkup() {
        let report = PlanDiff.compare(Self.old, Self.new)
        for unchanged in [false, true] {
            Self.assertHTMLSafe(DiffHTMLRenderer(showUnchanged: unchanged).render(report), tags: DiffFuzzTarget.diffHTMLTags)
        }
    }

    @Test func diffMarkdownKeepsTablesIntact() {
        let report = PlanDiff.compare(Self.old, Self.new)
        for unchanged in [false, true] {
            let markdown = DiffMarkdownRenderer(showUnchanged: unchanged).render(report)
            Self.assertMarkdownSafe(markdown, tags: ["br"])
            #expect(!markdown.contains("| soon |"), "a raw pipe from plan text would split a table cell")
        }
    }

    @Test func diffJSONParses() throws {
        let report = PlanDiff.compare(Self.old, Self.new)
        _ = try JSONParser.parse(string: DiffJSONRenderer().render(report))
    }

    @Test func diagnosticsQuotingHostileKeysPrintSafely() throws {
        // Unknown keys and values are quoted in messages; they must not reach the terminal raw.
        let yaml = "id: x\ntitle: t\npoints: []\n\"\\e[31mevil\\e]0;x\\a\": 1\nstatus: \"\\e[2J\"\n"
        let check = PlanValidator().validate(bytes: Array(yaml.utf8), file: "hostile\u{1B}[1m.yaml")
        #expect(check.diagnostics.hasErrors)
        for d in check.diagnostics {
            Self.assertTerminalSafe(DiagnosticFormatter(style: .plain).text(d))
        }
    }
}
