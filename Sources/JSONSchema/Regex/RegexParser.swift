/// A recursive-descent parser for ECMA-262 patterns in Unicode (`u` flag) mode.
///
/// Recursion depth follows the pattern's group nesting, which is capped at ``maximumNesting``.
struct RegexParser {
    static let maximumNesting = 256

    private let pattern: [UInt32]
    private var index = 0
    private var depth = 0
    private var captureCount = 0
    private var seenNames: Set<String> = []
    /// Totals from a pre-scan, so forward references (`\2(a)(b)`, `\k<x>(?<x>a)`) resolve.
    private let totalCaptures: Int
    private let captureNames: [String: Int]

    init(_ source: String) {
        pattern = source.unicodeScalars.map(\.value)
        (totalCaptures, captureNames) = RegexParser.scanCaptures(pattern)
    }

    /// Parses the whole pattern.
    mutating func parse() throws(RegexSyntaxError) -> (node: RegexNode, captureCount: Int) {
        let node = try parseDisjunction()
        if index < pattern.count {
            // parseDisjunction only stops early at an unmatched ')'.
            throw error("unmatched ')'")
        }
        return (node, captureCount)
    }

    // MARK: Structure

    private mutating func parseDisjunction() throws(RegexSyntaxError) -> RegexNode {
        var alternatives = [try parseAlternative()]
        while peek == ascii("|") {
            index += 1
            alternatives.append(try parseAlternative())
        }
        return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
    }

    private mutating func parseAlternative() throws(RegexSyntaxError) -> RegexNode {
        var items: [RegexNode] = []
        while let c = peek, c != ascii("|"), c != ascii(")") {
            items.append(try parseTerm())
        }
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .sequence(items)
        }
    }

    private mutating func parseTerm() throws(RegexSyntaxError) -> RegexNode {
        let start = index
        guard let c = peek else { throw error("unexpected end of pattern") }
        switch c {
        case ascii("^"):
            index += 1
            return try noQuantifier(.inputStart)
        case ascii("$"):
            index += 1
            return try noQuantifier(.inputEnd)
        case ascii("\\") where peek(at: 1) == ascii("b") || peek(at: 1) == ascii("B"):
            let negated = peek(at: 1) == ascii("B")
            index += 2
            return try noQuantifier(.wordBoundary(negated: negated))
        case ascii("("):
            if peekString("(?=") || peekString("(?!") || peekString("(?<=") || peekString("(?<!") {
                let ahead = peek(at: 2) != ascii("<")
                let negated = peek(at: ahead ? 2 : 3) == ascii("!")
                index += ahead ? 3 : 4
                let body = try parseGroupBody(openedAt: start)
                return try noQuantifier(.lookaround(body, ahead: ahead, negated: negated))
            }
            return try parseQuantifier(on: try parseGroup(), atomStart: start)
        default:
            return try parseQuantifier(on: try parseAtom(), atomStart: start)
        }
    }

    private mutating func noQuantifier(_ node: RegexNode) throws(RegexSyntaxError) -> RegexNode {
        if let c = peek, c == ascii("*") || c == ascii("+") || c == ascii("?") || c == ascii("{") {
            throw error("nothing to repeat")
        }
        return node
    }

    private mutating func parseGroup() throws(RegexSyntaxError) -> RegexNode {
        let start = index
        index += 1  // (
        if peek == ascii("?") {
            if peek(at: 1) == ascii(":") {
                index += 2
                return .group(try parseGroupBody(openedAt: start), capture: nil)
            }
            if peek(at: 1) == ascii("<") {
                index += 2
                let name = try parseGroupName()
                guard seenNames.insert(name).inserted else {
                    throw RegexSyntaxError(message: "duplicate capture group name '\(name)'", offset: start)
                }
                captureCount += 1
                let number = captureCount
                return .group(try parseGroupBody(openedAt: start), capture: number)
            }
            throw error("invalid group (unsupported '(?' syntax)")
        }
        captureCount += 1
        let number = captureCount
        return .group(try parseGroupBody(openedAt: start), capture: number)
    }

    private mutating func parseGroupBody(openedAt start: Int) throws(RegexSyntaxError) -> RegexNode {
        depth += 1
        guard depth <= Self.maximumNesting else {
            throw RegexSyntaxError(message: "groups nested too deeply", offset: start)
        }
        let body = try parseDisjunction()
        guard peek == ascii(")") else {
            throw RegexSyntaxError(message: "unterminated group", offset: start)
        }
        index += 1
        depth -= 1
        return body
    }

    /// Parses `name>` after `(?<` or `\k<`.
    private mutating func parseGroupName() throws(RegexSyntaxError) -> String {
        let start = index
        var scalars = String.UnicodeScalarView()
        while let c = peek, c != ascii(">") {
            guard let scalar = Unicode.Scalar(c),
                scalars.isEmpty ? RegexParser.isIdentifierStart(scalar) : RegexParser.isIdentifierPart(scalar)
            else { throw error("invalid character in group name") }
            scalars.append(scalar)
            index += 1
        }
        guard peek == ascii(">"), !scalars.isEmpty else {
            throw RegexSyntaxError(message: "invalid group name", offset: start)
        }
        index += 1
        return String(scalars)
    }

    private mutating func parseQuantifier(on atom: RegexNode, atomStart: Int) throws(RegexSyntaxError) -> RegexNode {
        guard let c = peek else { return atom }
        let quantifierStart = index
        let min: Int
        let max: Int?
        switch c {
        case ascii("*"): (min, max) = (0, nil); index += 1
        case ascii("+"): (min, max) = (1, nil); index += 1
        case ascii("?"): (min, max) = (0, 1); index += 1
        case ascii("{"):
            index += 1
            guard let low = parseDecimal() else { throw error("incomplete quantifier") }
            var high: Int? = low
            if peek == ascii(",") {
                index += 1
                high = parseDecimal()
            }
            guard peek == ascii("}") else { throw error("incomplete quantifier") }
            index += 1
            if let high, high < low {
                throw RegexSyntaxError(message: "numbers out of order in quantifier", offset: quantifierStart)
            }
            (min, max) = (low, high)
        default:
            return atom
        }
        var greedy = true
        if peek == ascii("?") {
            greedy = false
            index += 1
        }
        return .quantified(atom, min: min, max: max, greedy: greedy)
    }

    /// Reads decimal digits, saturating at `Int32.max`; nil when there are none.
    private mutating func parseDecimal() -> Int? {
        var value: Int?
        while let c = peek, c >= ascii("0"), c <= ascii("9") {
            value = Swift.min((value ?? 0) * 10 + Int(c - ascii("0")), Int(Int32.max))
            index += 1
        }
        return value
    }

    // MARK: Atoms

    private mutating func parseAtom() throws(RegexSyntaxError) -> RegexNode {
        guard let c = peek else { throw error("unexpected end of pattern") }
        switch c {
        case ascii("."):
            index += 1
            return .anyExceptLineTerminator
        case ascii("["):
            return .set(try parseClass())
        case ascii("\\"):
            return try parseAtomEscape()
        case ascii("*"), ascii("+"), ascii("?"), ascii("{"):
            throw error("nothing to repeat")
        case ascii("]"), ascii("}"):
            throw error("lone '\(Character(Unicode.Scalar(UInt8(c))))' is not allowed in Unicode mode")
        default:
            index += 1
            return .scalar(c)
        }
    }

    private mutating func parseAtomEscape() throws(RegexSyntaxError) -> RegexNode {
        let start = index
        index += 1  // backslash
        guard let c = peek else { throw RegexSyntaxError(message: "\\ at end of pattern", offset: start) }
        if c >= ascii("1"), c <= ascii("9") {
            let number = parseDecimal() ?? 0
            guard number <= totalCaptures else {
                throw RegexSyntaxError(message: "backreference to a group that does not exist", offset: start)
            }
            return .backreference(number)
        }
        if c == ascii("k") {
            index += 1
            guard peek == ascii("<") else { throw RegexSyntaxError(message: "invalid named reference", offset: start) }
            index += 1
            let name = try parseGroupName()
            guard let number = captureNames[name] else {
                throw RegexSyntaxError(message: "reference to undefined group name '\(name)'", offset: start)
            }
            return .backreference(number)
        }
        if let set = try parseClassEscape(start: start) { return .set(set) }
        return .scalar(try parseCharacterEscape(start: start, inClass: false))
    }

    /// `\d \D \w \W \s \S \p{…} \P{…}`, with the index on the letter; nil for other escapes.
    private mutating func parseClassEscape(start: Int) throws(RegexSyntaxError) -> RegexCharacterSet? {
        guard let c = peek else { return nil }
        let ranges: [ClosedRange<UInt32>]
        switch c {
        case ascii("d"), ascii("D"): ranges = RegexCharacterSet.digitRanges
        case ascii("w"), ascii("W"): ranges = RegexCharacterSet.wordRanges
        case ascii("s"), ascii("S"): ranges = RegexCharacterSet.spaceRanges
        case ascii("p"), ascii("P"):
            index += 1
            guard peek == ascii("{") else { throw RegexSyntaxError(message: "invalid property escape", offset: start) }
            index += 1
            var name = String.UnicodeScalarView()
            while let n = peek, n != ascii("}") {
                if let scalar = Unicode.Scalar(n) { name.append(scalar) }
                index += 1
            }
            guard peek == ascii("}") else {
                throw RegexSyntaxError(message: "unterminated property escape", offset: start)
            }
            index += 1
            guard let property = RegexUnicodeProperty.named(String(name), negated: c == ascii("P")) else {
                throw RegexSyntaxError(message: "unknown or unsupported Unicode property '\(String(name))'", offset: start)
            }
            return RegexCharacterSet(ranges: [], properties: [property])
        default:
            return nil
        }
        index += 1
        let isUpper = c < ascii("a")
        return RegexCharacterSet(ranges: isUpper ? RegexCharacterSet.complement(ranges) : ranges)
    }

    /// A single-character escape, with the index on the character after the backslash.
    private mutating func parseCharacterEscape(start: Int, inClass: Bool) throws(RegexSyntaxError) -> UInt32 {
        guard let c = peek else { throw RegexSyntaxError(message: "\\ at end of pattern", offset: start) }
        index += 1
        switch c {
        case ascii("t"): return 0x09
        case ascii("n"): return 0x0A
        case ascii("v"): return 0x0B
        case ascii("f"): return 0x0C
        case ascii("r"): return 0x0D
        case ascii("0"):
            if let next = peek, next >= ascii("0"), next <= ascii("9") {
                throw RegexSyntaxError(message: "octal escapes are not allowed in Unicode mode", offset: start)
            }
            return 0
        case ascii("c"):
            guard let letter = peek, (letter | 0x20) >= ascii("a"), (letter | 0x20) <= ascii("z") else {
                throw RegexSyntaxError(message: "invalid control escape", offset: start)
            }
            index += 1
            return letter % 32
        case ascii("x"):
            guard let high = hexValue(peek), let low = hexValue(peek(at: 1)) else {
                throw RegexSyntaxError(message: "invalid \\x escape", offset: start)
            }
            index += 2
            return high * 16 + low
        case ascii("u"):
            return try parseUnicodeEscape(start: start)
        case ascii("-") where inClass:
            return c
        case ascii("^"), ascii("$"), ascii("\\"), ascii("."), ascii("*"), ascii("+"), ascii("?"),
            ascii("("), ascii(")"), ascii("["), ascii("]"), ascii("{"), ascii("}"), ascii("|"), ascii("/"):
            return c
        default:
            throw RegexSyntaxError(message: "invalid escape in Unicode mode", offset: start)
        }
    }

    /// `\u{…}`, `\uXXXX`, or a `\uXXXX\uXXXX` surrogate pair; the index is after the `u`.
    private mutating func parseUnicodeEscape(start: Int) throws(RegexSyntaxError) -> UInt32 {
        if peek == ascii("{") {
            index += 1
            var value: UInt32 = 0
            var digits = 0
            while let digit = hexValue(peek) {
                value = value * 16 + digit
                digits += 1
                index += 1
                guard value <= 0x10FFFF else { throw RegexSyntaxError(message: "code point out of range", offset: start) }
            }
            guard digits > 0, peek == ascii("}") else {
                throw RegexSyntaxError(message: "invalid \\u{…} escape", offset: start)
            }
            index += 1
            return value
        }
        guard let value = fourHexDigits(at: index) else {
            throw RegexSyntaxError(message: "invalid \\u escape", offset: start)
        }
        index += 4
        if (0xD800...0xDBFF).contains(value), peek == ascii("\\"), peek(at: 1) == ascii("u"),
            let trail = fourHexDigits(at: index + 2), (0xDC00...0xDFFF).contains(trail)
        {
            index += 6
            return 0x10000 + ((value - 0xD800) << 10) + (trail - 0xDC00)
        }
        return value
    }

    private func fourHexDigits(at position: Int) -> UInt32? {
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard position + offset < pattern.count, let digit = hexValue(pattern[position + offset]) else {
                return nil
            }
            value = value * 16 + digit
        }
        return value
    }

    // MARK: Character classes

    private enum ClassAtom {
        case scalar(UInt32)
        case set(RegexCharacterSet)
    }

    private mutating func parseClass() throws(RegexSyntaxError) -> RegexCharacterSet {
        let start = index
        index += 1  // [
        var negated = false
        if peek == ascii("^") {
            negated = true
            index += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var properties: [RegexUnicodeProperty] = []
        func add(_ atom: ClassAtom) {
            switch atom {
            case .scalar(let value): ranges.append(value...value)
            case .set(let set):
                if set.negated, set.properties.isEmpty {
                    ranges.append(contentsOf: RegexCharacterSet.complement(set.ranges))
                } else {
                    ranges.append(contentsOf: set.ranges)
                    properties.append(contentsOf: set.properties)
                }
            }
        }
        while true {
            guard let c = peek else { throw RegexSyntaxError(message: "unterminated character class", offset: start) }
            if c == ascii("]") {
                index += 1
                break
            }
            let atomStart = index
            let first = try parseClassAtom()
            if peek == ascii("-"), let next = peek(at: 1), next != ascii("]") {
                index += 1
                let second = try parseClassAtom()
                guard case .scalar(let low) = first, case .scalar(let high) = second else {
                    throw RegexSyntaxError(message: "invalid character class range", offset: atomStart)
                }
                guard low <= high else {
                    throw RegexSyntaxError(message: "range out of order in character class", offset: atomStart)
                }
                ranges.append(low...high)
            } else {
                add(first)
            }
        }
        return RegexCharacterSet(ranges: ranges, properties: properties, negated: negated)
    }

    private mutating func parseClassAtom() throws(RegexSyntaxError) -> ClassAtom {
        guard let c = peek else { throw error("unterminated character class") }
        guard c == ascii("\\") else {
            index += 1
            return .scalar(c)
        }
        let start = index
        index += 1
        guard let e = peek else { throw RegexSyntaxError(message: "\\ at end of pattern", offset: start) }
        if e == ascii("b") {
            index += 1
            return .scalar(0x08)
        }
        if e >= ascii("1"), e <= ascii("9") {
            throw RegexSyntaxError(message: "backreferences are not allowed in a character class", offset: start)
        }
        if let set = try parseClassEscape(start: start) { return .set(set) }
        return .scalar(try parseCharacterEscape(start: start, inClass: true))
    }

    // MARK: Helpers

    private var peek: UInt32? { index < pattern.count ? pattern[index] : nil }

    private func peek(at offset: Int) -> UInt32? {
        index + offset < pattern.count ? pattern[index + offset] : nil
    }

    private func peekString(_ text: StaticString) -> Bool {
        var position = index
        for byte in UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount) {
            guard position < pattern.count, pattern[position] == UInt32(byte) else { return false }
            position += 1
        }
        return true
    }

    private func error(_ message: String) -> RegexSyntaxError {
        RegexSyntaxError(message: message, offset: index)
    }

    private func ascii(_ character: Unicode.Scalar) -> UInt32 { character.value }

    private func hexValue(_ c: UInt32?) -> UInt32? {
        guard let c else { return nil }
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "$" || scalar == "_" || scalar.properties.isIDStart
    }

    private static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "$" || scalar.value == 0x200C || scalar.value == 0x200D || scalar.properties.isIDContinue
    }

    /// Counts capture groups and records group names, skipping escapes and class contents.
    private static func scanCaptures(_ pattern: [UInt32]) -> (Int, [String: Int]) {
        var count = 0
        var names: [String: Int] = [:]
        var i = 0
        var inClass = false
        while i < pattern.count {
            let c = pattern[i]
            if c == 0x5C {  // backslash
                i += 2
                continue
            }
            if inClass {
                if c == 0x5D { inClass = false }
            } else if c == 0x5B {
                inClass = true
            } else if c == 0x28 {  // (
                let next = i + 1 < pattern.count ? pattern[i + 1] : 0
                if next != 0x3F {
                    count += 1
                } else if i + 2 < pattern.count, pattern[i + 2] == 0x3C,  // (?<
                    i + 3 < pattern.count, pattern[i + 3] != 0x3D, pattern[i + 3] != 0x21
                {
                    count += 1
                    var name = String.UnicodeScalarView()
                    var j = i + 3
                    while j < pattern.count, pattern[j] != 0x3E {
                        if let scalar = Unicode.Scalar(pattern[j]) { name.append(scalar) }
                        j += 1
                    }
                    let key = String(name)
                    if names[key] == nil { names[key] = count }
                }
            }
            i += 1
        }
        return (count, names)
    }
}
