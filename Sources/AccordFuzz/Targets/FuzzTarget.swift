/// The code paths the fuzzer drives, each with the invariants it checks on every input.
///
/// Shared by the libFuzzer entry point, the corpus replayer (`AccordFuzz FILE…`) and the
/// in-process corpus test (`Tests/AccordTests/Robustness`, which links this folder).
enum FuzzTarget: String, CaseIterable, Sendable {
    /// YAMLLoader on raw bytes, with small limits.
    case yaml
    /// Plan loading, decoding, domain rules, and every outline renderer.
    case plan
    /// JSONParser on raw bytes, plus a write/re-parse round trip.
    case json
    /// Two plans (split at the first NUL byte) diffed and rendered in every format.
    case diff
    /// A JSON Schema (and instance, after a NUL byte) compiled and evaluated.
    case schema

    /// Feeds `bytes` to the target; throws when an invariant is broken. A crash, a hang or
    /// runaway memory inside is what the sanitizers and libFuzzer's limits catch.
    func run(_ bytes: [UInt8]) throws(FuzzInvariantViolation) {
        switch self {
        case .yaml: try YAMLFuzzTarget().run(bytes)
        case .plan: try PlanFuzzTarget().run(bytes)
        case .json: try JSONFuzzTarget().run(bytes)
        case .diff: try DiffFuzzTarget().run(bytes)
        case .schema: try SchemaFuzzTarget().run(bytes)
        }
    }

    /// The target named `name`, or nil.
    static func named(_ name: String) -> FuzzTarget? { FuzzTarget(rawValue: name) }
}
