/// The parsed form of a pattern, before it is compiled to a ``RegexProgram``.
indirect enum RegexNode: Sendable {
    /// Matches the empty string.
    case empty
    /// One Unicode scalar, by value.
    case scalar(UInt32)
    /// `.`: any scalar except a line terminator.
    case anyExceptLineTerminator
    /// A character class or class escape.
    case set(RegexCharacterSet)
    case sequence([RegexNode])
    case alternation([RegexNode])
    /// A group; `capture` is the 1-based capture number, or nil for `(?:…)`.
    case group(RegexNode, capture: Int?)
    /// A quantified atom; `max == nil` means unbounded.
    case quantified(RegexNode, min: Int, max: Int?, greedy: Bool)
    case inputStart
    case inputEnd
    case wordBoundary(negated: Bool)
    /// `\1` or `\k<name>`, resolved to a capture number.
    case backreference(Int)
    case lookaround(RegexNode, ahead: Bool, negated: Bool)

    /// The capture numbers that occur inside this node (as a closed range), if any.
    var captureRange: ClosedRange<Int>? {
        switch self {
        case .empty, .scalar, .anyExceptLineTerminator, .set, .inputStart, .inputEnd, .wordBoundary,
            .backreference:
            return nil
        case .sequence(let items), .alternation(let items):
            return items.reduce(nil) { RegexNode.union($0, $1.captureRange) }
        case .group(let body, let capture):
            let inner = body.captureRange
            guard let capture else { return inner }
            return RegexNode.union(capture...capture, inner)
        case .quantified(let body, _, _, _), .lookaround(let body, _, _):
            return body.captureRange
        }
    }

    /// Whether the node can match without consuming input (conservative: true when unsure).
    var canMatchEmpty: Bool {
        switch self {
        case .scalar, .anyExceptLineTerminator, .set:
            return false
        case .empty, .inputStart, .inputEnd, .wordBoundary, .backreference, .lookaround:
            return true
        case .sequence(let items):
            return items.allSatisfy(\.canMatchEmpty)
        case .alternation(let items):
            return items.contains(where: \.canMatchEmpty)
        case .group(let body, _):
            return body.canMatchEmpty
        case .quantified(let body, let min, _, _):
            return min == 0 || body.canMatchEmpty
        }
    }

    private static func union(_ a: ClosedRange<Int>?, _ b: ClosedRange<Int>?) -> ClosedRange<Int>? {
        guard let a else { return b }
        guard let b else { return a }
        return Swift.min(a.lowerBound, b.lowerBound)...Swift.max(a.upperBound, b.upperBound)
    }
}
