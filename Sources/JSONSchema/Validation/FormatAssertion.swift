/// Bridges the `format` keyword to the format checkers (nil: unknown format, no assertion).
enum FormatAssertion {
    static func check(_ format: String, _ value: String) -> Bool? {
        FormatChecker.check(format, value)
    }
}
