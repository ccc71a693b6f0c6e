import Foundation
import Testing
@testable import Accord

/// Focused tests for bugs the fuzzer found; each input is saved under
/// `Tests/AccordTests/Fixtures/regressions/<target>/`.
@Suite("Robustness: fuzzer regressions")
struct RegressionTests {
    static let regressions = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/regressions")

    static func bytes(_ path: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: regressions.appendingPathComponent(path)))
    }

    /// Found by the `diff` target (self-diff invariant): a point whose `refs` names an id the plan
    /// does not define is reported as a `refs` edit when the plan is compared with itself
    /// (`PointChangeBuilder` maps an unknown old ref to "?id", which never equals the new ref).
    @Test func planDiffedWithItselfHasNoDifferencesEvenWithADanglingRef() throws {
        let (first, _) = DiffFuzzTarget.split(try Self.bytes("diff/self-diff-dangling-ref.pair"))
        let check = PlanValidator().validate(bytes: first, file: "dangling.yaml")
        #expect(check.diagnostics.map(\.rule).contains("unresolved-ref"))
        let plan = try #require(check.plan)
        let report = PlanDiff.compare(plan, plan)
        #expect(!report.hasDifferences, "\(DiffTextRenderer().render(report))")
        #expect(report.changes.allSatisfy { $0.fieldChanges.isEmpty })
    }
}
