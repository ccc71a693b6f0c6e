/// The draft 2020-12 vocabularies a dialect can enable.
public struct Vocabulary: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let core = Vocabulary(rawValue: 1 << 0)
    public static let applicator = Vocabulary(rawValue: 1 << 1)
    public static let unevaluated = Vocabulary(rawValue: 1 << 2)
    public static let validation = Vocabulary(rawValue: 1 << 3)
    public static let metaData = Vocabulary(rawValue: 1 << 4)
    public static let formatAnnotation = Vocabulary(rawValue: 1 << 5)
    public static let formatAssertion = Vocabulary(rawValue: 1 << 6)
    public static let content = Vocabulary(rawValue: 1 << 7)

    /// The vocabularies of the standard 2020-12 dialect.
    public static let standard2020_12: Vocabulary = [
        .core, .applicator, .unevaluated, .validation, .metaData, .formatAnnotation, .content,
    ]

    /// The vocabulary identified by `uri`, if Accord implements it.
    public static func known(_ uri: String) -> Vocabulary? {
        let prefix = "https://json-schema.org/draft/2020-12/vocab/"
        guard uri.hasPrefix(prefix) else { return nil }
        switch uri.dropFirst(prefix.count) {
        case "core": return .core
        case "applicator": return .applicator
        case "unevaluated": return .unevaluated
        case "validation": return .validation
        case "meta-data": return .metaData
        case "format-annotation": return .formatAnnotation
        case "format-assertion": return .formatAssertion
        case "content": return .content
        default: return nil
        }
    }
}
