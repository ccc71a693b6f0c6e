/// Settings for compiling and evaluating a schema.
public struct SchemaOptions: Sendable {
    /// Treat `format` as an assertion (invalid dates, emails, … fail) instead of an annotation.
    /// Formats Accord does not know never fail.
    public var formatAssertion: Bool
    /// Let file references leave the folder of the root schema.
    public var allowFileReferencesOutsideRoot: Bool
    /// Maximum nesting of schema evaluation (subschema within subschema, `$ref` hops count);
    /// guards against runaway recursion. Evaluation runs on a large-stack thread.
    public var maxEvaluationDepth: Int
    /// Step budget for one regular expression search; exceeding it is a validation error.
    public var regexStepBudget: Int
    /// Base URI of a root schema that has no `$id` and no given base URI.
    public var defaultBaseURI: String

    public init(
        formatAssertion: Bool = false,
        allowFileReferencesOutsideRoot: Bool = false,
        maxEvaluationDepth: Int = 4000,
        regexStepBudget: Int = ECMARegex.defaultStepBudget,
        defaultBaseURI: String = "urn:x-accord:schema"
    ) {
        self.formatAssertion = formatAssertion
        self.allowFileReferencesOutsideRoot = allowFileReferencesOutsideRoot
        self.maxEvaluationDepth = maxEvaluationDepth
        self.regexStepBudget = regexStepBudget
        self.defaultBaseURI = defaultBaseURI
    }
}
