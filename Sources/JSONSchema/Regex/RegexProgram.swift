/// A test of one scalar: the unit consumed by `.consume` and the fast `.loop` instruction.
enum RegexScalarTest: Sendable, Equatable {
    case scalar(UInt32)
    case anyExceptLineTerminator
    /// An index into ``RegexProgram/sets``.
    case set(Int)
}

/// One instruction of the backtracking machine. `backward` instructions (used inside
/// lookbehind) consume the scalar before the current position instead of after it.
enum RegexInstruction: Sendable {
    case consume(RegexScalarTest, backward: Bool)
    /// Repeats a scalar test between `min` and `max` times without one backtrack entry per
    /// repetition; continues at the next instruction.
    case loop(RegexScalarTest, min: Int, max: Int, greedy: Bool, backward: Bool)
    /// Continue at `preferred`; on failure come back and continue at `alternative`.
    case split(preferred: Int, alternative: Int)
    case jump(Int)
    /// Stores the current position in a slot (capture bound or loop-progress register).
    case save(slot: Int)
    /// Unsets the slots `range` (captures of a quantified group, reset each iteration).
    case clear(Range<Int>)
    /// Fails when the position equals the slot: an optional iteration matched the empty string.
    case requireProgress(slot: Int)
    case inputStart
    case inputEnd
    case wordBoundary(negated: Bool)
    case backreference(group: Int, backward: Bool)
    /// Runs the body at `body` (ending in `.match`) as an atomic sub-match, then continues at `next`.
    case lookaround(body: Int, negated: Bool, next: Int)
    case match
}

/// ASCII membership of one character set (bit n of `low`/`high` is scalar n / n + 64).
struct ASCIIMap: Sendable {
    let low: UInt64
    let high: UInt64
}

/// A compiled pattern: instructions, character sets, and facts used to skip hopeless starts.
struct RegexProgram: Sendable {
    /// The largest program a pattern may compile to (counted repetitions are expanded).
    static let maximumInstructions = 250_000

    var instructions: [RegexInstruction] = []
    private(set) var sets: [RegexCharacterSet] = []
    /// Each set's ASCII membership, kept apart so the hot path reads plain bits.
    private(set) var asciiMaps: [ASCIIMap] = []
    /// Number of position slots: two per capture (including group 0) plus loop registers.
    var slotCount = 0
    /// True when every match must start at position 0 (`^…`).
    var anchoredAtStart = false
    /// A test the first scalar of every match must pass, if the pattern guarantees one.
    var firstScalar: RegexScalarTest?
    /// When the pattern starts with an unbounded loop over one scalar test outside any capture
    /// (`[a-z]+…`), a failed attempt at a position inside a run of such scalars means every
    /// later start in the same run fails too (it would try a subset of the same continuations).
    var leadingUnboundedLoop: RegexScalarTest?
    /// Scalars every match must contain (a few), so subjects lacking one are rejected at once.
    var requiredScalars: [UInt32] = []

    /// Compiles a parsed pattern.
    init(node: RegexNode, captureCount: Int) throws(RegexSyntaxError) {
        slotCount = 2 * (captureCount + 1)
        try emit(node, backward: false)
        instructions.append(.match)
        anchoredAtStart = Self.isAnchored(node)
        firstScalar = leadingTest(node)
        leadingUnboundedLoop = leadingLoop(node)
        requiredScalars = Array(Self.requiredScalars(node).sorted().prefix(4))
    }

    // MARK: Code generation

    private mutating func append(_ instruction: RegexInstruction) throws(RegexSyntaxError) {
        guard instructions.count < Self.maximumInstructions else {
            throw RegexSyntaxError(message: "pattern too large (counted repetition expands too far)", offset: 0)
        }
        instructions.append(instruction)
    }

    private mutating func scalarTest(_ node: RegexNode) -> RegexScalarTest? {
        switch node {
        case .scalar(let value): return .scalar(value)
        case .anyExceptLineTerminator: return .anyExceptLineTerminator
        case .set(let set):
            sets.append(set)
            asciiMaps.append(ASCIIMap(low: set.asciiLow, high: set.asciiHigh))
            return .set(sets.count - 1)
        case .group(let body, nil): return scalarTest(body)
        default: return nil
        }
    }

    private static func isSingleScalar(_ node: RegexNode) -> Bool {
        switch node {
        case .scalar, .anyExceptLineTerminator, .set: return true
        case .group(let body, nil): return isSingleScalar(body)
        default: return false
        }
    }

    private mutating func emit(_ node: RegexNode, backward: Bool) throws(RegexSyntaxError) {
        switch node {
        case .empty:
            break
        case .scalar, .anyExceptLineTerminator, .set:
            if let test = scalarTest(node) { try append(.consume(test, backward: backward)) }
        case .sequence(let items):
            for item in backward ? items.reversed() : items { try emit(item, backward: backward) }
        case .alternation(let alternatives):
            var exitJumps: [Int] = []
            for (offset, alternative) in alternatives.enumerated() {
                if offset == alternatives.count - 1 {
                    try emit(alternative, backward: backward)
                } else {
                    let split = instructions.count
                    try append(.split(preferred: split + 1, alternative: 0))
                    try emit(alternative, backward: backward)
                    exitJumps.append(instructions.count)
                    try append(.jump(0))
                    instructions[split] = .split(preferred: split + 1, alternative: instructions.count)
                }
            }
            for jump in exitJumps { instructions[jump] = .jump(instructions.count) }
        case .group(let body, let capture):
            guard let capture else { return try emit(body, backward: backward) }
            try append(.save(slot: 2 * capture + (backward ? 1 : 0)))
            try emit(body, backward: backward)
            try append(.save(slot: 2 * capture + (backward ? 0 : 1)))
        case .quantified(let body, let min, let max, let greedy):
            try emitQuantified(body, min: min, max: max, greedy: greedy, backward: backward)
        case .inputStart:
            try append(.inputStart)
        case .inputEnd:
            try append(.inputEnd)
        case .wordBoundary(let negated):
            try append(.wordBoundary(negated: negated))
        case .backreference(let group):
            try append(.backreference(group: group, backward: backward))
        case .lookaround(let body, let ahead, let negated):
            let start = instructions.count
            try append(.lookaround(body: start + 1, negated: negated, next: 0))
            try emit(body, backward: !ahead)
            try append(.match)
            instructions[start] = .lookaround(body: start + 1, negated: negated, next: instructions.count)
        }
    }

    private mutating func emitQuantified(
        _ body: RegexNode, min: Int, max: Int?, greedy: Bool, backward: Bool
    ) throws(RegexSyntaxError) {
        if max == 0 { return }
        if Self.isSingleScalar(body), let test = scalarTest(body) {
            if min == 1, max == 1 { return try append(.consume(test, backward: backward)) }
            return try append(.loop(test, min: min, max: max ?? Int.max, greedy: greedy, backward: backward))
        }
        let captures = body.captureRange.map { (2 * $0.lowerBound)..<(2 * $0.upperBound + 2) }
        for _ in 0..<min {
            let before = instructions.count
            if let captures { try append(.clear(captures)) }
            try emit(body, backward: backward)
            // A body that compiles to nothing (`(?:)`) needs no further copies.
            if instructions.count == before { break }
        }
        // Optional iterations fail when they match the empty string (ECMA-262 RepeatMatcher).
        var progressSlot: Int?
        if body.canMatchEmpty {
            progressSlot = slotCount
            slotCount += 1
        }
        func emitIteration(_ program: inout RegexProgram) throws(RegexSyntaxError) {
            if let progressSlot { try program.append(.save(slot: progressSlot)) }
            if let captures { try program.append(.clear(captures)) }
            try program.emit(body, backward: backward)
            if let progressSlot { try program.append(.requireProgress(slot: progressSlot)) }
        }
        guard let max else {
            let top = instructions.count
            try append(.split(preferred: 0, alternative: 0))
            try emitIteration(&self)
            try append(.jump(top))
            let exit = instructions.count
            instructions[top] = greedy
                ? .split(preferred: top + 1, alternative: exit) : .split(preferred: exit, alternative: top + 1)
            return
        }
        var splits: [Int] = []
        for _ in min..<max {
            splits.append(instructions.count)
            try append(.split(preferred: 0, alternative: 0))
            try emitIteration(&self)
        }
        let exit = instructions.count
        for split in splits {
            instructions[split] = greedy
                ? .split(preferred: split + 1, alternative: exit) : .split(preferred: exit, alternative: split + 1)
        }
    }

    // MARK: Analysis

    private static func isAnchored(_ node: RegexNode) -> Bool {
        switch node {
        case .inputStart: return true
        case .sequence(let items): return items.first.map(isAnchored) ?? false
        case .alternation(let alternatives): return alternatives.allSatisfy(isAnchored)
        case .group(let body, _): return isAnchored(body)
        case .quantified(let body, let min, _, _): return min > 0 && isAnchored(body)
        default: return false
        }
    }

    /// Scalars that occur in every string the node matches (conservative).
    private static func requiredScalars(_ node: RegexNode) -> Set<UInt32> {
        switch node {
        case .scalar(let value):
            return [value]
        case .sequence(let items):
            return items.reduce(into: Set<UInt32>()) { $0.formUnion(requiredScalars($1)) }
        case .alternation(let alternatives):
            guard let first = alternatives.first else { return [] }
            return alternatives.dropFirst().reduce(requiredScalars(first)) { $0.intersection(requiredScalars($1)) }
        case .group(let body, _):
            return requiredScalars(body)
        case .quantified(let body, let min, _, _):
            return min > 0 ? requiredScalars(body) : []
        default:
            return []
        }
    }

    private mutating func leadingLoop(_ node: RegexNode) -> RegexScalarTest? {
        switch node {
        case .sequence(let items):
            guard let first = items.first else { return nil }
            return leadingLoop(first)
        case .group(let body, nil):
            return leadingLoop(body)
        case .quantified(let body, _, nil, _) where Self.isSingleScalar(body):
            return scalarTest(body)
        default:
            return nil
        }
    }

    /// The test every match's first scalar must pass (only for simple, certain cases).
    private mutating func leadingTest(_ node: RegexNode) -> RegexScalarTest? {
        switch node {
        case .scalar, .set:
            return scalarTest(node)
        case .sequence(let items):
            // Zero-width assertions consume nothing: the first consuming item decides.
            for item in items {
                switch item {
                case .wordBoundary, .lookaround, .inputStart: continue
                default: return leadingTest(item)
                }
            }
            return nil
        case .group(let body, _):
            return leadingTest(body)
        case .quantified(let body, let min, _, _):
            return min > 0 ? leadingTest(body) : nil
        default:
            return nil
        }
    }
}
