/// Word-level inline diff of two texts (Myers' O(ND) algorithm over word tokens).
///
/// Texts are cut into tokens — a word (letters/digits) or a single punctuation character, each
/// carrying the whitespace that follows it — and tokens are compared exactly, so a change of
/// case or punctuation is visible (kept runs show the new spacing). The common prefix and suffix are trimmed first; when the
/// remaining edit distance exceeds `maxEdits` the middle is reported as one deletion plus one
/// insertion, which bounds time and memory (O(maxEdits²)) for very long or unrelated texts.
public struct WordDiff: Sendable {
    /// Upper bound on the number of token insertions + deletions explored.
    public var maxEdits: Int

    public init(maxEdits: Int = 600) { self.maxEdits = max(1, maxEdits) }

    /// The diff from `old` to `new` as coalesced runs (adjacent runs never share an operation).
    public func diff(_ old: String, _ new: String) -> [TextDiffSegment] {
        if old == new { return old.isEmpty ? [] : [TextDiffSegment(.equal, old)] }
        let a = WordDiff.tokens(old)
        let b = WordDiff.tokens(new)
        let ak = a.map(\.key)
        let bk = b.map(\.key)
        var prefix = 0
        while prefix < a.count, prefix < b.count, ak[prefix] == bk[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
              ak[a.count - 1 - suffix] == bk[b.count - 1 - suffix] { suffix += 1 }
        var ops: [(TextDiffSegment.Operation, String)] = []
        ops.reserveCapacity(a.count + b.count)
        for j in 0..<prefix { ops.append((.equal, b[j].text)) }
        let aMid = Array(ak[prefix..<(a.count - suffix)])
        let bMid = Array(bk[prefix..<(b.count - suffix)])
        if let script = myers(aMid, bMid) {
            var i = 0, j = 0
            for step in script {
                switch step {
                case .equal: ops.append((.equal, b[prefix + j].text)); i += 1; j += 1
                case .delete: ops.append((.delete, a[prefix + i].text)); i += 1
                case .insert: ops.append((.insert, b[prefix + j].text)); j += 1
                }
            }
        } else {
            for i in 0..<aMid.count { ops.append((.delete, a[prefix + i].text)) }
            for j in 0..<bMid.count { ops.append((.insert, b[prefix + j].text)) }
        }
        for j in (b.count - suffix)..<b.count { ops.append((.equal, b[j].text)) }
        return WordDiff.coalesce(ops)
    }

    /// Joins runs of the same operation and orders each delete before its adjacent insert.
    static func coalesce(_ ops: [(TextDiffSegment.Operation, String)]) -> [TextDiffSegment] {
        var out: [TextDiffSegment] = []
        var pendingDelete = "", pendingInsert = ""
        func flush() {
            if !pendingDelete.isEmpty { out.append(TextDiffSegment(.delete, pendingDelete)) }
            if !pendingInsert.isEmpty { out.append(TextDiffSegment(.insert, pendingInsert)) }
            pendingDelete = ""; pendingInsert = ""
        }
        for (op, text) in ops {
            switch op {
            case .delete: pendingDelete += text
            case .insert: pendingInsert += text
            case .equal:
                flush()
                if let last = out.last, last.operation == .equal {
                    out[out.count - 1].text += text
                } else {
                    out.append(TextDiffSegment(.equal, text))
                }
            }
        }
        flush()
        return out
    }

    private enum Step { case equal, delete, insert }

    /// Myers' greedy shortest edit script, or nil when it needs more than `maxEdits` edits.
    private func myers(_ a: [String], _ b: [String]) -> [Step]? {
        let n = a.count, m = b.count
        if n == 0 { return Array(repeating: .insert, count: m) }
        if m == 0 { return Array(repeating: .delete, count: n) }
        let limit = min(n + m, maxEdits)
        let offset = limit + 1
        var v = Array(repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        var found = false
        outer: for d in 0...limit {
            // Keep only the diagonals reachable with d edits: -d...d.
            trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
            var k = -d
            while k <= d {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n && y >= m { found = true; break outer }
                k += 2
            }
        }
        guard found else { return nil }
        // Backtrack through the saved frontiers.
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let saved = trace[d]
            func at(_ k: Int) -> Int { saved[k + d + 1] }
            let k = x - y
            let prevK: Int
            if d == 0 {
                while x > 0, y > 0 { steps.append(.equal); x -= 1; y -= 1 }
                break
            }
            if k == -d || (k != d && at(k - 1) < at(k + 1)) { prevK = k + 1 } else { prevK = k - 1 }
            let prevX = at(prevK)
            let prevY = prevX - prevK
            while x > prevX, y > prevY { steps.append(.equal); x -= 1; y -= 1 }
            if x == prevX { steps.append(.insert) } else { steps.append(.delete) }
            x = prevX; y = prevY
        }
        return steps.reversed()
    }

    struct Token {
        var key: String
        var text: String
    }

    /// Word and punctuation tokens, each with its trailing whitespace; leading whitespace of the
    /// text becomes a token of its own.
    static func tokens(_ s: String) -> [Token] {
        var out: [Token] = []
        let scalars = s.unicodeScalars
        var i = scalars.startIndex
        var leading = String.UnicodeScalarView()
        while i < scalars.endIndex, scalars[i].properties.isWhitespace { leading.append(scalars[i]); i = scalars.index(after: i) }
        if !leading.isEmpty { out.append(Token(key: " ", text: String(leading))) }
        while i < scalars.endIndex {
            let start = i
            if TermNormalizer.isWordScalar(scalars[i]) {
                while i < scalars.endIndex, TermNormalizer.isWordScalar(scalars[i]) { i = scalars.index(after: i) }
            } else {
                i = scalars.index(after: i)
            }
            let keyEnd = i
            while i < scalars.endIndex, scalars[i].properties.isWhitespace { i = scalars.index(after: i) }
            out.append(Token(key: String(scalars[start..<keyEnd]), text: String(scalars[start..<i])))
        }
        return out
    }
}
