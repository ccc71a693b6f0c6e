/// A public source a plan file is based on.
public struct PlanSource: Sendable, Hashable {
    public var title: String
    public var publisher: String?
    /// Publication date, ISO 8601.
    public var date: String?
    public var url: String?

    public init(title: String, publisher: String? = nil, date: String? = nil, url: String? = nil) {
        self.title = title
        self.publisher = publisher
        self.date = date
        self.url = url
    }
}
