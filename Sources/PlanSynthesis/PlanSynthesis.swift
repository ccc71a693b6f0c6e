import Accord

/// Deterministic synthetic plans and mutations with known ground truth, for measuring the
/// quality and speed of `PlanDiff`:
///
/// - `SplitMix64`: the seeded random source (never the system generator).
/// - `PlanGenerator`: realistic plans of any size (areas, sub-points, titles, multi-sentence
///   texts, topics, refs).
/// - `PlanMutator`: a second version with renumbering, reordering, moves, rewording at a given
///   word-edit rate, splits, merges, additions, removals, ids kept or stripped, and the
///   `GroundTruth` of what happened.
/// - `PlanYAMLWriter`: writes plans in the authoring format.
public enum PlanSynthesis {
    /// The version of the synthesis algorithms; output for a given seed changes only with it.
    public static let version = 1
}
