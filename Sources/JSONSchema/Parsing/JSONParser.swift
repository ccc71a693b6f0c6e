import Foundation

/// An RFC 8259 JSON parser producing `JSONValue`s that remember their line and column.
///
/// Strict: rejects trailing commas, comments, invalid UTF-8, control characters in strings and
/// duplicate object keys; nesting is limited to `maxDepth` (the parser itself is iterative, so
/// the limit protects consumers that recurse).
public struct JSONParser: Sendable {
    /// Maximum nesting of arrays and objects.
    public var maxDepth: Int
    /// Whether a repeated key within one object is an error (default) or the last one wins.
    public var rejectDuplicateKeys: Bool

    public init(maxDepth: Int = 1000, rejectDuplicateKeys: Bool = true) {
        self.maxDepth = maxDepth
        self.rejectDuplicateKeys = rejectDuplicateKeys
    }

    /// Parses a complete JSON text (UTF-8, optional BOM).
    public static func parse(bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser().parse(bytes: bytes)
    }

    /// Parses a complete JSON text (UTF-8, optional BOM).
    public static func parse(data: Data) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser().parse(bytes: [UInt8](data))
    }

    /// Parses a complete JSON text given as a Swift string.
    public static func parse(string: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser().parse(bytes: Array(string.utf8))
    }

    /// Parses a complete JSON text (UTF-8, optional BOM).
    public func parse(bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONByteReader(buffer: buffer, maxDepth: maxDepth, rejectDuplicateKeys: rejectDuplicateKeys)
            do throws(JSONSyntaxError) {
                return .success(try reader.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
