import Foundation
import Testing
@testable import Accord
@testable import JSONSchema

/// Focused tests for problems the fuzzer found; each input is saved under
/// `Tests/AccordTests/Fixtures/regressions/<target>/`.
@Suite("Robustness: fuzzer regressions")
struct RegressionTests {
    static let regressions = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/regressions")

    /// The first plan of a saved `diff` input, validated.
    static func firstPlan(_ path: String) throws -> DocumentCheck {
        let bytes = try [UInt8](Data(contentsOf: regressions.appendingPathComponent(path)))
        let (first, _) = DiffFuzzTarget.split(bytes)
        return PlanValidator().validate(bytes: first, file: path)
    }

    /// Found by the `diff` target (self-diff invariant): a point whose `refs` names an id the plan
    /// does not define shows as a `refs` edit when the plan is compared with itself
    /// (`PointChangeBuilder` maps an unknown old ref to "?id", which never equals the new ref).
    /// `accord diff` refuses such an invalid plan, so only library users see it. Fails until
    /// fixed (one line: map an unknown ref to itself, `newIDsForOldID[$0] ?? [$0]`).
    @Test func selfDiffWithADanglingRefHasNoDifferences() throws {
        let check = try Self.firstPlan("diff/self-diff-dangling-ref.pair")
        #expect(check.diagnostics.map(\.rule) == ["unresolved-ref"])
        let plan = try #require(check.plan)
        let report = PlanDiff.compare(plan, plan)
        #expect(!report.hasDifferences, "\(DiffTextRenderer().render(report))")
    }

    /// Found by the `diff` target: two points sharing an id (and text) are reported as one
    /// merge plus one addition when the plan is compared with itself. The plan is invalid
    /// (`duplicate-id`), so `accord diff` refuses it; only library users see it.
    @Test(.disabled("known bug: PlanDiff pairs points sharing an id as a merge + an addition when a plan is compared with itself"))
    func selfDiffWithDuplicateIDsHasNoDifferences() throws {
        let check = try Self.firstPlan("diff/self-diff-duplicate-ids.pair")
        #expect(check.diagnostics.contains { $0.severity == .error })
        let plan = try #require(check.plan)
        let report = PlanDiff.compare(plan, plan)
        #expect(!report.hasDifferences, "\(DiffTextRenderer().render(report))")
    }

    /// Found by the `schema` target (LeakSanitizer, first seed `{"$ref": "#"}`): a compiled
    /// schema whose references form a cycle is never freed — its `SchemaNode`s hold each other
    /// strongly (the `$ref` keyword keeps its target node). Harmless for the command line
    /// (compile once, exit); a leak per compile for long-running library users. Fixed: a
    /// reference keeps its target weakly and the compiled schema owns every node.
    @Test func compiledRecursiveSchemaIsFreed() throws {
        weak var root: SchemaNode?
        do {
            let schema = try CompiledSchema(try JSONParser.parse(string: ##"{"properties": {"child": {"$ref": "#"}}}"##))
            root = schema.root
            #expect(schema.isValid(try JSONParser.parse(string: #"{"child": {"child": {}}}"#)))
        }
        #expect(root == nil, "the compiled schema's root node outlived the schema")
    }

    /// The same check for a schema without cycles, so the test above can only fail for the cycle.
    @Test func compiledAcyclicSchemaIsFreed() throws {
        weak var root: SchemaNode?
        do {
            let schema = try CompiledSchema(try JSONParser.parse(string: #"{"properties": {"child": {"type": "object"}}}"#))
            root = schema.root
            #expect(schema.isValid(try JSONParser.parse(string: #"{"child": {}}"#)))
        }
        #expect(root == nil, "the compiled schema's root node outlived the schema")
    }

    /// Found by probing the depth limit (the fuzzers' small limits cannot reach it): 150 levels
    /// of flow-style sub-points (YAML depth 300, inside the default limit of 512) overflow the
    /// stack in the schema evaluator's recursion (`Evaluator.apply`) in DEBUG builds — from
    /// about 115 levels on the main thread. Release builds are fine up to the loader's limit
    /// (checked to 400 levels with --max-depth raised; the evaluator then stops at its own
    /// depth limit). Fixed: schema evaluation runs on a thread with a stack sized for the
    /// evaluator's own depth limit.
    @Test func deeplyNestedSubPointsGiveDiagnosticsNotAStackOverflow() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.regressions.appendingPathComponent("known-bugs/deep-subpoints-150-levels.yaml")))
        let check = PlanValidator().validate(bytes: bytes, file: "deep.yaml")
        #expect(check.plan != nil)
        #expect(!check.diagnostics.hasErrors)
    }

    /// A plan whose points all read the same (here: "t"), listed so that most points are new.
    static func identicalPointsPlan(_ count: Int) -> Plan {
        Plan(id: "x", title: "t", points: (0..<count).map { Point(id: "p\($0)", text: "t") })
    }

    /// Found by probing `accord diff` with degenerate input: when thousands of added points
    /// have the same wording as a few old ones, `PointAligner.align`'s split search re-checks
    /// every piece already attached to an old point for every further new point (and
    /// allocates `[i]` for each `newPartners[k] == [i]` comparison): quadratic. Release build,
    /// 2,000 old points against 20,000 / 40,000 / 100,000 new ones: 1.9 s / 8.2 s / 52 s
    /// (`accord diff`, HEAD of 07:35). Disabled because it is a performance bug with no
    /// fix yet; the check is a growth ratio, not an absolute time.
    @Test(.disabled("known bug: PlanDiff is quadratic when many added points share one wording"))
    func diffOfManyIdenticalAddedPointsScalesNearLinearly() {
        let old = Self.identicalPointsPlan(500)
        func seconds(_ newCount: Int) -> Double {
            let new = Self.identicalPointsPlan(newCount)
            let started = Date()
            _ = PlanDiff.compare(old, new)
            return Date().timeIntervalSince(started)
        }
        let small = seconds(2_000), large = seconds(8_000)
        #expect(large < 8 * max(small, 0.01), "4× the points took \(large / max(small, 0.01))× the time (\(small) s → \(large) s)")
    }

    /// Seconds `body` takes.
    static func seconds(_ body: () -> Void) -> Double {
        let started = Date()
        body()
        return Date().timeIntervalSince(started)
    }

    /// YAML for a plan with `count` areas and points; `areaTitle`, `pointArea` and `refs` shape
    /// the degenerate cases below.
    static func planYAML(_ count: Int, areaTitle: (Int) -> String, pointArea: (Int) -> String, refs: String = "") -> [UInt8] {
        var text = "id: x\ntitle: t\nareas:\n"
        for i in 0..<count { text += "  - {id: a\(i), title: \"\(areaTitle(i))\"}\n" }
        text += "points:\n"
        for i in 0..<count { text += "  - {id: p\(i), text: point w\(i), area: \(pointArea(i))\(refs)}\n" }
        return Array(text.utf8)
    }

    /// Found by probing `accord validate` with degenerate input: every unknown area, party or
    /// ref gets a "did you mean" search over all defined names (`Suggestion.closest`, an edit
    /// distance per candidate, `String.count` per candidate) — quadratic. Release build: 20,000
    /// points with unknown areas and 20,000 areas: 64 s; 20,000 unknown parties: 66 s;
    /// 100,000 points each with one unresolved ref "zz": over 120 s. Fix: cache the suggestion
    /// per distinct word, bucket candidates by length, and stop suggesting after a budget.
    /// Fixed that way (`Suggestion`), and hints that list defined areas list at most 12.
    @Test func suggestionsForManyUnknownNamesScaleNearLinearly() {
        func validate(_ count: Int) -> Double {
            let bytes = Self.planYAML(count, areaTitle: { "area \($0)" }, pointArea: { "b\($0)" }, refs: ", refs: [zz]")
            return Self.seconds { _ = PlanValidator().validate(bytes: bytes, file: "unknown.yaml") }
        }
        let small = validate(500), large = validate(2_000)
        #expect(large < 8 * max(small, 0.01), "4× the names took \(large / max(small, 0.01))× the time (\(small) s → \(large) s)")
    }

    /// Found by probing `accord diff` with degenerate input: areas sharing one title are all
    /// paired with each other (`AreaAligner.align` inserts every same-title pair into a set,
    /// unlike `PointAligner.sameTitlePairs`, which skips titles shared by more than 4) —
    /// quadratic. Release build: a plan with 20,000 areas all titled "t" diffed with itself:
    /// over 100 s (0.7 s with distinct titles).
    @Test(.disabled("known bug: AreaAligner pairs every area with every other area of the same title"))
    func diffOfManyAreasSharingATitleScalesNearLinearly() throws {
        func diff(_ count: Int) throws -> Double {
            let bytes = Self.planYAML(count, areaTitle: { _ in "t" }, pointArea: { "a\($0)" })
            let plan = try #require(PlanValidator().validate(bytes: bytes, file: "areas.yaml").plan)
            return Self.seconds { _ = PlanDiff.compare(plan, plan) }
        }
        let small = try diff(500), large = try diff(2_000)
        #expect(large < 8 * max(small, 0.01), "4× the areas took \(large / max(small, 0.01))× the time (\(small) s → \(large) s)")
    }
}
