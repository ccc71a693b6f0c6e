/// A pattern that is not a valid ECMA-262 (Unicode mode) regular expression, or one that uses a
/// feature this engine does not support.
public struct RegexSyntaxError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What is wrong, in plain words.
    public let message: String
    /// Where the problem was found: an offset in Unicode scalars from the start of the pattern.
    public let offset: Int

    /// Creates an error with a message and a scalar offset in the pattern.
    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { "\(message) (at offset \(offset))" }
}
