/// The outcome of validating one instance.
public struct ValidationResult: Sendable {
    /// Whether the instance is valid.
    public var isValid: Bool
    /// The failures, in evaluation order (empty when valid).
    public var errors: [ValidationError]

    public init(isValid: Bool, errors: [ValidationError]) {
        self.isValid = isValid
        self.errors = errors
    }
}

extension ValidationResult: Encodable {
    private enum CodingKeys: String, CodingKey { case valid, errors }

    /// Encodes in the spec's "basic" output format: `{"valid": …, "errors": [units]}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(isValid, forKey: .valid)
        if !isValid { try c.encode(errors, forKey: .errors) }
    }
}
