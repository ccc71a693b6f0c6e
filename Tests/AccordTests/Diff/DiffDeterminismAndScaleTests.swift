import Testing
@testable import Accord
import PlanSynthesis

/// Same inputs → byte-identical reports; alignment work grows linearly with plan size.
@Suite("Diff determinism and scale")
struct DiffDeterminismAndScaleTests {
    @Test func sameInputsGiveByteIdenticalReports() {
        let old = PlanGenerator(pointCount: 400, seed: 11).generate()
        let (new, _) = PlanMutator(seed: 12, rate: 0.3, wordEditRate: 0.3, stripIDs: true).mutate(old)
        let first = PlanDiff.compare(old, new)
        let second = PlanDiff.compare(old, new)
        for format in RenderFormat.allCases {
            #expect(first.render(format: format) == second.render(format: format))
        }
        #expect(first.render(format: .json).utf8.count > 10_000)
    }

    @Test func generatorAndMutatorAreDeterministic() {
        let a = PlanYAMLWriter().write(PlanGenerator(pointCount: 200, seed: 5).generate())
        let b = PlanYAMLWriter().write(PlanGenerator(pointCount: 200, seed: 5).generate())
        let c = PlanYAMLWriter().write(PlanGenerator(pointCount: 200, seed: 6).generate())
        #expect(a == b)
        #expect(a != c)
        let plan = PlanGenerator(pointCount: 200, seed: 5).generate()
        let m1 = PlanMutator(seed: 9, stripIDs: true).mutate(plan)
        let m2 = PlanMutator(seed: 9, stripIDs: true).mutate(plan)
        #expect(PlanYAMLWriter().write(m1.new) == PlanYAMLWriter().write(m2.new))
        #expect(m1.truth == m2.truth)
    }

    @Test func tenThousandPointsStayNearLinear() {
        // Work per point must not grow with plan size: compare 1k and 10k.
        func work(_ n: Int) -> (DiffStatistics, PlanDiffReport) {
            let old = PlanGenerator(pointCount: n, seed: 21).generate()
            let (new, _) = PlanMutator(seed: 22, rate: 0.1, wordEditRate: 0.2, stripIDs: true).mutate(old)
            let report = PlanDiff.compare(old, new)
            return (report.statistics, report)
        }
        let (small, _) = work(1_000)
        let (large, report) = work(10_000)
        let points = report.summary.oldPointCount + report.summary.newPointCount
        let options = PlanDiffOptions()
        // At most `candidatesPerPoint` per point in each direction (+ same-id pairs).
        #expect(large.similarityComputations <= points * (options.candidatesPerPoint + 1))
        // An all-pairs comparison would need oldCount × newCount ≈ 10^8.
        #expect(large.similarityComputations < 200_000)
        // Work per point is bounded by the same constant at both sizes.
        #expect(small.similarityComputations <= 2_000 * (options.candidatesPerPoint + 1))
        // Most points are paired (ids were stripped, so by content).
        #expect(report.changes.filter { !$0.old.isEmpty && !$0.new.isEmpty }.count > 9_000)
    }
}
