/// The annotations `unevaluatedProperties`/`unevaluatedItems` depend on: which properties and
/// items of the current instance were evaluated by successful subschemas. Collected only when
/// a schema with an unevaluated* keyword is on the evaluation path.
struct Annotations {
    var allProperties = false
    var properties: Set<String> = []
    /// Items `0..<itemPrefix` were evaluated.
    var itemPrefix = 0
    var allItems = false
    /// Items matched by `contains`.
    var containedItems: Set<Int> = []

    mutating func merge(_ other: Annotations) {
        if other.allProperties { allProperties = true }
        if !allProperties && !other.properties.isEmpty { properties.formUnion(other.properties) }
        if other.itemPrefix > itemPrefix { itemPrefix = other.itemPrefix }
        if other.allItems { allItems = true }
        if !allItems && !other.containedItems.isEmpty { containedItems.formUnion(other.containedItems) }
    }

    func isEvaluated(property: String) -> Bool { allProperties || properties.contains(property) }
    func isEvaluated(item: Int) -> Bool { allItems || item < itemPrefix || containedItems.contains(item) }
}
