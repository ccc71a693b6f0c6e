/// How much two points' wording overlaps, with terms weighted by IDF.
public struct SimilarityScore: Sendable, Hashable {
    /// Weighted Jaccard similarity of the two term sets: 1 = same words, 0 = none shared.
    public var similarity: Double
    /// Share of the old point's term weight found in the new point (1 = old fully contained).
    public var oldContained: Double
    /// Share of the new point's term weight found in the old point.
    public var newContained: Double
    /// Weighted Jaccard similarity of the two titles (0 when either has none).
    public var titleSimilarity: Double = 0

    public init(similarity: Double, oldContained: Double, newContained: Double) {
        self.similarity = similarity
        self.oldContained = oldContained
        self.newContained = newContained
    }

    public static let zero = SimilarityScore(similarity: 0, oldContained: 0, newContained: 0)

    /// Scores two profiles by a linear merge of their sorted term lists.
    static func between(_ a: PointProfile, _ b: PointProfile, weights: [Double]) -> SimilarityScore {
        var i = 0, j = 0
        var shared = 0.0
        let x = a.terms, y = b.terms
        while i < x.count, j < y.count {
            let s = x[i], t = y[j]
            if s == t { shared += weights[Int(s)]; i += 1; j += 1 } else if s < t { i += 1 } else { j += 1 }
        }
        return scored(a, b, shared: shared, weights: weights)
    }

    /// The score of two profiles whose shared terms weigh `shared` (summed in ascending term order).
    static func scored(_ a: PointProfile, _ b: PointProfile, shared: Double, weights: [Double]) -> SimilarityScore {
        a.titleTerms.withUnsafeBufferPointer { aTitle in
            b.titleTerms.withUnsafeBufferPointer { bTitle in
                scored(aWeight: a.weight, aTitle: aTitle, bWeight: b.weight, bTitle: bTitle, shared: shared, weights: weights)
            }
        }
    }

    /// The score of two points with profile weights `aWeight`, `bWeight`, title terms `aTitle`,
    /// `bTitle` (ascending), whose shared terms weigh `shared`.
    @inline(__always)
    static func scored(aWeight: Double, aTitle: UnsafeBufferPointer<Int32>, bWeight: Double, bTitle: UnsafeBufferPointer<Int32>,
                       shared: Double, weights: [Double]) -> SimilarityScore {
        let union = aWeight + bWeight - shared
        guard union > 0 else {
            var same = SimilarityScore(similarity: 1, oldContained: 1, newContained: 1)
            same.titleSimilarity = !aTitle.isEmpty && aTitle.elementsEqual(bTitle) ? 1 : 0
            return same
        }
        var score = SimilarityScore(
            similarity: shared / union,
            oldContained: aWeight > 0 ? shared / aWeight : 1,
            newContained: bWeight > 0 ? shared / bWeight : 1
        )
        if !aTitle.isEmpty && !bTitle.isEmpty {
            score.titleSimilarity = jaccard(aTitle, bTitle, weights: weights)
        }
        return score
    }

    /// Weighted Jaccard similarity of two sorted term lists (used for titles).
    static func jaccard<C: RandomAccessCollection<Int32>>(_ x: C, _ y: C, weights: [Double]) -> Double where C.Index == Int {
        if x.isEmpty && y.isEmpty { return 1 }
        var i = 0, j = 0
        var shared = 0.0, total = 0.0
        while i < x.count || j < y.count {
            if j >= y.count || (i < x.count && x[i] < y[j]) { total += weights[Int(x[i])]; i += 1 }
            else if i >= x.count || y[j] < x[i] { total += weights[Int(y[j])]; j += 1 }
            else { shared += weights[Int(x[i])]; total += weights[Int(x[i])]; i += 1; j += 1 }
        }
        return total > 0 ? shared / total : 0
    }
}
