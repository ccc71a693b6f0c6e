/// An ECMA-262 regular expression with `u` (Unicode) flag semantics, as JSON Schema's `pattern`,
/// `patternProperties` and `format: "regex"` expect, matched by a step-bounded backtracking
/// machine so hostile patterns cannot hang a validation.
///
/// Supported: alternation; capturing, non-capturing and named groups; `* + ? {n} {n,} {n,m}`
/// and their lazy forms; `^ $` (input boundaries only: there is no `m` flag); `\b \B`;
/// classes with ranges and negation; `\d \D \w \W \s \S`; `\uXXXX` (surrogate pairs combine),
/// `\u{…}`, `\xHH`, `\cX`, `\t \n \r \v \f \0`; `.` (any scalar but a line terminator);
/// backreferences `\1` and `\k<name>` (forward references match empty); lookahead and
/// lookbehind (matched right to left, as in ECMA-262); Unicode property escapes
/// `\p{…}`/`\P{…}` (general categories, many binary properties, scripts — see
/// `RegexUnicodeProperty` for the list). Captures inside a quantified group are reset at
/// each iteration, and optional iterations that match the empty string fail, as specified.
/// The strict Unicode-mode grammar is enforced: unknown escapes like `\a`, lone `{ } ]`,
/// octal escapes, quantified assertions and class ranges with class escapes are errors.
///
/// Matching is over Unicode scalars (code points). There are no flags.
///
/// Cost model: the pattern is compiled once to a program for a backtracking machine with an
/// explicit stack (subject length never deepens the call stack). A step is one executed
/// instruction or one resumed alternative; scanning loops over single-scalar atoms (`[a-z]*`,
/// `.+?`) count one step per 16 scalars and keep one backtrack entry per loop, not per scalar.
/// A search shares one budget across all start positions and stops with `.budgetExceeded`
/// when it runs out, so `^(a+)+$` against `"aaaa…ab"` ends in milliseconds. Hopeless starts
/// are skipped cheaply: `^…` patterns try position 0 only, a required first scalar or class is
/// scanned for, a subject missing a scalar that every match needs is rejected at once, and
/// after a leading unbounded loop fails, the rest of its run is skipped.
///
/// Gaps: no flags (`i`, `m`, `s`, `v`…), no `(?i:…)` modifiers, no duplicate group names,
/// no `\u` escapes inside group names; lone surrogates (which Swift strings cannot hold) never
/// match; `Emoji_Component`, `Extended_Pictographic` and properties of strings are rejected;
/// script names are checked by the standard library and so also accept loose spellings;
/// counted repetitions of non-trivial groups are expanded, so a pattern whose program would
/// exceed ``RegexProgram/maximumInstructions`` instructions is rejected as too large.
public struct ECMARegex: Sendable {
    /// The default number of machine steps a search may take before giving up.
    public static let defaultStepBudget = 1_000_000

    /// The result of a search.
    public enum Outcome: Sendable, Equatable {
        case match
        case noMatch
        /// The step budget ran out before the search finished (a pathological pattern/input).
        case budgetExceeded
    }

    /// The compiled form, shared by all copies: copying a regex (as evaluating a compiled
    /// schema keyword does) then costs one reference, not one per array of the program.
    private final class Compiled: Sendable {
        let pattern: String
        let program: RegexProgram
        /// Set when the whole pattern is one unanchored scalar test (`\S`, `[a-z]`, `x`): a
        /// match is any scalar passing it, found by a plain scan with no machine to set up.
        let soleScalarTest: RegexScalarTest?
        /// For patterns that start `^` and literal scalars (`^x-`): those scalars, which every
        /// subject that matches starts with; empty otherwise.
        let anchoredPrefix: [UInt32]
        /// The pattern is exactly `^` and `anchoredPrefix`.
        let isAnchoredPrefixOnly: Bool

        init(pattern: String, program: RegexProgram) {
            self.pattern = pattern
            self.program = program
            soleScalarTest = ECMARegex.soleScalarTest(of: program)
            var prefix: [UInt32] = []
            var next = 1
            if case .inputStart? = program.instructions.first {
                while next < program.instructions.count, case .consume(.scalar(let value), backward: false) = program.instructions[next] {
                    prefix.append(value)
                    next += 1
                }
            }
            anchoredPrefix = prefix
            if !prefix.isEmpty, next < program.instructions.count, case .match = program.instructions[next] {
                isAnchoredPrefixOnly = true
            } else {
                isAnchoredPrefixOnly = false
            }
        }
    }

    private let compiled: Compiled

    /// The source pattern.
    public var pattern: String { compiled.pattern }

    private var program: RegexProgram {
        _read { yield compiled.program }
    }

    private var soleScalarTest: RegexScalarTest? { compiled.soleScalarTest }

    /// Compiles `pattern`; throws ``RegexSyntaxError`` when it is not a valid Unicode-mode
    /// pattern or uses an unsupported feature.
    public init(_ pattern: String) throws {
        var parser = RegexParser(pattern)
        let (node, captureCount) = try parser.parse()
        compiled = Compiled(pattern: pattern, program: try RegexProgram(node: node, captureCount: captureCount))
    }

    private static func soleScalarTest(of program: RegexProgram) -> RegexScalarTest? {
        // Only when the machine would also find candidates by scanning (`firstScalar`), so the
        // step budget is spent identically (never).
        guard !program.anchoredAtStart, program.firstScalar != nil, program.instructions.count == 2,
              case .consume(let test, backward: false) = program.instructions[0],
              case .match = program.instructions[1] else { return nil }
        return test
    }

    /// Searches for a match anywhere in `subject` (like `RegExp.prototype.test`), giving up
    /// with `.budgetExceeded` after `stepBudget` machine steps.
    public func search(in subject: String, stepBudget: Int = ECMARegex.defaultStepBudget) -> Outcome {
        var scratch = RegexScratch()
        return search(in: subject, stepBudget: stepBudget, scratch: &scratch)
    }

    /// `search(in:stepBudget:)` with working memory kept by the caller across searches.
    func search(in subject: String, stepBudget: Int, scratch: inout RegexScratch) -> Outcome {
        let prefix = compiled.anchoredPrefix
        // The machine would spend `prefix.count + 2` steps at most on the prefix: decide here when
        // the budget covers them (so the outcome is the same).
        if !prefix.isEmpty, stepBudget > prefix.count + 2 {
            var scalars = subject.unicodeScalars.makeIterator()
            for expected in prefix {
                guard let scalar = scalars.next(), scalar.value == expected else { return .noMatch }
            }
            if compiled.isAnchoredPrefixOnly { return .match }
        }
        if let test = soleScalarTest {
            // One machine attempt per candidate would take two steps; a scan takes none, so the
            // budget cannot run out here either.
            for scalar in subject.unicodeScalars where passes(test, scalar.value) { return .match }
            return .noMatch
        }
        // The subject's scalars go into the scratch buffer (grown, never shrunk) by plain stores;
        // a string has at most as many scalars as UTF-8 bytes.
        var input = scratch.input
        scratch.input = []
        let bound = subject.utf8.count
        if input.count < bound { input.append(contentsOf: repeatElement(0, count: bound - input.count)) }
        let count = input.withUnsafeMutableBufferPointer { buffer -> Int in
            var count = 0
            for scalar in subject.unicodeScalars {
                buffer[count] = scalar.value
                count += 1
            }
            return count
        }
        let outcome = input.withUnsafeBufferPointer { buffer in
            search(in: UnsafeBufferPointer(rebasing: buffer[..<count]), stepBudget: stepBudget, scratch: &scratch)
        }
        scratch.input = input
        return outcome
    }

    private func search(in input: UnsafeBufferPointer<UInt32>, stepBudget: Int, scratch: inout RegexScratch) -> Outcome {
        for required in program.requiredScalars where !input.contains(required) { return .noMatch }
        var machine = RegexMachine(program: program, input: input, budget: stepBudget, scratch: &scratch)
        defer { machine.returnMemory(to: &scratch) }
        let lastStart = program.anchoredAtStart ? 0 : input.count
        var start = 0
        while start <= lastStart {
            if let first = program.firstScalar {
                start = nextCandidate(from: start, upTo: lastStart, passing: first, in: input)
                guard start < input.count, start <= lastStart else { return .noMatch }
            }
            switch machine.attempt(at: start, of: program) {
            case .matched: return .match
            case .budgetExceeded: return .budgetExceeded
            case .failed:
                if let loop = program.leadingUnboundedLoop, start < input.count, passes(loop, input[start]) {
                    start += 1
                    while start < input.count, passes(loop, input[start]) { start += 1 }
                } else {
                    start += 1
                }
            }
        }
        return .noMatch
    }

    private func passes(_ test: RegexScalarTest, _ value: UInt32) -> Bool {
        switch test {
        case .scalar(let expected): return value == expected
        case .anyExceptLineTerminator: return !RegexCharacterSet.isLineTerminator(value)
        case .set(let index): return program.sets[index].contains(value)
        }
    }

    /// The first position at or after `start` whose scalar passes `test` (or `input.count`).
    private func nextCandidate(from start: Int, upTo last: Int, passing test: RegexScalarTest, in input: UnsafeBufferPointer<UInt32>) -> Int {
        var position = start
        let end = min(last + 1, input.count)
        switch test {
        case .scalar(let expected):
            while position < end, input[position] != expected { position += 1 }
        case .set(let index):
            let set = program.sets[index]
            while position < end, !set.contains(input[position]) { position += 1 }
        case .anyExceptLineTerminator:
            while position < end, RegexCharacterSet.isLineTerminator(input[position]) { position += 1 }
        }
        return position < end ? position : input.count
    }
}
