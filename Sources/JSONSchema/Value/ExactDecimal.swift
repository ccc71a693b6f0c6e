/// An exact decimal number: `significand × 10^exponent` with an arbitrary-size significand
/// held as decimal digits. Used where JSON Schema needs exact arithmetic (comparisons of big
/// integers, `multipleOf` with decimal divisors).
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// True for values below zero.
    public private(set) var isNegative: Bool
    /// Decimal digits of the significand, most significant first, without leading zeros
    /// (empty for zero).
    public private(set) var digits: [UInt8]
    /// Power of ten applied to the significand. Normalised so the last digit is non-zero.
    public private(set) var exponent: Int

    public init(_ value: Int64) {
        isNegative = value < 0
        digits = Array(String(value.magnitude).utf8.map { $0 - 48 })
        exponent = 0
        normalize()
    }

    public init(isNegative: Bool, digits: [UInt8], exponent: Int) {
        self.isNegative = isNegative
        self.digits = digits
        self.exponent = exponent
        normalize()
    }

    /// Parses a JSON number literal exactly.
    public init?(literal: String) {
        guard JSONNumber.isJSONNumberLiteral(literal) else { return nil }
        var neg = false
        var ds: [UInt8] = []
        var exp = 0
        var expPart = 0
        var expNeg = false
        var phase = 0 // 0 int, 1 frac, 2 exp
        for c in literal.utf8 {
            switch c {
            case UInt8(ascii: "-") where phase == 0 && ds.isEmpty: neg = true
            case UInt8(ascii: "-"): expNeg = true
            case UInt8(ascii: "+"): break
            case UInt8(ascii: "."): phase = 1
            case UInt8(ascii: "e"), UInt8(ascii: "E"): phase = 2
            default:
                let d = c - 48
                if phase == 2 {
                    if expPart < 100_000_000 { expPart = expPart * 10 + Int(d) }
                } else {
                    ds.append(d)
                    if phase == 1 { exp -= 1 }
                }
            }
        }
        exp += expNeg ? -expPart : expPart
        self.init(isNegative: neg, digits: ds, exponent: exp)
    }

    /// The exact decimal spelled by Swift's shortest round-tripping description of `d`.
    public init?(shortestRepresentationOf d: Double) {
        guard d.isFinite else { return nil }
        var text = "\(d)"
        // Swift prints e.g. "1e-07" or "1.5e+20"; JSON's grammar accepts those once "+" is fine.
        if text.hasSuffix(".0") { text.removeLast(2) }
        self.init(literal: text)
    }

    private mutating func normalize() {
        var start = 0
        while start < digits.count && digits[start] == 0 { start += 1 }
        if start > 0 { digits.removeFirst(start) }
        while let last = digits.last, last == 0 {
            digits.removeLast()
            exponent += 1
        }
        if digits.isEmpty {
            isNegative = false
            exponent = 0
        }
    }

    public var isZero: Bool { digits.isEmpty }
    public var isInteger: Bool { exponent >= 0 }

    public var exactInt64: Int64? {
        guard isInteger, digits.count + exponent <= 19 else { return nil }
        var v: Int64 = 0
        for d in digits {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(d))
            if o1 || o2 { return nil }
            v = a
        }
        for _ in 0..<exponent {
            let (m, o) = v.multipliedReportingOverflow(by: 10)
            if o { return nil }
            v = m
        }
        return isNegative ? -v : v
    }

    public var description: String {
        if digits.isEmpty { return "0" }
        let s = String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
        return (isNegative ? "-" : "") + s + (exponent == 0 ? "" : "e\(exponent)")
    }

    /// Compares magnitudes.
    static func compareMagnitude(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        if a.digits.isEmpty || b.digits.isEmpty {
            return (a.digits.isEmpty ? 0 : 1) - (b.digits.isEmpty ? 0 : 1)
        }
        // Position of the most significant digit.
        let ma = a.digits.count + a.exponent
        let mb = b.digits.count + b.exponent
        if ma != mb { return ma < mb ? -1 : 1 }
        let n = max(a.digits.count, b.digits.count)
        for i in 0..<n {
            let da = i < a.digits.count ? a.digits[i] : 0
            let db = i < b.digits.count ? b.digits[i] : 0
            if da != db { return da < db ? -1 : 1 }
        }
        return 0
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let c = compareMagnitude(lhs, rhs)
        return lhs.isNegative ? c > 0 : c < 0
    }
}
