/// The backtracking matcher. It keeps its own explicit backtrack stack, so the Swift call
/// stack only grows with lookaround nesting in the pattern, never with the subject's length.
/// Every executed instruction and every resumed alternative costs one step.
struct RegexMachine {
    enum Result {
        case matched
        case failed
        case budgetExceeded
    }

    /// An entry of the backtrack stack.
    enum Frame {
        /// Resume at `pc` with the position `position`.
        case alternative(pc: Int, position: Int)
        /// Undo a slot write.
        case restore(slot: Int, value: Int)
        /// A greedy `.loop` at `pc` that may still give back scalars: it currently ends at
        /// `position` and may shrink down to `limit`.
        case greedyLoop(pc: Int, position: Int, limit: Int)
        /// A lazy `.loop` at `pc` that may still take more scalars: it ends at `position`
        /// after `count` repetitions.
        case lazyLoop(pc: Int, position: Int, count: Int)
    }

    /// The subject's scalars; the caller keeps the memory alive while the machine runs.
    let input: UnsafeBufferPointer<UInt32>
    let budget: Int
    var steps = 0
    var slots: [Int]
    private var stack: [Frame] = []

    /// The program is passed to each call rather than stored, so it is borrowed, never copied.
    /// The slots and stack arrays of `scratch` are taken over (their memory reused); hand them
    /// back with `returnMemory(to:)`.
    init(program: RegexProgram, input: UnsafeBufferPointer<UInt32>, budget: Int, scratch: inout RegexScratch) {
        self.input = input
        self.budget = budget
        slots = scratch.slots
        scratch.slots = []
        slots.removeAll(keepingCapacity: true)
        slots.append(contentsOf: repeatElement(-1, count: program.slotCount))
        stack = scratch.stack
        scratch.stack = []
        stack.removeAll(keepingCapacity: true)
        // Room for a typical search's backtrack entries at once: growing from empty reallocates
        // the stack several times.
        stack.reserveCapacity(32)
    }

    /// Gives the machine's arrays back to `scratch` for the next search.
    mutating func returnMemory(to scratch: inout RegexScratch) {
        scratch.slots = slots
        scratch.stack = stack
        slots = []
        stack = []
    }

    /// Tries to match starting exactly at `start`. On failure, slots are back to their state
    /// before the call (every write is undone by backtracking).
    mutating func attempt(at start: Int, of program: RegexProgram) -> Result {
        var frames = stack
        var state = slots
        stack = []
        slots = []
        frames.removeAll(keepingCapacity: true)
        let result = run(program, pc: 0, position: start, stack: &frames, slots: &state)
        stack = frames
        slots = state
        return result
    }

    @inline(__always)
    private func test(_ program: RegexProgram, _ test: RegexScalarTest, _ value: UInt32) -> Bool {
        switch test {
        case .scalar(let expected): return value == expected
        case .anyExceptLineTerminator: return !RegexCharacterSet.isLineTerminator(value)
        case .set(let index):
            if value < 128 {
                let map = program.asciiMaps[index]
                return value < 64 ? map.low & (1 << UInt64(value)) != 0 : map.high & (1 << UInt64(value - 64)) != 0
            }
            return program.sets[index].contains(value)
        }
    }

    @inline(__always)
    private func isWord(at position: Int) -> Bool {
        position >= 0 && position < input.count && RegexCharacterSet.isWordScalar(input[position])
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private mutating func run(_ program: RegexProgram, pc startPC: Int, position startPosition: Int, stack: inout [Frame], slots: inout [Int]) -> Result {
        let instructions = program.instructions
        let count = input.count
        let stackBase = stack.count
        var pc = startPC
        var position = startPosition
        execution: while true {
            steps += 1
            if steps > budget { return .budgetExceeded }
            var ok = true
            switch instructions[pc] {
            case .consume(let scalarTest, let backward):
                if backward {
                    if position > 0, test(program, scalarTest, input[position - 1]) {
                        position -= 1
                        pc += 1
                    } else {
                        ok = false
                    }
                } else if position < count, test(program, scalarTest, input[position]) {
                    position += 1
                    pc += 1
                } else {
                    ok = false
                }
            case .loop(let scalarTest, let min, let max, let greedy, let backward):
                let direction = backward ? -1 : 1
                var taken = 0
                let target = greedy ? max : min
                var cursor = position
                while taken < target {
                    let index = backward ? cursor - 1 : cursor
                    guard index >= 0, index < count, test(program, scalarTest, input[index]) else { break }
                    cursor += direction
                    taken += 1
                }
                steps += taken >> 4
                if taken < min {
                    ok = false
                } else {
                    if greedy {
                        let limit = position + min * direction
                        if cursor != limit { stack.append(.greedyLoop(pc: pc, position: cursor, limit: limit)) }
                    } else if taken < max {
                        stack.append(.lazyLoop(pc: pc, position: cursor, count: taken))
                    }
                    position = cursor
                    pc += 1
                }
            case .split(let preferred, let alternative):
                stack.append(.alternative(pc: alternative, position: position))
                pc = preferred
            case .jump(let target):
                pc = target
            case .save(let slot):
                stack.append(.restore(slot: slot, value: slots[slot]))
                slots[slot] = position
                pc += 1
            case .clear(let range):
                for slot in range where slots[slot] != -1 {
                    stack.append(.restore(slot: slot, value: slots[slot]))
                    slots[slot] = -1
                }
                pc += 1
            case .requireProgress(let slot):
                if slots[slot] == position { ok = false } else { pc += 1 }
            case .inputStart:
                if position == 0 { pc += 1 } else { ok = false }
            case .inputEnd:
                if position == count { pc += 1 } else { ok = false }
            case .wordBoundary(let negated):
                let boundary = isWord(at: position - 1) != isWord(at: position)
                if boundary != negated { pc += 1 } else { ok = false }
            case .backreference(let group, let backward):
                let start = slots[2 * group]
                let end = slots[2 * group + 1]
                if start < 0 || end < 0 {
                    pc += 1
                } else {
                    let length = end - start
                    let from = backward ? position - length : position
                    if from < 0 || from + length > count {
                        ok = false
                    } else {
                        var index = 0
                        while index < length, input[start + index] == input[from + index] { index += 1 }
                        steps += length >> 4
                        if index == length {
                            position = backward ? from : from + length
                            pc += 1
                        } else {
                            ok = false
                        }
                    }
                }
            case .lookaround(let body, let negated, let next):
                var inner = slots
                var innerStack: [Frame] = []
                switch run(program, pc: body, position: position, stack: &innerStack, slots: &inner) {
                case .budgetExceeded:
                    return .budgetExceeded
                case .matched:
                    if negated {
                        ok = false
                    } else {
                        for slot in 0..<slots.count where slots[slot] != inner[slot] {
                            stack.append(.restore(slot: slot, value: slots[slot]))
                            slots[slot] = inner[slot]
                        }
                        pc = next
                    }
                case .failed:
                    if negated { pc = next } else { ok = false }
                }
            case .match:
                stack.removeSubrange(stackBase...)
                return .matched
            }
            if ok { continue execution }

            // Backtrack to the most recent alternative.
            while stack.count > stackBase {
                switch stack.removeLast() {
                case .restore(let slot, let value):
                    slots[slot] = value
                case .alternative(let resumePC, let resumePosition):
                    pc = resumePC
                    position = resumePosition
                    continue execution
                case .greedyLoop(let loopPC, let end, let limit):
                    steps += 1
                    guard case .loop(_, _, _, _, let backward) = instructions[loopPC] else { continue }
                    let direction = backward ? -1 : 1
                    var cursor = end - direction
                    // If a literal follows, skip positions where it cannot match.
                    if !backward, case .consume(.scalar(let next), false) = instructions[loopPC + 1] {
                        while cursor != limit, cursor >= count || input[cursor] != next { cursor -= 1 }
                        steps += (end - cursor) >> 4
                    }
                    if cursor != limit { stack.append(.greedyLoop(pc: loopPC, position: cursor, limit: limit)) }
                    pc = loopPC + 1
                    position = cursor
                    continue execution
                case .lazyLoop(let loopPC, let end, let taken):
                    steps += 1
                    guard case .loop(let scalarTest, _, let max, _, let backward) = instructions[loopPC] else {
                        continue
                    }
                    let index = backward ? end - 1 : end
                    guard index >= 0, index < count, test(program, scalarTest, input[index]) else { continue }
                    let cursor = backward ? end - 1 : end + 1
                    if taken + 1 < max { stack.append(.lazyLoop(pc: loopPC, position: cursor, count: taken + 1)) }
                    pc = loopPC + 1
                    position = cursor
                    continue execution
                }
            }
            return .failed
        }
    }
}
