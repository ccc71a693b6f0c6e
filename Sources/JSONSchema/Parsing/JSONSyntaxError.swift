/// A JSON text that is not well-formed (RFC 8259), with the position of the problem.
public struct JSONSyntaxError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What is wrong, e.g. "expected ',' or '}' after object member".
    public var message: String
    /// 1-based line and column (columns count Unicode scalars).
    public var location: SourceLocation
    /// Byte offset into the input.
    public var offset: Int

    public init(message: String, location: SourceLocation, offset: Int) {
        self.message = message
        self.location = location
        self.offset = offset
    }

    public var description: String { "\(location): \(message)" }
}
