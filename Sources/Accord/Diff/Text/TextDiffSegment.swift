/// One run of an inline word diff: text kept, deleted from the old wording, or inserted in the new.
public struct TextDiffSegment: Sendable, Hashable {
    public enum Operation: String, Sendable, Hashable {
        case equal, delete, insert
    }

    public var operation: Operation
    /// The words with their original spacing and punctuation.
    public var text: String

    public init(_ operation: Operation, _ text: String) {
        self.operation = operation
        self.text = text
    }
}
