/// "Did you mean …?" suggestions for misspelt ids, over one fixed set of candidate names.
///
/// Built once per rule run and asked once per unknown name: candidates are bucketed by length
/// (a typo of at most 3 edits changes the length by at most 3), answers are cached per distinct
/// word, and the whole index stops searching after a fixed amount of work, so a plan with tens
/// of thousands of unknown names against tens of thousands of candidates stays cheap (later
/// names then simply get no suggestion).
struct Suggestion {
    /// Edit-distance cells the index may compute before it stops suggesting.
    static let workBudget = 20_000_000

    private var candidatesByLength: [Int: [(name: String, scalars: [Unicode.Scalar])]] = [:]
    private var answers: [String: String?] = [:]
    private var workLeft = Suggestion.workBudget

    init(candidates: some Sequence<String>) {
        for name in Set(candidates) {
            let scalars = Array(name.unicodeScalars)
            candidatesByLength[scalars.count, default: []].append((name, scalars))
        }
    }

    /// The candidate closest to `word` by edit distance, when it is close enough to be a
    /// plausible typo (at most a third of the word's length, and at most 3 edits); ties go to
    /// the alphabetically first candidate.
    mutating func closest(to word: String) -> String? {
        if let known = answers[word] { return known }
        let scalars = Array(word.unicodeScalars)
        let limit = min(3, max(1, scalars.count / 3))
        var best: (name: String, distance: Int)?
        for length in max(0, scalars.count - limit)...(scalars.count + limit) {
            for candidate in candidatesByLength[length] ?? [] {
                let cells = (scalars.count + 1) * (candidate.scalars.count + 1)
                guard workLeft >= cells else { return nil }
                workLeft -= cells
                let d = Self.editDistance(scalars, candidate.scalars, limit: limit)
                guard d <= limit else { continue }
                if best.map({ d < $0.distance || (d == $0.distance && candidate.name < $0.name) }) ?? true {
                    best = (candidate.name, d)
                }
            }
        }
        answers[word] = .some(best?.name)
        return best?.name
    }

    /// `did you mean "x"?`, or nil when no candidate is close enough.
    mutating func didYouMean(_ word: String) -> String? {
        closest(to: word).map { "did you mean \"\($0)\"?" }
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// At most `limit` of `names`, comma-separated, with a count of the rest: for hints that
    /// list what is defined without printing ten thousand names per diagnostic.
    static func listing(_ names: [String], limit: Int = 12) -> String {
        guard names.count > limit else { return names.joined(separator: ", ") }
        return names.prefix(limit).joined(separator: ", ") + ", … (\(names.count - limit) more)"
    }
}
