import Synchronization

/// Answers `Script=…`/`Script_Extensions=…` membership (which `Unicode.Scalar.Properties` does
/// not expose) through the standard library's `Regex`. `Regex` is not `Sendable`, so it is kept
/// behind a mutex; script properties are rare in schemas, so contention does not matter.
final class RegexScriptMatcher: Sendable {
    private let regex: Mutex<Regex<AnyRegexOutput>>

    /// `property` is `sc` or `scx`; nil when the standard library does not know the script.
    init?(property: String, value: String) {
        guard let compiled = try? Regex("\\p{\(property)=\(value)}") else { return nil }
        regex = Mutex(compiled.matchingSemantics(.unicodeScalar))
    }

    func matches(_ scalar: Unicode.Scalar) -> Bool {
        let text = String(scalar)
        return regex.withLock { regex in (try? regex.wholeMatch(in: text)) != nil }
    }
}
