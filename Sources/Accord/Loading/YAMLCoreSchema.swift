import JSONSchema

/// The YAML 1.2 core schema: which plain scalars are null, booleans, integers and floats.
///
/// Works on the scalar's UTF-8 bytes so that the common case (a plain scalar that is text) is
/// decided from its first byte without building anything.
enum YAMLCoreSchema {
    /// The result of reading a scalar as an integer or float.
    enum NumberReading {
        case number(JSONNumber)
        /// Hexadecimal or octal with more significant digits than `maxRadixDigits`.
        case tooLarge
        case notANumber
    }

    /// Hexadecimal and octal integers are converted exactly up to this many digits.
    static let maxRadixDigits = 4096

    /// How an untagged plain scalar resolves.
    enum PlainResolution {
        case value(JSONValue.Kind)
        /// Text: the caller builds the string.
        case string
        /// A hexadecimal or octal integer too long to convert (see `maxRadixDigits`).
        case tooLarge
    }

    /// The value of an untagged plain scalar.
    static func resolvePlain(_ text: UnsafeBufferPointer<UInt8>) -> PlainResolution {
        guard let first = text.first else { return .value(.null) }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return isNull(text) ? .value(.null) : .string
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return bool(text).map { .value(.bool($0)) } ?? .string
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            switch float(text) {
            case .number(let n): return .value(.number(n))
            case .tooLarge: return .tooLarge
            case .notANumber: return .string
            }
        default:
            return .string
        }
    }

    /// `null`, `Null`, `NULL`, `~` or empty.
    static func isNull(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        t.isEmpty || matches(t, "~") || matches(t, "null") || matches(t, "Null") || matches(t, "NULL")
    }

    /// `true`/`True`/`TRUE`/`false`/`False`/`FALSE`, else nil.
    static func bool(_ t: UnsafeBufferPointer<UInt8>) -> Bool? {
        if matches(t, "true") || matches(t, "True") || matches(t, "TRUE") { return true }
        if matches(t, "false") || matches(t, "False") || matches(t, "FALSE") { return false }
        return nil
    }

    /// Reads `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`.
    static func integer(_ t: UnsafeBufferPointer<UInt8>) -> NumberReading {
        guard !t.isEmpty else { return .notANumber }
        if t.count > 2, t[0] == UInt8(ascii: "0") {
            if t[1] == UInt8(ascii: "o") { return radixInteger(t, from: 2, radix: 8) }
            if t[1] == UInt8(ascii: "x") { return radixInteger(t, from: 2, radix: 16) }
        }
        var i = 0
        var negative = false
        if t[0] == UInt8(ascii: "-") || t[0] == UInt8(ascii: "+") {
            negative = t[0] == UInt8(ascii: "-")
            i = 1
        }
        guard i < t.count else { return .notANumber }
        let digitsStart = i
        var value: Int64 = 0
        var overflow = false
        while i < t.count {
            let c = t[i]
            guard isDigit(c) else { return .notANumber }
            if !overflow {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int64(c &- 48))
                if o1 || o2 { overflow = true } else { value = a }
            }
            i += 1
        }
        if !overflow { return .number(JSONNumber(negative ? -value : value)) }
        // Beyond Int64: keep the exact decimal literal.
        var start = digitsStart
        while start < t.count - 1 && t[start] == UInt8(ascii: "0") { start += 1 }
        var literal = negative ? "-" : ""
        literal += String(decoding: UnsafeBufferPointer(rebasing: t[start...]), as: UTF8.self)
        return JSONNumber(literal: literal).map { .number($0) } ?? .notANumber
    }

    /// Reads any core-schema number: integers, then
    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)`,
    /// `\.(nan|NaN|NAN)`.
    static func float(_ t: UnsafeBufferPointer<UInt8>) -> NumberReading {
        switch integer(t) {
        case .notANumber: break
        case let reading: return reading
        }
        guard !t.isEmpty else { return .notANumber }
        var i = 0
        var negative = false
        if t[0] == UInt8(ascii: "-") || t[0] == UInt8(ascii: "+") {
            negative = t[0] == UInt8(ascii: "-")
            i = 1
        }
        let rest = UnsafeBufferPointer(rebasing: t[i...])
        if matches(rest, ".inf") || matches(rest, ".Inf") || matches(rest, ".INF") {
            return .number(JSONNumber(negative ? -Double.infinity : Double.infinity))
        }
        if i == 0, matches(t, ".nan") || matches(t, ".NaN") || matches(t, ".NAN") {
            return .number(JSONNumber(Double.nan))
        }
        // Integer part.
        let intStart = i
        while i < t.count, isDigit(t[i]) { i += 1 }
        let intEnd = i
        var fracStart = i, fracEnd = i
        if i < t.count, t[i] == UInt8(ascii: ".") {
            i += 1
            fracStart = i
            while i < t.count, isDigit(t[i]) { i += 1 }
            fracEnd = i
        }
        guard intEnd > intStart || fracEnd > fracStart else { return .notANumber }
        var expStart = i, expEnd = i
        if i < t.count, t[i] == UInt8(ascii: "e") || t[i] == UInt8(ascii: "E") {
            i += 1
            expStart = i
            if i < t.count, t[i] == UInt8(ascii: "-") || t[i] == UInt8(ascii: "+") { i += 1 }
            let digits = i
            while i < t.count, isDigit(t[i]) { i += 1 }
            guard i > digits else { return .notANumber }
            expEnd = i
        }
        guard i == t.count else { return .notANumber }
        // Rewrite in JSON's grammar: no "+", no leading zeros, "0" before a bare fraction,
        // no trailing "." — digits themselves are kept, so `1.10` stays `1.10`.
        var literal: [UInt8] = []
        literal.reserveCapacity(t.count + 2)
        if negative { literal.append(UInt8(ascii: "-")) }
        var s = intStart
        while s < intEnd - 1 && t[s] == UInt8(ascii: "0") { s += 1 }
        if intEnd > intStart { literal.append(contentsOf: t[s..<intEnd]) } else { literal.append(UInt8(ascii: "0")) }
        if fracEnd > fracStart {
            literal.append(UInt8(ascii: "."))
            literal.append(contentsOf: t[fracStart..<fracEnd])
        }
        if expEnd > expStart {
            literal.append(UInt8(ascii: "e"))
            literal.append(contentsOf: t[expStart..<expEnd])
        }
        return JSONNumber(literal: String(decoding: literal, as: UTF8.self)).map { .number($0) } ?? .notANumber
    }

    /// Converts hexadecimal or octal digits `t[from...]` exactly.
    private static func radixInteger(_ t: UnsafeBufferPointer<UInt8>, from: Int, radix: UInt64) -> NumberReading {
        var value: UInt64 = 0
        var fits = true
        var digits: [UInt8] = []
        for i in from..<t.count {
            guard let d = digitValue(t[i], radix: radix) else { return .notANumber }
            digits.append(d)
            if fits {
                let (m, o1) = value.multipliedReportingOverflow(by: radix)
                let (a, o2) = m.addingReportingOverflow(UInt64(d))
                if o1 || o2 { fits = false } else { value = a }
            }
        }
        if fits, value <= UInt64(Int64.max) { return .number(JSONNumber(Int64(value))) }
        let significant = digits.drop { $0 == 0 }
        guard significant.count <= maxRadixDigits else { return .tooLarge }
        // Base conversion into little-endian limbs of 10^9.
        var limbs: [UInt64] = [0]
        for d in significant {
            var carry = UInt64(d)
            for k in limbs.indices {
                let v = limbs[k] * radix + carry
                limbs[k] = v % 1_000_000_000
                carry = v / 1_000_000_000
            }
            while carry > 0 {
                limbs.append(carry % 1_000_000_000)
                carry /= 1_000_000_000
            }
        }
        var text = String(limbs[limbs.count - 1])
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return JSONNumber(literal: text).map { .number($0) } ?? .notANumber
    }

    private static func digitValue(_ c: UInt8, radix: UInt64) -> UInt8? {
        let v: UInt8
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): v = c - 48
        case UInt8(ascii: "a")...UInt8(ascii: "f"): v = c - 87
        case UInt8(ascii: "A")...UInt8(ascii: "F"): v = c - 55
        default: return nil
        }
        return UInt64(v) < radix ? v : nil
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 48 < 10 }

    /// Byte-wise equality with an ASCII literal.
    @inline(__always) static func matches(_ t: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        guard t.count == literal.utf8CodeUnitCount else { return false }
        let p = literal.utf8Start
        for i in 0..<t.count where t[i] != p[i] { return false }
        return true
    }
}
