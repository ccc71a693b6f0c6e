/// How `PlanDiff` aligns points. The defaults are tuned on synthetic plans with known ground
/// truth (see PlanSynthesis and `DiffQualityTests`).
public struct PlanDiffOptions: Sendable, Hashable {
    /// How points are paired across versions (`--match`).
    public enum MatchMode: String, Sendable, Hashable, CaseIterable {
        /// Same ids where the content agrees (`idAgreement`), content similarity elsewhere.
        case auto
        /// Same id only; everything else is added or removed.
        case id
        /// Content only; ids are ignored for pairing (id changes are still reported).
        case content
    }

    public var matchMode: MatchMode = .auto
    /// A content pair is accepted when its weighted word similarity reaches this (0…1)…
    public var matchThreshold: Double = 0.30
    /// …or, for points still unpaired after split/merge detection, when it reaches this lower
    /// value, each point is the other's best candidate, and on both sides it beats the
    /// runner-up candidate by the factor `weakMatchMargin`.
    public var weakMatchThreshold: Double = 0.10
    /// The weak threshold is at least this many times the median, over old points, of the
    /// similarity of their second-best candidate (which is almost always unrelated, so the
    /// median measures the background overlap of the two versions' vocabularies).
    public var backgroundFactor: Double = 2.5
    public var weakMatchMargin: Double = 1.5
    /// In `auto` mode a same-id pair is kept when some content evidence agrees: similarity
    /// ≥ this, or either wording at least half contained in the other, or title similarity
    /// ≥ 0.3, or a shared topic with similarity ≥ a sixth of this. An id reused for other
    /// content has none of these and is paired by content instead.
    public var idAgreement: Double = 0.12
    /// A further new point joins an old one as a split piece (and a further old point joins a
    /// new one as a merged piece) when at least this share of its term weight is contained in it.
    public var containmentThreshold: Double = 0.6
    /// Candidate keys indexed per point (rarest content unigrams/bigrams).
    public var keysPerPoint: Int = 12
    /// Candidates kept per point, in each direction.
    public var candidatesPerPoint: Int = 8
    /// Postings read per key (bounds the work on very common keys).
    public var maxPostings: Int = 64
    /// Token edits explored by the inline word diff before it gives up on fine alignment.
    public var maxWordDiffEdits: Int = 600

    public init(matchMode: MatchMode = .auto) { self.matchMode = matchMode }
}
