import Foundation
import Testing
@testable import Accord

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
    /// `accord diff` refuses such an invalid plan, so only library users see it.
    @Test func selfDiffWithADanglingRefHasNoDifferences() throws {
        let check = try Self.firstPlan("diff/self-diff-dangling-ref.pair")
        #expect(check.diagnostics.map(\.rule) == ["unresolved-ref"])
        let plan = try #require(check.plan)
        withKnownIssue("PlanDiff: an unresolved ref reads as changed when a plan is compared with itself") {
            let report = PlanDiff.compare(plan, plan)
            #expect(!report.hasDifferences, "\(DiffTextRenderer().render(report))")
        }
    }

    /// Found by the `diff` target: two points sharing an id (and text) are reported as one
    /// merge plus one addition when the plan is compared with itself. The plan is invalid
    /// (`duplicate-id`), so `accord diff` refuses it; only library users see it.
    @Test func selfDiffWithDuplicateIDsHasNoDifferences() throws {
        let check = try Self.firstPlan("diff/self-diff-duplicate-ids.pair")
        #expect(check.diagnostics.contains { $0.severity == .error })
        let plan = try #require(check.plan)
        withKnownIssue("PlanDiff: points sharing an id pair up as a merge when a plan is compared with itself") {
            let report = PlanDiff.compare(plan, plan)
            #expect(!report.hasDifferences, "\(DiffTextRenderer().render(report))")
        }
    }

    /// Found by probing the depth limit (the fuzzers' small limits cannot reach it): 150 levels
    /// of flow-style sub-points (YAML depth 300, inside the default limit of 512) overflow the
    /// stack in the schema evaluator's recursion (`Evaluator.apply`) in DEBUG builds — from
    /// about 115 levels on the main thread. Release builds are fine up to the loader's limit
    /// (checked to 400 levels with --max-depth raised; the evaluator then stops at its own
    /// depth limit). Disabled because it would crash the (debug) test process.
    @Test(.disabled("known bug: Evaluator.apply overflows the stack on deeply nested plans in debug builds"))
    func deeplyNestedSubPointsGiveDiagnosticsNotAStackOverflow() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.regressions.appendingPathComponent("known-bugs/deep-subpoints-150-levels.yaml")))
        let check = PlanValidator().validate(bytes: bytes, file: "deep.yaml")
        #expect(check.plan != nil)
        #expect(!check.diagnostics.hasErrors)
    }
}
