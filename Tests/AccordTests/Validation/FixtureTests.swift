import Foundation
import Testing
@testable import Accord

/// Every invalid fixture under Fixtures/invalid gets exactly the diagnostics in its `.expected`
/// file (`line:col: severity: message [rule]`, one per line, in report order); every fixture
/// under Fixtures/valid and every plan in Plans/ validates without errors.
@Suite("Plan validation fixtures")
struct FixtureTests {
    static func files(in folder: URL, ending: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(ending) }.sorted().map { folder.appendingPathComponent($0) }
    }

    static let invalid = files(in: TestPaths.fixtures.appendingPathComponent("invalid"), ending: ".yaml")
    static let valid = files(in: TestPaths.fixtures.appendingPathComponent("valid"), ending: ".yaml")
    static let plans = files(in: TestPaths.plans, ending: ".yaml")

    @Test("invalid fixture gets its expected diagnostics", arguments: invalid)
    func invalidFixture(_ url: URL) throws {
        let expectedURL = url.deletingPathExtension().appendingPathExtension("expected")
        let expected = TestPaths.read(expectedURL).split(separator: "\n").map(String.init)
        #expect(!expected.isEmpty, "missing \(expectedURL.lastPathComponent)")
        let check = PlanValidator().validate(path: url.path)
        let actual = check.diagnostics.map { d in
            "\(d.location.line):\(d.location.column): \(d.severity.rawValue): \(d.message) [\(d.rule)]"
        }
        #expect(actual == expected, "\(url.lastPathComponent)")
        #expect(!check.isValid)
    }

    @Test("valid fixture has no errors", arguments: valid)
    func validFixture(_ url: URL) {
        let check = PlanValidator().validate(path: url.path)
        #expect(check.isValid, "\(check.diagnostics)")
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics)")
    }

    @Test("shipped plan validates", arguments: plans)
    func shippedPlan(_ url: URL) throws {
        let check = PlanValidator().validate(path: url.path)
        #expect(check.isValid, "\(check.diagnostics.filter { $0.severity == .error })")
        let plan = try #require(check.plan)
        #expect(!plan.sources.isEmpty, "every shipped plan names its sources")
        #expect(plan.date != nil, "every shipped plan is dated")
    }

    @Test func twentyEightPointPlanHasFourAreasAndTwentyEightPoints() throws {
        let check = PlanValidator().validate(path: TestPaths.plans.appendingPathComponent("ukraine-28-point-plan-2025-11.yaml").path)
        let plan = try #require(check.plan)
        #expect(plan.areas.count == 4)
        #expect(plan.points.count == 28)
        #expect(plan.points.map(\.label) == (1...28).map(String.init))
        let outline = Outline(plan: plan)
        #expect(outline.sections.count == 4)
        #expect(outline.sections.allSatisfy { $0.pointCount > 0 })
    }

    @Test func hintsSuggestTheLikelyFix() throws {
        let url = TestPaths.fixtures.appendingPathComponent("invalid/unresolved-references.yaml")
        let check = PlanValidator().validate(path: url.path)
        let area = try #require(check.diagnostics.first { $0.rule == "unknown-area" })
        #expect(area.hint == "did you mean \"security\"?")
        let ref = try #require(check.diagnostics.first { $0.rule == "unresolved-ref" })
        #expect(ref.hint == "did you mean \"army-size\"?")
    }

    @Test func strictModeTurnsWarningsIntoErrors() {
        let yaml = "id: p\ntitle: T\nareas: [{id: a, title: A}, {id: b, title: B}]\npoints: [{id: x, area: a, text: X}]\n"
        let lenient = PlanValidator().validate(bytes: Array(yaml.utf8), file: "p.yaml")
        #expect(lenient.isValid)
        #expect(lenient.diagnostics.map(\.rule) == ["empty-area"])
        let strict = PlanValidator(options: .init(warningsAsErrors: true)).validate(bytes: Array(yaml.utf8), file: "p.yaml")
        #expect(!strict.isValid)
    }

    @Test func embeddedSchemaMatchesSchemasFolder() {
        let onDisk = TestPaths.read(TestPaths.schemas.appendingPathComponent("plan.schema.json"))
        #expect(PlanSchema.text + "\n" == onDisk, "run Scripts/embed-plan-schema")
    }

    @Test func planSchemaUsesOnlyStandardKeywords() {
        #expect(PlanSchema.shared.compiled.unknownKeywords.map(\.name) == [])
    }
}
