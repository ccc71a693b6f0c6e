/// A JSON object: members in source order, each with the location of its key.
/// Lookup by key is O(1) for large objects (an index is built past a few members).
public struct JSONObject: Sendable {
    public struct Member: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: JSONValue
        public init(key: String, keyLocation: SourceLocation = .unknown, value: JSONValue) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    /// Members in source order. Keys are unique (loaders report duplicates before building this).
    public private(set) var members: [Member]
    private var index: [String: Int]?

    private static let indexThreshold = 12

    public init(_ members: [Member] = []) {
        self.members = members
        if members.count > Self.indexThreshold { buildIndex() }
    }

    public init(_ pairs: KeyValuePairs<String, JSONValue>) {
        self.init(pairs.map { Member(key: $0.key, value: $0.value) })
    }

    private mutating func buildIndex() {
        var idx = [String: Int](minimumCapacity: members.count)
        for (i, m) in members.enumerated() where idx[m.key] == nil { idx[m.key] = i }
        index = idx
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    public var keys: [String] { members.map(\.key) }

    /// The position of `key` in `members`, if present.
    public func indexOf(_ key: String) -> Int? {
        if let index { return index[key] }
        return members.firstIndex { $0.key == key }
    }

    public subscript(key: String) -> JSONValue? {
        guard let i = indexOf(key) else { return nil }
        return members[i].value
    }

    /// The member named `key`, with its key location.
    public func member(_ key: String) -> Member? {
        indexOf(key).map { members[$0] }
    }

    /// Appends a member, or replaces the value of an existing key.
    public mutating func set(_ key: String, _ value: JSONValue, keyLocation: SourceLocation = .unknown) {
        if let i = indexOf(key) {
            members[i].value = value
            return
        }
        members.append(Member(key: key, keyLocation: keyLocation, value: value))
        if index != nil {
            index![key] = members.count - 1
        } else if members.count > Self.indexThreshold {
            buildIndex()
        }
    }
}
