/// JSON equality as JSON Schema defines it (`const`, `enum`, `uniqueItems`): numbers compare
/// by mathematical value, objects ignore member order, source locations are ignored.
extension JSONValue: Equatable, Hashable {
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs.kind, rhs.kind) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        // Code point equality: JSON Schema does not normalise strings (Swift's `==` would
        // treat canonically equivalent strings as equal).
        case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
        case (.array(let a), .array(let b)):
            guard a.count == b.count else { return false }
            for i in a.indices where a[i] != b[i] { return false }
            return true
        case (.object(let a), .object(let b)):
            return a == b
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch kind {
        case .null: hasher.combine(0 as UInt8)
        case .bool(let b): hasher.combine(1 as UInt8); hasher.combine(b)
        case .number(let n): hasher.combine(2 as UInt8); hasher.combine(n)
        case .string(let s): hasher.combine(3 as UInt8); hasher.combine(s)
        case .array(let a):
            hasher.combine(4 as UInt8)
            hasher.combine(a.count)
            for v in a { hasher.combine(v) }
        case .object(let o):
            hasher.combine(5 as UInt8)
            hasher.combine(o)
        }
    }
}

/// Objects are equal when they have the same keys with equal values, in any order.
extension JSONObject: Equatable, Hashable {
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for m in lhs.members {
            guard let other = rhs[m.key], other == m.value else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: combine member hashes with a commutative operation.
        var sum = 0
        for m in members {
            var h = Hasher()
            h.combine(m.key)
            h.combine(m.value)
            sum = sum &+ h.finalize()
        }
        hasher.combine(count)
        hasher.combine(sum)
    }
}

/// Numbers compare by mathematical value (`1.0 == 1`, big integers exactly).
extension JSONNumber: Equatable, Hashable, Comparable {
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool { lhs.compare(to: rhs) == 0 }
    public static func < (lhs: JSONNumber, rhs: JSONNumber) -> Bool { lhs.compare(to: rhs) < 0 }

    public func hash(into hasher: inout Hasher) {
        if let i = int64Value {
            hasher.combine(i)
        } else if let d = decimal {
            hasher.combine(d)
        } else {
            hasher.combine(doubleValue)
        }
    }

    /// -1, 0 or 1 as `self` is below, equal to or above `other` (exact for finite values).
    public func compare(to other: JSONNumber) -> Int {
        switch (storage, other.storage) {
        case (.int(let a), .int(let b)): return a < b ? -1 : (a > b ? 1 : 0)
        case (.double(let a), .double(let b)): return a < b ? -1 : (a > b ? 1 : 0)
        default: break
        }
        if let a = decimal, let b = other.decimal {
            return a < b ? -1 : (a == b ? 0 : 1)
        }
        let a = doubleValue, b = other.doubleValue
        return a < b ? -1 : (a > b ? 1 : 0)
    }

    /// Whether `self` is an integer multiple of `divisor` (exact decimal arithmetic).
    /// A zero or non-finite divisor never divides.
    public func isMultiple(of divisor: JSONNumber) -> Bool {
        if case .int(let a) = storage, case .int(let b) = divisor.storage, b != 0 {
            if b == -1 { return true }
            return a % b == 0
        }
        guard let a = decimal, let b = divisor.decimal else {
            let q = doubleValue / divisor.doubleValue
            return q.isFinite && q == q.rounded()
        }
        return a.isMultiple(of: b)
    }
}
