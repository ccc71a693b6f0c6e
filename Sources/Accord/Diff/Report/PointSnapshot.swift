/// The facts about one point of one version that a diff report shows.
public struct PointSnapshot: Sendable, Hashable {
    public var id: String
    /// The label readers see ("6", "6.2", "b").
    public var label: String
    public var areaID: String?
    public var title: String?
    public var text: String
    /// 0 for top-level points.
    public var depth: Int
    public var parentID: String?
    /// Position in the version's depth-first point order.
    public var index: Int

    public init(_ flat: borrowing FlatPoint, index: Int) {
        id = flat.point.id
        label = flat.point.label
        areaID = flat.areaID
        title = flat.point.title
        text = flat.point.text
        depth = flat.depth
        parentID = flat.parentID
        self.index = index
    }
}
