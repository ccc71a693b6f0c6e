/// The first `limit` elements offered, under a strict total order, kept sorted: a partial
/// selection that costs O(n) for n offers when most are rejected against the current last
/// element (instead of sorting all n to keep a few).
struct TopList<Element> {
    let limit: Int
    private(set) var items: [Element] = []

    init(limit: Int) {
        self.limit = limit
        items.reserveCapacity(limit + 1)
    }

    /// Offers `e`; `precedes(a, b)` is true when a ranks before b.
    @inline(__always)
    mutating func offer(_ e: Element, by precedes: (Element, Element) -> Bool) {
        if items.count == limit {
            guard limit > 0, precedes(e, items[limit - 1]) else { return }
            items.removeLast()
        }
        var i = items.count
        items.append(e)
        while i > 0 && precedes(e, items[i - 1]) {
            items[i] = items[i - 1]
            i -= 1
        }
        items[i] = e
    }

    mutating func removeAll() { items.removeAll(keepingCapacity: true) }
}
