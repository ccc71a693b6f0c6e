/// A change of one named field, shown as old → new (nil = absent). Lists are shown joined by ", ".
public struct FieldChange: Sendable, Hashable {
    /// e.g. `title`, `version`, `topics`, `status`, `positions`.
    public var field: String
    public var old: String?
    public var new: String?

    public init(field: String, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }
}
