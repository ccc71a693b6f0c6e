/// What a mutation really did: every old and new point appears in exactly one change.
public struct GroundTruth: Sendable, Codable, Hashable {
    /// One true change: its kinds (`unchanged`, `reworded`, `renumbered`, `moved`, `split`,
    /// `merged`, `added`, `removed`) and the point ids on each side.
    public struct Change: Sendable, Codable, Hashable {
        public var kinds: [String]
        public var old: [String]
        public var new: [String]
        public init(kinds: [String], old: [String], new: [String]) {
            self.kinds = kinds
            self.old = old
            self.new = new
        }
    }

    public var changes: [Change]

    public init(changes: [Change]) { self.changes = changes }

    /// Every true (old id, new id) pair (a split or merge gives one pair per piece).
    public var pairs: Set<IDPair> {
        var out = Set<IDPair>()
        for c in changes { for o in c.old { for n in c.new { out.insert(IDPair(old: o, new: n)) } } }
        return out
    }
}

/// An (old id, new id) pairing.
public struct IDPair: Sendable, Codable, Hashable, Comparable {
    public var old: String
    public var new: String
    public init(old: String, new: String) {
        self.old = old
        self.new = new
    }
    public static func < (a: IDPair, b: IDPair) -> Bool { (a.old, a.new) < (b.old, b.new) }
}
