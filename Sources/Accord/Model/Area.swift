import JSONSchema

/// A thematic group of points, e.g. "Security guarantees".
public struct Area: Sendable, Hashable {
    /// Stable slug, unique among the plan's areas.
    public var id: String
    public var title: String
    /// Optional description in the author's words.
    public var summary: String?
    /// Where the area is defined.
    public var location: SourceLocation

    public init(id: String, title: String, summary: String? = nil, location: SourceLocation = .unknown) {
        self.id = id
        self.title = title
        self.summary = summary
        self.location = location
    }
}
