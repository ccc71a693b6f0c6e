import JSONSchema

/// What loading a YAML document produced: the tree (unless loading had to stop) and every
/// problem found on the way.
public struct LoadResult: Sendable {
    /// The document as a JSON tree with source locations, or nil when a fatal problem
    /// (syntax error, bad encoding, a limit exceeded, no document at all) stopped loading.
    /// A non-nil value may still come with errors that were recovered from; see `YAMLRule`.
    public var value: JSONValue?
    /// Problems in document order of discovery: errors, warnings (e.g. YAML 1.1 ambiguities).
    public var diagnostics: [Diagnostic]

    public init(value: JSONValue?, diagnostics: [Diagnostic]) {
        self.value = value
        self.diagnostics = diagnostics
    }

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
