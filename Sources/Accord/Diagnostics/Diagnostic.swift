import JSONSchema

/// One problem found in a document: where, how bad, what, and (ideally) how to fix it.
///
/// Rendered as `path:line:col: error: message [rule-id]` by `DiagnosticFormatter`.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error, warning, note
        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// The file (as the user named it), or `<stdin>`.
    public var file: String
    public var location: SourceLocation
    public var severity: Severity
    /// A short, specific sentence: what is wrong.
    public var message: String
    /// Stable rule id, e.g. `duplicate-id`, `schema`, `yaml-syntax`.
    public var rule: String
    /// How to fix it, when we know.
    public var hint: String?
    /// JSON Pointer to the offending value in the document, when it has one.
    public var instancePath: String?
    /// For schema failures: the JSON Pointer of the failing keyword in the schema (through
    /// `$ref`s) and its absolute URI, as in JSON Schema's output formats.
    public var keywordLocation: String?
    public var absoluteKeywordLocation: String?

    public init(
        file: String, location: SourceLocation, severity: Severity, message: String,
        rule: String, hint: String? = nil, instancePath: String? = nil,
        keywordLocation: String? = nil, absoluteKeywordLocation: String? = nil
    ) {
        self.file = file
        self.location = location
        self.severity = severity
        self.message = message
        self.rule = rule
        self.hint = hint
        self.instancePath = instancePath
        self.keywordLocation = keywordLocation
        self.absoluteKeywordLocation = absoluteKeywordLocation
    }
}
