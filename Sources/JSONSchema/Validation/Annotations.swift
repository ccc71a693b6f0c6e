/// The annotations `unevaluatedProperties`/`unevaluatedItems` depend on: which properties and
/// items of the current instance were evaluated by successful subschemas. Collected only when
/// a schema with an unevaluated* keyword is on the evaluation path.
///
/// One is made for every subschema evaluated, almost always to stay empty: the sets exist only
/// once something is inserted, so making and dropping an empty one costs nothing.
struct Annotations {
    var allProperties = false
    /// Items `0..<itemPrefix` were evaluated.
    var itemPrefix = 0
    var allItems = false
    private var evaluatedProperties: Set<String>?
    private var matchedItems: Set<Int>?

    /// Properties evaluated by name (`properties`, `patternProperties`).
    var properties: Set<String> {
        get { evaluatedProperties ?? [] }
        _modify {
            var set = evaluatedProperties.take() ?? []
            defer { evaluatedProperties = set }
            yield &set
        }
    }

    /// Items matched by `contains`.
    var containedItems: Set<Int> {
        get { matchedItems ?? [] }
        _modify {
            var set = matchedItems.take() ?? []
            defer { matchedItems = set }
            yield &set
        }
    }

    mutating func merge(_ other: Annotations) {
        if other.allProperties { allProperties = true }
        if !allProperties, let theirs = other.evaluatedProperties, !theirs.isEmpty { properties.formUnion(theirs) }
        if other.itemPrefix > itemPrefix { itemPrefix = other.itemPrefix }
        if other.allItems { allItems = true }
        if !allItems, let theirs = other.matchedItems, !theirs.isEmpty { containedItems.formUnion(theirs) }
    }

    func isEvaluated(property: String) -> Bool { allProperties || evaluatedProperties?.contains(property) == true }
    func isEvaluated(item: Int) -> Bool { allItems || item < itemPrefix || matchedItems?.contains(item) == true }
}
