import Testing
@testable import Accord

/// Each change kind on small hand-made plans.
@Suite("Diff change kinds")
struct DiffChangeKindTests {
    static let ceasefire = "A full and unconditional ceasefire takes effect along the entire line of contact within seventy-two hours of signature, monitored by an international mission."
    static let army = "The armed forces of Ukraine are capped at six hundred thousand personnel in peacetime, with a review of the ceiling after five years."
    static let prisoners = "All prisoners of war and detained civilians are exchanged on an all-for-all basis, and children deported during the conflict are returned to their families."
    static let sanctions = "Economic sanctions are lifted in stages as the agreement is implemented, with a snapback mechanism if obligations are violated."
    static let elections = "Presidential and parliamentary elections are held within one hundred days after the signing of the agreement under international observation."

    static func plan(_ points: [Point], areas: [Area] = [Area(id: "peace", title: "Peace"), Area(id: "security", title: "Security")],
                     version: String = "v1") -> Plan {
        Plan(id: "sample", title: "Sample plan", version: version, areas: areas, points: points)
    }

    static let base = plan([
        Point(id: "ceasefire", label: "1", area: "peace", title: "Ceasefire", text: ceasefire),
        Point(id: "army", label: "2", area: "security", text: army),
        Point(id: "prisoners", label: "3", area: "peace", text: prisoners),
        Point(id: "sanctions", label: "4", area: "security", text: sanctions),
        Point(id: "elections", label: "5", area: "peace", text: elections),
    ])

    func change(_ report: PlanDiffReport, old: String) -> PointChange? {
        report.changes.first { $0.old.contains { $0.id == old } }
    }

    @Test func identicalPlansHaveNoDifferences() {
        let report = PlanDiff.compare(Self.base, Self.base)
        #expect(!report.hasDifferences)
        #expect(report.summary.count(.unchanged) == 5)
        #expect(report.changes.allSatisfy { $0.isUnchanged })
        #expect(report.summary.line == "5 → 5 points: 5 unchanged")
    }

    @Test func summaryCountsTopLevelPointsAndGivesTotalsWithSubPoints() {
        var new = Self.base
        new.points[0].points = [Point(id: "sub-a", label: "a", text: "A sub-point about monitoring of the line of contact.")]
        let report = PlanDiff.compare(Self.base, new)
        #expect(report.summary.oldTopLevelCount == 5 && report.summary.newTopLevelCount == 5)
        #expect(report.summary.newPointCount == 6)
        #expect(report.summary.line.hasPrefix("5 → 5 points (5 → 6 with sub-points): "))
        #expect(report.summary.count(.added) == 1)
        let json = DiffJSONRenderer().render(report)
        #expect(json.contains("\"oldTopLevelPoints\": 5") && json.contains("\"newPoints\": 6"))
    }

    @Test func rewordedWithInlineDiff() {
        var new = Self.base
        new.points[1].text = "The armed forces of Ukraine are limited to eight hundred thousand personnel in peacetime, with a review of the ceiling after five years."
        let report = PlanDiff.compare(Self.base, new)
        let c = change(report, old: "army")
        #expect(c?.kinds == [.reworded])
        #expect(c?.textDiff.contains(TextDiffSegment(.delete, "capped at six ")) == true)
        #expect(c?.textDiff.contains(TextDiffSegment(.insert, "limited to eight ")) == true)
        let text = DiffTextRenderer().inlineDiff(c?.textDiff ?? [])
        #expect(text.contains("[-capped at six -]{+limited to eight +}hundred"))
        #expect(report.hasDifferences)
    }

    @Test func renumberedAndRewordedWithoutIDs() {
        // Another party's redraft: new ids, new order, small edits.
        let new = Self.plan([
            Point(id: "p1", label: "1", area: "peace", text: Self.prisoners),
            Point(id: "p2", label: "2", area: "peace", title: "Ceasefire", text: Self.ceasefire.replacingFirst("seventy-two", with: "forty-eight")),
            Point(id: "p3", label: "3", area: "security", text: Self.army),
            Point(id: "p4", label: "4", area: "security", text: Self.sanctions),
            Point(id: "p5", label: "5", area: "peace", text: Self.elections),
        ])
        let report = PlanDiff.compare(Self.base, new)
        #expect(change(report, old: "ceasefire")?.new.map(\.id) == ["p2"])
        #expect(change(report, old: "ceasefire")?.kinds == [.reworded, .renumbered, .renamed])
        #expect(change(report, old: "prisoners")?.kinds == [.renumbered, .renamed])
        #expect(change(report, old: "sanctions")?.kinds == [.renamed])
        #expect(change(report, old: "sanctions")?.fieldChanges == [FieldChange(field: "id", old: "sanctions", new: "p4")])
        #expect(change(report, old: "army")?.matchedBy == .content)
        #expect(report.summary.count(.added) == 0 && report.summary.count(.removed) == 0)
    }

    @Test func movedToAnotherArea() {
        var new = Self.base
        new.points[3].area = "peace"
        let report = PlanDiff.compare(Self.base, new)
        let c = change(report, old: "sanctions")
        #expect(c?.kinds == [.moved])
        #expect(c?.fieldChanges.first == FieldChange(field: "area", old: "security", new: "peace"))
    }

    @Test func addedAndRemoved() {
        var new = Self.base
        new.points.remove(at: 4)
        new.points.append(Point(id: "reconstruction", label: "5", area: "security",
                                text: "A development fund for the reconstruction of damaged cities is financed by frozen assets."))
        let report = PlanDiff.compare(Self.base, new)
        #expect(change(report, old: "elections")?.kinds == [.removed])
        #expect(report.changes.first { $0.new.first?.id == "reconstruction" }?.kinds == [.added])
        #expect(report.summary.count(.added) == 1 && report.summary.count(.removed) == 1)
    }

    @Test func splitIntoTwoPoints() {
        var new = Self.base
        new.points.remove(at: 2)
        new.points.insert(Point(id: "pows", label: "3", area: "peace",
                                text: "All prisoners of war and detained civilians are exchanged on an all-for-all basis."), at: 2)
        new.points.insert(Point(id: "children", label: "3a", area: "peace",
                                text: "Children deported during the conflict are returned to their families."), at: 3)
        let report = PlanDiff.compare(Self.base, new)
        let c = change(report, old: "prisoners")
        #expect(c?.kinds.first == .split)
        #expect(c?.new.map(\.id) == ["pows", "children"])
        #expect(report.summary.count(.split) == 1)
        #expect(report.summary.count(.added) == 0)
    }

    @Test func mergedIntoOnePoint() {
        var new = Self.base
        new.points.remove(at: 4)
        new.points[0] = Point(id: "ceasefire", label: "1", area: "peace", title: "Ceasefire",
                              text: Self.ceasefire + " " + Self.elections)
        let report = PlanDiff.compare(Self.base, new)
        let c = report.changes.first { $0.kinds.contains(.merged) }
        #expect(c?.old.map(\.id) == ["ceasefire", "elections"])
        #expect(c?.new.map(\.id) == ["ceasefire"])
        #expect(report.summary.count(.removed) == 0)
    }

    @Test func reusedIDForOtherContentIsNotTrusted() {
        // The new version reuses the id "army" for the sanctions text and drops the army point.
        let new = Self.plan([
            Point(id: "ceasefire", label: "1", area: "peace", title: "Ceasefire", text: Self.ceasefire),
            Point(id: "army", label: "2", area: "security", text: Self.sanctions),
            Point(id: "prisoners", label: "3", area: "peace", text: Self.prisoners),
            Point(id: "elections", label: "4", area: "peace", text: Self.elections),
        ])
        let auto = PlanDiff.compare(Self.base, new)
        #expect(change(auto, old: "sanctions")?.new.map(\.id) == ["army"])
        #expect(change(auto, old: "army")?.kinds == [.removed])
        let byID = PlanDiff.compare(Self.base, new, options: PlanDiffOptions(matchMode: .id))
        #expect(change(byID, old: "army")?.new.map(\.id) == ["army"])
        #expect(change(byID, old: "army")?.kinds.contains(.reworded) == true)
    }

    @Test func metadataAreasTopicsAndStatus() {
        var new = Self.base
        new.version = "v2"
        new.status = "proposed"
        new.parties = ["Ukraine"]
        new.sources = [PlanSource(title: "Press report", publisher: "Agency")]
        new.areas = [Area(id: "peace", title: "Peace and ceasefire"), Area(id: "guarantees", title: "Security"),
                     Area(id: "economy", title: "Economy")]
        for i in new.points.indices where new.points[i].area == "security" { new.points[i].area = "guarantees" }
        new.points[0].topics = ["ceasefire"]
        new.points[0].status = "disputed"
        new.points[0].positions = [PartyPosition(party: "Russia", stance: "rejects")]
        let report = PlanDiff.compare(Self.base, new)
        #expect(report.metadata.map(\.field) == ["version", "status", "parties", "sources"])
        let areas = Dictionary(uniqueKeysWithValues: report.areas.map { ($0.newID ?? $0.oldID ?? "", $0.kinds) })
        #expect(areas["peace"] == [.retitled])
        #expect(areas["guarantees"] == [.renamed])
        #expect(areas["economy"] == [.added])
        // Points that followed the renamed area are not "moved".
        #expect(change(report, old: "army")?.isUnchanged == true)
        let c = change(report, old: "ceasefire")
        #expect(c?.kinds == [.edited])
        #expect(c?.fieldChanges.map(\.field) == ["topics", "status", "positions"])
    }

    @Test func subPointMovedToAnotherParent() {
        let old = Self.plan([
            Point(id: "ceasefire", label: "1", area: "peace", text: Self.ceasefire,
                  points: [Point(id: "monitoring", label: "1.1", text: Self.elections)]),
            Point(id: "army", label: "2", area: "security", text: Self.army),
        ])
        let new = Self.plan([
            Point(id: "ceasefire", label: "1", area: "peace", text: Self.ceasefire),
            Point(id: "army", label: "2", area: "security", text: Self.army,
                  points: [Point(id: "monitoring", label: "2.1", text: Self.elections)]),
        ])
        let report = PlanDiff.compare(old, new)
        let c = change(report, old: "monitoring")
        #expect(c?.kinds == [.renumbered, .moved])
        #expect(c?.fieldChanges.map(\.field) == ["area", "parent"])
    }

    @Test func ordersChangesByNewAreaThenRemovedAreas() {
        var new = Self.base
        new.areas = [Area(id: "security", title: "Security")]
        new.points = new.points.filter { $0.area == "security" }
        let report = PlanDiff.compare(Self.base, new)
        #expect(report.sections.map(\.areaID) == ["security", "peace"])
        #expect(report.sections.map(\.isRemovedArea) == [false, true])
        #expect(report.areas.map(\.kinds) == [[.unchanged], [.removed]])
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        return replacingCharacters(in: r, with: replacement)
    }
}
