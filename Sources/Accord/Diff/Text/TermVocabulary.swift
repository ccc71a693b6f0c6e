/// Interns the terms of both plan versions as small integers, caching the normalisation of each
/// distinct raw word (so folding and stemming run once per distinct word, not per occurrence).
struct TermVocabulary {
    private var rawCache: [String: Int32] = [:]
    private var ids: [String: Int32] = [:]
    /// Term texts by id.
    private(set) var terms: [String] = []
    /// Whether each term is a stop word.
    private(set) var isStopWord: [Bool] = []

    init() {}

    var count: Int { terms.count }

    /// Appends the term ids of the words of `text`, in order.
    mutating func appendTerms(of text: String, to out: inout [Int32]) {
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            guard TermNormalizer.isWordScalar(scalars[i]) else { i = scalars.index(after: i); continue }
            let start = i
            while i < scalars.endIndex, TermNormalizer.isWordScalar(scalars[i]) { i = scalars.index(after: i) }
            let raw = String(scalars[start..<i])
            if let id = rawCache[raw] {
                out.append(id)
            } else {
                let id = intern(TermNormalizer.term(Substring(raw)))
                rawCache[raw] = id
                out.append(id)
            }
        }
    }

    private mutating func intern(_ term: String) -> Int32 {
        if let id = ids[term] { return id }
        let id = Int32(terms.count)
        ids[term] = id
        terms.append(term)
        isStopWord.append(TermNormalizer.stopWords.contains(term))
        return id
    }
}
