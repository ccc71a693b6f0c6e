/// The result of aligning the points of two versions: groups of old and new point indices
/// (into the flattened plans) with the evidence and the similarity of each group.
struct PointAlignment: Sendable {
    struct Group: Sendable {
        /// Old point indices, ascending (empty for an added point).
        var old: [Int]
        /// New point indices, ascending (empty for a removed point).
        var new: [Int]
        var score: SimilarityScore?
        var evidence: PointChange.MatchEvidence?
    }

    var groups: [Group]
    var statistics: DiffStatistics
}
