import Testing
@testable import Accord

@Suite("Outline")
struct OutlineTests {
    static let plan = Plan(
        id: "sample",
        title: "Sample <plan>",
        version: "v2",
        date: "2025-11-20",
        status: "draft",
        areas: [
            Area(id: "peace", title: "Peace"),
            Area(id: "security", title: "Security"),
            Area(id: "economy", title: "Economy"),
        ],
        points: [
            Point(id: "ceasefire", label: "1", area: "peace", title: "Ceasefire",
                  text: "Hostilities stop along the line of contact within 72 hours of signature."),
            Point(id: "army", label: "2", area: "security",
                  text: "The armed forces are capped at 600,000 personnel in peacetime, reviewed after five years.",
                  points: [
                    Point(id: "army-a", label: "a", text: "Sub-point with \u{1B}[31mescape\u{1B}[0m bytes."),
                  ]),
            Point(id: "exchange", label: "3", area: "peace", text: "All-for-all exchange of prisoners."),
        ]
    )

    @Test func groupsPointsByAreaInAreaOrder() {
        let outline = Outline(plan: Self.plan)
        #expect(outline.sections.map { $0.area?.id } == ["peace", "security", "economy"])
        #expect(outline.sections.map(\.pointCount) == [2, 1, 0])
        #expect(outline.sections[0].points.map(\.id) == ["ceasefire", "exchange"])
        #expect(outline.totalPointCount == 4)
    }

    @Test func documentOrderStartsASectionWhereTheAreaChanges() {
        let outline = Outline(plan: Self.plan, options: .init(order: .document))
        #expect(outline.sections.map { $0.area?.id } == ["peace", "security", "peace"])
        #expect(outline.sections.map { $0.points.map(\.id) } == [["ceasefire"], ["army"], ["exchange"]])
    }

    @Test func depthCutsSubPoints() {
        let outline = Outline(plan: Self.plan, options: .init(depth: 1))
        #expect(outline.sections[1].points[0].points.isEmpty)
        let full = Outline(plan: Self.plan)
        #expect(full.sections[1].points[0].points.count == 1)
    }

    @Test func headingUsesTitleOrFirstWords() {
        let p = Self.plan.points[1]
        #expect(Outline.heading(of: p, maxWords: 5) == "The armed forces are capped…")
        #expect(Outline.heading(of: Self.plan.points[0]) == "Ceasefire")
    }

    @Test func textRendering() {
        let text = OutlineTextRenderer(style: .plain).render(Outline(plan: Self.plan))
        #expect(text == """
        Sample <plan>
        v2 · 2025-11-20 · draft
        3 points in 3 areas, 1 sub-point

        Peace (2 points)
           1  Ceasefire
           3  All-for-all exchange of prisoners.

        Security (1 point)
           2  The armed forces are capped at 600,000 personnel in peacetime, reviewed after…
              a  Sub-point with \\u{1B}[31mescape\\u{1B}[0m bytes.

        Economy (0 points)

        """)
        #expect(!text.contains("\u{1B}"))
    }

    @Test func colouredTextOnlyWhenAsked() {
        let coloured = OutlineTextRenderer(style: .colored).render(Outline(plan: Self.plan))
        #expect(coloured.contains("\u{1B}[1m"))
        // Escape bytes from the document itself never pass through.
        #expect(!coloured.contains("\u{1B}[31mescape"))
    }

    @Test func markdownEscapesText() {
        let md = OutlineMarkdownRenderer().render(Outline(plan: Self.plan))
        #expect(md.hasPrefix("# Sample &lt;plan&gt;\n"))
        #expect(md.contains("## Peace (2)\n\n- **1.** **Ceasefire**: Hostilities stop"))
        #expect(md.contains("  - **a.** Sub-point with"))
    }

    @Test func htmlEscapesText() {
        let html = OutlineHTMLRenderer().render(Outline(plan: Self.plan))
        #expect(html.contains("<title>Sample &lt;plan&gt;</title>"))
        #expect(!html.contains("<plan>"))
        #expect(html.contains("<section id=\"area-security\">"))
        #expect(!html.contains("<script"))
    }

    @Test func jsonListsAreasWithTheirPoints() throws {
        let json = OutlineJSONRenderer().value(Outline(plan: Self.plan))
        let areas = try #require(json["areas"]?.arrayValue)
        #expect(areas.count == 3)
        #expect(areas[0]["id"]?.stringValue == "peace")
        #expect(areas[0]["pointCount"]?.numberValue?.intValue == 2)
        let points = try #require(areas[1]["points"]?.arrayValue)
        #expect(points[0]["id"]?.stringValue == "army")
        #expect(points[0]["number"]?.stringValue == "2")
        #expect(points[0]["points"]?.arrayValue?.first?["id"]?.stringValue == "army-a")
        #expect(json["pointCount"]?.numberValue?.intValue == 4)
    }
}
