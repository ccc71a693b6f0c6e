/// A JSON number with exact semantics where JSON Schema needs them: integers of any size,
/// decimals compared and divided exactly (`0.1 * 3 == 0.3` style questions in `multipleOf`),
/// and `1.0 == 1`.
///
/// Small integers are stored inline; everything else keeps its decimal literal so that no
/// precision is lost before a keyword looks at it.
public struct JSONNumber: Sendable, CustomStringConvertible {
    enum Storage: Sendable {
        case int(Int64)
        case double(Double)
        /// A number written in decimal that does not fit the other two exactly.
        case literal(String)
    }

    var storage: Storage

    public init(_ value: Int) { storage = .int(Int64(value)) }
    public init(_ value: Int64) { storage = .int(value) }

    /// A binary floating-point value. Integral values within Int64 are stored as integers.
    public init(_ value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 9.2e18 {
            storage = .int(Int64(value))
        } else {
            storage = .double(value)
        }
    }

    /// Parses a JSON number literal (`-12`, `3.25`, `1e400`, `12345678901234567890`).
    /// Returns nil when `literal` is not in JSON's number grammar.
    public init?(literal: String) {
        guard JSONNumber.isJSONNumberLiteral(literal) else { return nil }
        if let i = Int64(literal) {
            storage = .int(i)
        } else {
            storage = .literal(literal)
        }
    }

    /// The value as a Double (nearest; may be infinite for huge literals).
    public var doubleValue: Double {
        switch storage {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .literal(let s): return Double(s) ?? .nan
        }
    }

    /// The value as an Int64 when it is an integer that fits exactly.
    public var int64Value: Int64? {
        switch storage {
        case .int(let i): return i
        case .double: return nil
        case .literal: return decimal.flatMap { $0.exactInt64 }
        }
    }

    /// The value as an Int when it is an integer that fits exactly.
    public var intValue: Int? { int64Value.map { Int($0) } }

    /// Whether the value is mathematically an integer (`1.0` is).
    public var isInteger: Bool {
        switch storage {
        case .int: return true
        case .double(let d): return d.isFinite && d == d.rounded()
        case .literal: return decimal?.isInteger ?? false
        }
    }

    public var isFinite: Bool {
        if case .double(let d) = storage { return d.isFinite }
        return true
    }

    /// The exact decimal form, or nil for non-finite values.
    public var decimal: ExactDecimal? {
        switch storage {
        case .int(let i): return ExactDecimal(i)
        case .double(let d): return d.isFinite ? ExactDecimal(shortestRepresentationOf: d) : nil
        case .literal(let s): return ExactDecimal(literal: s)
        }
    }

    public var description: String {
        switch storage {
        case .int(let i): return String(i)
        case .double(let d):
            if d.isNaN { return "NaN" }
            if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
            return "\(d)"
        case .literal(let s): return s
        }
    }

    static func isJSONNumberLiteral(_ s: String) -> Bool {
        var it = s.utf8.makeIterator()
        var c = it.next()
        if c == UInt8(ascii: "-") { c = it.next() }
        guard let first = c else { return false }
        if first == UInt8(ascii: "0") {
            c = it.next()
        } else if first >= UInt8(ascii: "1") && first <= UInt8(ascii: "9") {
            repeat { c = it.next() } while c.map { $0 >= 48 && $0 <= 57 } ?? false
        } else {
            return false
        }
        if c == UInt8(ascii: ".") {
            c = it.next()
            guard let d = c, d >= 48 && d <= 57 else { return false }
            repeat { c = it.next() } while c.map { $0 >= 48 && $0 <= 57 } ?? false
        }
        if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            c = it.next()
            if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { c = it.next() }
            guard let d = c, d >= 48 && d <= 57 else { return false }
            repeat { c = it.next() } while c.map { $0 >= 48 && $0 <= 57 } ?? false
        }
        return c == nil
    }
}
