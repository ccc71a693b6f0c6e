/// Exact divisibility for `multipleOf`.
extension ExactDecimal {
    /// Whether `self / divisor` is an integer. Zero is a multiple of everything; nothing is a
    /// multiple of zero.
    public func isMultiple(of divisor: ExactDecimal) -> Bool {
        if divisor.isZero { return false }
        if isZero { return true }
        // self = a·10^ea, divisor = b·10^eb with a, b free of trailing zeros, so
        // self / divisor = a·10^(ea-eb) / b.
        let shift = exponent - divisor.exponent
        if shift < 0 {
            // a / (b·10^k): a is not divisible by 10 (normalised), so not by 10^k for k ≥ 1.
            return false
        }
        // (a·10^shift) mod b == 0, computed by streaming digits.
        return BigRemainder.remainder(of: digits, zeros: shift, dividedBy: divisor.digits)
    }
}

/// Remainder computations on decimal digit strings, used by `ExactDecimal.isMultiple(of:)`.
enum BigRemainder {
    /// True when (digits followed by `zeros` zeros) is divisible by `divisor` (digits).
    static func remainder(of digits: [UInt8], zeros: Int, dividedBy divisor: [UInt8]) -> Bool {
        if divisor.count <= 18 {
            var d: UInt64 = 0
            for x in divisor { d = d * 10 + UInt64(x) }
            var r: UInt64 = 0
            for x in digits { r = mulMod(r, 10, d) &+ UInt64(x); r %= d }
            if r == 0 { return true }
            // r · 10^zeros mod d
            let p = powMod(10, UInt64(zeros), d)
            return mulMod(r, p, d) == 0
        }
        var big = Limbs(divisor)
        var r = Limbs.zero
        for x in digits { r.shiftInDigit(x, modulo: &big) }
        // Past 10^6 zeros the remainder sequence has cycled for any realistic divisor.
        for _ in 0..<min(zeros, 1_000_000) {
            if r.isZero { return true }
            r.shiftInDigit(0, modulo: &big)
        }
        return r.isZero
    }

    static func mulMod(_ a: UInt64, _ b: UInt64, _ m: UInt64) -> UInt64 {
        let (hi, lo) = a.multipliedFullWidth(by: b)
        return m.dividingFullWidth((hi % m, lo)).remainder
    }

    static func powMod(_ base: UInt64, _ exp: UInt64, _ m: UInt64) -> UInt64 {
        var result: UInt64 = 1 % m
        var b = base % m
        var e = exp
        while e > 0 {
            if e & 1 == 1 { result = mulMod(result, b, m) }
            b = mulMod(b, b, m)
            e >>= 1
        }
        return result
    }

    /// A non-negative big integer in base 10^9, least significant limb first.
    struct Limbs {
        var limbs: [UInt32]
        static let base: UInt64 = 1_000_000_000
        static var zero: Limbs { Limbs(limbs: []) }
        init(limbs: [UInt32]) { self.limbs = limbs }
        init(_ digits: [UInt8]) {
            limbs = []
            var end = digits.count
            while end > 0 {
                let start = max(0, end - 9)
                var v: UInt32 = 0
                for i in start..<end { v = v * 10 + UInt32(digits[i]) }
                limbs.append(v)
                end = start
            }
            trim()
        }
        var isZero: Bool { limbs.isEmpty }
        mutating func trim() { while let l = limbs.last, l == 0 { limbs.removeLast() } }

        /// self = (self·10 + digit) mod m, assuming self < m on entry.
        mutating func shiftInDigit(_ digit: UInt8, modulo m: inout Limbs) {
            var carry = UInt64(digit)
            for i in limbs.indices {
                let v = UInt64(limbs[i]) * 10 + carry
                limbs[i] = UInt32(v % Limbs.base)
                carry = v / Limbs.base
            }
            if carry > 0 { limbs.append(UInt32(carry)) }
            trim()
            while Limbs.compare(self, m) >= 0 { subtract(m) }
        }

        mutating func subtract(_ other: Limbs) {
            var borrow: Int64 = 0
            for i in limbs.indices {
                var v = Int64(limbs[i]) - borrow - (i < other.limbs.count ? Int64(other.limbs[i]) : 0)
                if v < 0 { v += Int64(Limbs.base); borrow = 1 } else { borrow = 0 }
                limbs[i] = UInt32(v)
            }
            trim()
        }

        static func compare(_ a: Limbs, _ b: Limbs) -> Int {
            if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count ? -1 : 1 }
            var i = a.limbs.count - 1
            while i >= 0 {
                if a.limbs[i] != b.limbs[i] { return a.limbs[i] < b.limbs[i] ? -1 : 1 }
                i -= 1
            }
            return 0
        }
    }
}
