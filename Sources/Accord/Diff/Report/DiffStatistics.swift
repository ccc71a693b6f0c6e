/// Work done by one diff, for checking that alignment stays near-linear.
public struct DiffStatistics: Sendable, Hashable {
    /// Distinct (old, new) candidate pairs produced by the candidate generator.
    public var candidatePairs: Int
    /// Number of point-to-point similarity computations.
    public var similarityComputations: Int

    public init(candidatePairs: Int = 0, similarityComputations: Int = 0) {
        self.candidatePairs = candidatePairs
        self.similarityComputations = similarityComputations
    }
}
