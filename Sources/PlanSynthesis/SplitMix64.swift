/// SplitMix64 (Steele, Lea & Flood 2014): a tiny, fast, seedable generator. Every helper here is
/// defined on top of `next()` so sequences never depend on the standard library's algorithms.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<n (n > 0), by 128-bit multiply.
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int(next().multipliedFullWidth(by: UInt64(n)).high)
    }

    /// Uniform in the closed range.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// True with probability p.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// A uniformly chosen element (the array must not be empty).
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// An index skewed towards 0 (a rough power law), for Zipf-like word frequencies.
    public mutating func skewed(_ n: Int, exponent: Double = 2.2) -> Int {
        min(n - 1, Int(Double(n) * pow(unit(), exponent)))
    }

    /// Fisher–Yates shuffle.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
    }

    /// A new generator derived from this one (for independent streams).
    public mutating func fork() -> SplitMix64 { SplitMix64(seed: next()) }
}

@inline(__always)
private func pow(_ x: Double, _ y: Double) -> Double {
    // exp(y * ln x) without Foundation; x in [0, 1).
    if x <= 0 { return 0 }
    return _exp(y * _log(x))
}

private func _log(_ x: Double) -> Double {
    // Natural log via frexp-free range reduction: x = m * 2^e, m in [1, 2).
    var e = 0
    var m = x
    while m < 1 { m *= 2; e -= 1 }
    while m >= 2 { m /= 2; e += 1 }
    // ln(m) = 2 atanh((m-1)/(m+1)).
    let t = (m - 1) / (m + 1), t2 = t * t
    var term = t, sum = 0.0
    var k = 1.0
    while k < 40 { sum += term / k; term *= t2; k += 2 }
    return 2 * sum + Double(e) * 0.693_147_180_559_945_3
}

private func _exp(_ x: Double) -> Double {
    // exp(x) = 2^k * exp(r), |r| <= ln2/2.
    let k = (x / 0.693_147_180_559_945_3).rounded()
    let r = x - k * 0.693_147_180_559_945_3
    var term = 1.0, sum = 1.0
    for i in 1...20 { term *= r / Double(i); sum += term }
    var result = sum
    if k > 0 { for _ in 0..<Int(k) { result *= 2 } } else if k < 0 { for _ in 0..<Int(-k) { result /= 2 } }
    return result
}
