import JSONSchema

/// A named domain rule: a check on a decoded plan that a JSON Schema cannot express
/// (uniqueness across the whole document, references that must resolve, numbering).
///
/// Rules are plain values, listed in `PlanRule.all`; each reports every violation it finds,
/// with the location of the offending value.
public struct PlanRule: Sendable {
    /// Stable id, printed in brackets after each diagnostic (e.g. `duplicate-id`).
    public let id: String
    /// One sentence: what the rule requires.
    public let summary: String
    private let check: @Sendable (PlanRuleContext) -> [Diagnostic]

    public init(id: String, summary: String, check: @escaping @Sendable (PlanRuleContext) -> [Diagnostic]) {
        self.id = id
        self.summary = summary
        self.check = check
    }

    /// Every violation of this rule in the context's plan.
    public func diagnostics(in context: PlanRuleContext) -> [Diagnostic] { check(context) }

    /// All domain rules, in the order they are reported.
    public static let all: [PlanRule] = [
        .uniquePointIDs, .uniqueAreaIDs, .areaResolves, .areaRequired, .refsResolve,
        .noSelfReference, .numbersIncrease, .numbersUnique, .numbersContiguous, .areasUsed,
        .partiesKnown,
    ]
}

/// What a rule looks at: the plan, its file name, and precomputed indexes shared by rules.
public struct PlanRuleContext: Sendable {
    public let plan: Plan
    public let file: String
    /// Every point and sub-point, depth first.
    public let flat: [FlatPoint]
    /// The index in `flat` of the first point with each id.
    public let indexByID: [String: Int]

    public init(plan: Plan, file: String) {
        self.plan = plan
        self.file = file
        flat = plan.allPoints
        var byID: [String: Int] = [:]
        byID.reserveCapacity(flat.count)
        // By index: iterating the elements would copy each point (retaining all its fields).
        for i in flat.indices where byID[flat[i].point.id] == nil { byID[flat[i].point.id] = i }
        indexByID = byID
    }

    /// The first point with this id, if any.
    public func point(withID id: String) -> FlatPoint? { indexByID[id].map { flat[$0] } }

    /// A diagnostic of `rule` at `location` in this context's file.
    public func diagnostic(
        _ rule: String, _ severity: Diagnostic.Severity, at location: SourceLocation,
        _ message: String, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(file: file, location: location, severity: severity, message: message,
                   rule: rule, hint: hint)
    }
}
