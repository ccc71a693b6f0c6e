/// A set of Unicode scalars: sorted code point ranges plus Unicode property tests, optionally
/// negated. ASCII membership is precomputed into a 128-bit map so common tests are one lookup.
struct RegexCharacterSet: Sendable {
    /// Sorted, non-overlapping, non-adjacent ranges.
    let ranges: [ClosedRange<UInt32>]
    let properties: [RegexUnicodeProperty]
    let negated: Bool
    /// Membership of scalars 0..<64 and 64..<128, negation already applied.
    let asciiLow: UInt64
    let asciiHigh: UInt64

    init(ranges: [ClosedRange<UInt32>], properties: [RegexUnicodeProperty] = [], negated: Bool = false) {
        self.ranges = RegexCharacterSet.normalize(ranges)
        self.properties = properties
        self.negated = negated
        var low: UInt64 = 0
        var high: UInt64 = 0
        for value in UInt32(0)..<128 where Self.rawContains(value, self.ranges, properties) != negated {
            if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
        }
        asciiLow = low
        asciiHigh = high
    }

    /// Whether `value` is in the set.
    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        if value < 64 { return asciiLow & (1 << UInt64(value)) != 0 }
        if value < 128 { return asciiHigh & (1 << UInt64(value - 64)) != 0 }
        return Self.rawContains(value, ranges, properties) != negated
    }

    private static func rawContains(
        _ value: UInt32, _ ranges: [ClosedRange<UInt32>], _ properties: [RegexUnicodeProperty]
    ) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            let range = ranges[mid]
            if value < range.lowerBound {
                high = mid
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        for property in properties where property.matches(value) { return true }
        return false
    }

    static func normalize(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var result: [ClosedRange<UInt32>] = []
        result.reserveCapacity(sorted.count)
        for range in sorted {
            if let last = result.last, range.lowerBound <= last.upperBound &+ 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// The complement of normalized ranges within 0...0x10FFFF.
    static func complement(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in normalize(ranges) {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = range.upperBound + 1
        }
        if next <= 0x10FFFF { result.append(next...0x10FFFF) }
        return result
    }

    // MARK: Class escapes

    static let digitRanges: [ClosedRange<UInt32>] = [0x30...0x39]
    static let wordRanges: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
    /// ECMA-262 WhiteSpace and LineTerminator: TAB, LF, VT, FF, CR, SPACE, NBSP, U+1680,
    /// U+2000–U+200A, LS, PS, U+202F, U+205F, U+3000, BOM (the Zs category plus the listed ones).
    static let spaceRanges: [ClosedRange<UInt32>] = [
        0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029,
        0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
    ]

    @inline(__always)
    static func isWordScalar(_ value: UInt32) -> Bool {
        (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
            || (value >= 0x30 && value <= 0x39) || value == 0x5F
    }

    @inline(__always)
    static func isLineTerminator(_ value: UInt32) -> Bool {
        value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029
    }
}
