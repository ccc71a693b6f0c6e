import Foundation
import Testing
@testable import Accord
import JSONSchema

/// `DiffJSONRenderer.render` writes JSON text directly; it must be exactly the text of the
/// `JSONValue` tree `value(report)` serialised by `JSONWriter`, in both layouts.
@Suite("Diff JSON renderer")
struct DiffJSONRendererTests {
    /// Text with every character class the JSON escaper treats specially.
    static let awkward = "quote \" backslash \\ newline \n return \r tab \t bell \u{07} escape \u{1B}[31m del \u{7F} "
        + "line sep \u{2028} para sep \u{2029} other E2: \u{2030} \u{20AC} accents é ñ emoji 🇺🇦 nul-free end"

    static func reports() -> [PlanDiffReport] {
        let old = Plan(id: "p \"1\"", title: "Plan \\ x", version: "v1\n", date: nil,
                       areas: [Area(id: "a", title: "Area \u{2028}"), Area(id: "b", title: "Gone \t")], points: [
            Point(id: "one", label: "1", area: "a", title: "T \u{1B}]0;x\u{07}", text: "The ceasefire starts at once along the whole line."),
            Point(id: "two", label: "2", area: "b", text: "Prisoners are exchanged all for all within thirty days. " + awkward),
            Point(id: "three", label: "3", area: "a", text: "Sanctions are lifted in stages and the fund is created. Reconstruction follows."),
            Point(id: "gone", label: "4", text: awkward),
        ])
        let new = Plan(id: "p \"1\"", title: "Plan \\ y", version: "v2 \u{7F}", date: "2025-11-20",
                       areas: [Area(id: "a", title: "Area \u{2029}")], points: [
            Point(id: "one", label: "1", area: "a", title: "T \u{1B}]0;x\u{07}", text: "The ceasefire starts at once along the whole line " + awkward),
            Point(id: "two", label: "3", area: "a", text: "Prisoners are exchanged all for all within thirty days. " + awkward),
            Point(id: "s1", label: "4", area: "a", text: "Sanctions are lifted in stages and the fund is created."),
            Point(id: "s2", label: "5", text: "Reconstruction follows."),
            Point(id: "new", label: "6", text: awkward + " added"),
        ])
        return [PlanDiff.compare(old, new), PlanDiff.compare(new, old), PlanDiff.compare(old, old),
                PlanDiff.compare(Plan(id: "e", title: "e"), Plan(id: "e", title: "e"))]
    }

    @Test(arguments: [true, false])
    func renderEqualsTheJSONWriterTextOfTheValueTree(pretty: Bool) {
        for report in Self.reports() {
            let renderer = DiffJSONRenderer(pretty: pretty)
            let direct = renderer.render(report)
            let viaTree = JSONWriter(pretty: pretty).string(renderer.value(report))
            #expect(direct == viaTree)
        }
    }

    /// Large reports are rendered in runs on several cores and spliced together.
    @Test(arguments: [true, false])
    func largeReportRenderEqualsTheJSONWriterText(pretty: Bool) {
        func plan(_ version: Int) -> Plan {
            Plan(id: "big", title: "Big", points: (0..<6_000).map { i in
                let text = "Point \(i) covers the \"topic\" number \(i % 97) and clause \(i % 13)."
                return Point(id: "p\(i)", label: "\(i + 1)", text: version == 1 && i % 3 == 0 ? text + " Amended \(i)." : text)
            })
        }
        let report = PlanDiff.compare(plan(0), plan(1))
        let renderer = DiffJSONRenderer(pretty: pretty)
        #expect(renderer.render(report) == JSONWriter(pretty: pretty).string(renderer.value(report)))
    }

    @Test func renderedTextParsesBackToTheValueTree() throws {
        for report in Self.reports() {
            let renderer = DiffJSONRenderer()
            #expect(try JSONParser.parse(string: renderer.render(report)) == renderer.value(report))
        }
    }
}
