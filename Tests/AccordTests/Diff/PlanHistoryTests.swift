import Testing
@testable import Accord

/// `PlanHistory`: rows follow points through renumbering, rewording, splits, merges.
@Suite("Plan history")
struct PlanHistoryTests {
    typealias K = DiffChangeKindTests

    static let v1 = K.plan([
        Point(id: "ceasefire", label: "1", area: "peace", text: K.ceasefire),
        Point(id: "army", label: "2", area: "security", text: K.army),
        Point(id: "prisoners", label: "3", area: "peace", text: K.prisoners),
        Point(id: "sanctions", label: "4", area: "security", text: K.sanctions),
    ], version: "v1")
    // v2: ids stripped, army reworded, a point added after ceasefire, sanctions removed.
    static let v2 = K.plan([
        Point(id: "a", label: "1", area: "peace", text: K.ceasefire),
        Point(id: "b", label: "2", area: "peace", text: K.elections),
        Point(id: "c", label: "3", area: "security", text: K.army.replacingFirst("six hundred", with: "eight hundred")),
        Point(id: "d", label: "4", area: "peace", text: K.prisoners),
    ], version: "v2")
    // v3: prisoners split in two; ceasefire and elections merged.
    static let v3 = K.plan([
        Point(id: "a", label: "1", area: "peace", text: K.ceasefire + " " + K.elections),
        Point(id: "c", label: "2", area: "security", text: K.army.replacingFirst("six hundred", with: "eight hundred")),
        Point(id: "pows", label: "3", area: "peace", text: "All prisoners of war and detained civilians are exchanged on an all-for-all basis."),
        Point(id: "kids", label: "4", area: "peace", text: "Children deported during the conflict are returned to their families."),
    ], version: "v3")

    @Test func rowsFollowPointsAcrossVersions() {
        let history = PlanHistory.build([Self.v1, Self.v2, Self.v3])
        #expect(history.versions.map(\.version) == ["v1", "v2", "v3"])
        #expect(history.diffs.count == 2)
        let cells = history.rows.map { $0.cells.map { $0?.compact ?? "" } }
        #expect(cells == [
            ["1", "1=", "1⊕"],        // ceasefire, merged with elections in v3
            ["", "2+", "⊕"],          // elections: added in v2, merged into 1 in v3
            ["2", "3~", "2="],        // army: reworded and renumbered, then unchanged
            ["3", "4=", "3⑂"],        // prisoners: renumbered, then split
            ["", "", "4⑂"],           // second piece of the split
            ["4", "−", ""],           // sanctions removed in v2
        ])
        #expect(history.rows[1].cells[2]?.note == "merged into 1")
        #expect(history.rows[4].cells[2]?.note == "split from 4")
    }

    /// A middle version that leaves a point out (a partial draft) does not split the point's
    /// story in two: when a later version brings the same id back, the row continues.
    @Test func aPointLeftOutOfAMiddleVersionKeepsItsRowWhenItComesBack() {
        let partial = K.plan([Self.v1.points[0], Self.v1.points[1]], version: "partial")
        var back = Self.v1
        back.version = "back"
        let history = PlanHistory.build([Self.v1, partial, back])
        let cells = history.rows.map { $0.cells.map { $0?.compact ?? "" } }
        #expect(cells == [["1", "1=", "1="], ["2", "2=", "2="], ["3", "−", "3+"], ["4", "−", "4+"]])
        #expect(history.rows[2].cells[2]?.note == "back (last seen in version 1)")
        // Matching by content only: ids carry no identity, so the returning point gets a new row.
        let byContent = PlanHistory.build([Self.v1, partial, back], options: PlanDiffOptions(matchMode: .content))
        #expect(byContent.rows.count == 6)
    }

    @Test func renderersEscapeAndAgree() {
        var hostile = Self.v2
        hostile.points[1].text = "<script>x</script> **b** \u{1B}[2J"
        let history = PlanHistory.build([Self.v1, hostile])
        let text = history.render(format: .text, style: .plain)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("Marks: = unchanged"))
        let md = history.render(format: .markdown)
        #expect(!md.contains("<script>") && md.contains("&lt;script&gt;"))
        let html = history.render(format: .html)
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;"))
        let json = history.render(format: .json)
        #expect(json.contains("\"marks\"") && json.contains("\"summaries\""))
        #expect(history.render(format: .json) == PlanHistory.build([Self.v1, hostile]).render(format: .json))
    }
}
