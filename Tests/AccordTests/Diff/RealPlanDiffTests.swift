import Foundation
import Testing
@testable import Accord

/// The Ukraine plans in Plans/: the 28-point draft against its later versions, with the
/// expected pairing written down — with the files' ids, and with ids stripped from the newer file.
@Suite("Real plans: Ukraine")
struct RealPlanDiffTests {
    static func load(_ name: String) -> Plan? {
        PlanValidator().validate(path: TestPaths.plans.appendingPathComponent(name).path).plan
    }

    /// Every point id replaced by a meaningless slug (refs rewritten), as in a redraft by another party.
    static func strippingIDs(_ plan: Plan) -> Plan {
        var map: [String: String] = [:]
        for (i, f) in plan.allPoints.enumerated() { map[f.point.id] = "x\(i + 1)" }
        func strip(_ p: Point) -> Point {
            var q = p
            q.id = map[p.id] ?? p.id
            q.refs = p.refs.map { map[$0] ?? $0 }
            q.points = p.points.map(strip)
            return q
        }
        var out = plan
        out.points = plan.points.map(strip)
        return out
    }

    /// Old id → new ids for every change with both sides.
    static func pairing(_ report: PlanDiffReport) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for c in report.changes where !c.old.isEmpty && !c.new.isEmpty {
            for o in c.old { out[o.id, default: []].append(contentsOf: c.new.map(\.id)) }
        }
        return out
    }

    static func printPairing(_ title: String, _ report: PlanDiffReport) {
        print("== \(title): \(report.summary.line)")
        for c in report.changes where !c.isUnchanged {
            let sim = c.similarity.map { String(format: "%.2f", $0) } ?? "-"
            print("   \(c.kinds.map(\.rawValue).joined(separator: ",")) \(c.old.map { "\($0.label):\($0.id)" }) -> \(c.new.map { "\($0.label):\($0.id)" }) sim \(sim)")
        }
    }

    /// Old id → new ids, with the new side's stripped ids translated back to the file's ids.
    static func pairing(_ report: PlanDiffReport, strippedFrom new: Plan) -> Set<String> {
        var original: [String: String] = [:]
        for (i, f) in new.allPoints.enumerated() { original["x\(i + 1)"] = f.point.id }
        var out = Set<String>()
        for c in report.changes where !c.old.isEmpty && !c.new.isEmpty {
            for o in c.old { for n in c.new { out.insert(o.id + " → " + (original[n.id] ?? n.id)) } }
        }
        return out
    }

    static func same(_ ids: [String]) -> Set<String> { Set(ids.map { "\($0) → \($0)" }) }

    /// 28-point draft (Nov 2025) → 20-point framework (Dec 2025). The files share ids where a
    /// point carries over, although almost every text was rewritten; pairing by id must hold
    /// even where the wording overlaps little (e.g. `territories`, whose 28-point text is just
    /// a heading over sub-points), because titles, topics or some wording agree.
    /// Expected, and why:
    /// - 19 points carry over by id (list below), several renumbered (army-size 6 → 4, …) and
    ///   `non-aggression-agreement` moved from "security in Europe" to "peace in Ukraine".
    /// - 24a (prisoner exchange) and 24b (civilian return) are merged into 17, which is about
    ///   prisoners and civilians; the 28-point heading 24 ("a humanitarian committee is created …,
    ///   as follows") shares its id with 17 but none of its content, so it is reported removed.
    /// - Removed (absent from Zelensky's list): amnesty, NATO non-membership, no NATO troops,
    ///   jets in Poland, Russia's reintegration (13, a–c), frozen assets, the working group,
    ///   arms control, and sub-points of 10, 12, 20, 21, 24 that the new file does not itemise.
    /// - Added: recovery funds, US free trade, bilateral guarantees not excluded.
    static let expected28To20 = same([
        "ukraine-sovereignty", "non-aggression-agreement", "eu-membership", "reconstruction-package",
        "zaporizhzhia-npp", "education-tolerance", "territories", "no-forcible-change", "dnieper-black-sea",
        "elections", "peace-council", "ceasefire", "security-guarantees", "army-size", "us-guarantee",
        "us-guarantee-russian-invasion", "us-guarantee-void-if-ukraine-invades", "non-nuclear-status",
        "russia-non-aggression-law",
    ]).union(["prisoner-exchange → humanitarian-committee", "civilian-return → humanitarian-committee"])

    @Test func twentyEightPointsToTwentyPointFramework() throws {
        let old = try #require(Self.load("ukraine-28-point-plan-2025-11.yaml"))
        let new = try #require(Self.load("ukraine-20-point-framework-2025-12.yaml"))
        let report = PlanDiff.compare(old, new)
        Self.printPairing("28 → 20", report)
        #expect(Self.pairing(report, strippedFrom: new) == Self.expected28To20)
        let byID = Dictionary(uniqueKeysWithValues: report.changes.compactMap { c in c.old.first.map { ($0.id, c) } })
        #expect(byID["army-size"]?.kinds.contains(.renumbered) == true)
        #expect(byID["non-aggression-agreement"]?.kinds.contains(.moved) == true)
        #expect(byID["amnesty"]?.kinds == [.removed])
        #expect(byID["prisoner-exchange"]?.kinds.first == .merged)
        #expect(Set(report.changes.filter { $0.kinds == [.added] }.flatMap { $0.new.map(\.id) })
                == ["recovery-funds", "us-free-trade", "bilateral-guarantees-not-excluded"])
        #expect(report.areas.contains { $0.oldID == "us-russia" && $0.kinds == [.removed] })

        // A redraft by another party would not share ids: strip them from the new version.
        let strippedNew = Self.strippingIDs(new)
        let stripped = PlanDiff.compare(old, strippedNew)
        Self.printPairing("28 → 20 (ids stripped)", stripped)
        let found = Self.pairing(stripped, strippedFrom: new)
        let correct = found.intersection(Self.expected28To20)
        print("28 → 20 ids stripped: \(correct.count) of \(Self.expected28To20.count) expected pairs, \(found.count - correct.count) other")
        // Most pairs survive; the one disagreement is 10.4 ↔ b, whose wording is closer to b than 10.2's is.
        #expect(correct.count >= 16)
        #expect(found.subtracting(Self.expected28To20).count <= 1)
    }

    /// 28-point draft → Geneva draft (reported as 19 points; the file lists only the 6 points
    /// public reporting describes, with the 28-point ids). All 6 pair by id, the rest of the
    /// 28 points are reported removed (the file says absence means "not reported").
    static let expectedGeneva = same(["ukraine-sovereignty", "territories", "reconstruction-package",
                                      "security-guarantees", "army-size", "russia-nato-dialogue"])

    @Test func twentyEightPointsToGenevaDraft() throws {
        let old = try #require(Self.load("ukraine-28-point-plan-2025-11.yaml"))
        let new = try #require(Self.load("ukraine-geneva-framework-2025-11.yaml"))
        let report = PlanDiff.compare(old, new)
        Self.printPairing("28 → Geneva", report)
        #expect(Self.pairing(report, strippedFrom: new) == Self.expectedGeneva)
        let stripped = PlanDiff.compare(old, Self.strippingIDs(new))
        Self.printPairing("28 → Geneva (ids stripped)", stripped)
        let found = Self.pairing(stripped, strippedFrom: new)
        // Texts here are summaries of reporting, not the draft's wording: fewer survive.
        #expect(found.isSubset(of: Self.expectedGeneva))
        #expect(found.count >= 4)
    }

    @Test func historyAcrossThreeVersions() throws {
        let plans = try ["ukraine-28-point-plan-2025-11.yaml", "ukraine-geneva-framework-2025-11.yaml",
                         "ukraine-20-point-framework-2025-12.yaml"].map { try #require(Self.load($0)) }
        let history = PlanHistory.build(plans)
        print(history.render(format: .text))
        // army-size keeps one row: 6 → 5 → 4.
        let army = history.rows.first { $0.cells[0]?.id == "army-size" }
        #expect(army?.cells.map { $0?.label } == ["6", "5", "4"])
    }
}
