import JSONSchema

/// One point of a plan (or a sub-point of another point).
public struct Point: Sendable {
    /// Stable slug, unique across all points and sub-points of the plan.
    public var id: String
    /// The number as written in the file, if any.
    public var number: PointNumber?
    /// The label shown to readers: `number` when given, otherwise derived from the position
    /// ("6" for the sixth top-level point, "6.2" for the second sub-point of point 6).
    public var label: String
    /// The id of the area this point belongs to. Sub-points may omit it (they inherit).
    public var area: String?
    /// An optional short title.
    public var title: String?
    /// The point's wording (in the file author's words where the original was not published).
    public var text: String
    /// Optional tags.
    public var topics: [String]
    /// Ids of other points this one refers to.
    public var refs: [String]
    /// Sub-points, in order.
    public var points: [Point]
    /// Negotiation status of this point, e.g. `agreed`, `disputed`, `bracketed`.
    public var status: String?
    /// How faithful `text` is to the original: `verbatim`, `paraphrase`, `summary`, `unknown`.
    public var wording: String?
    /// Commentary by the file's author (not part of the plan's text).
    public var note: String?
    /// Stated positions of parties on this point.
    public var positions: [PartyPosition]
    /// Where the point and its fields are in the source.
    public var locations: Locations

    public struct Locations: Sendable {
        public var point: SourceLocation = .unknown
        public var id: SourceLocation = .unknown
        public var number: SourceLocation = .unknown
        public var area: SourceLocation = .unknown
        public var text: SourceLocation = .unknown
        /// One location per entry of `refs`.
        public var refs: [SourceLocation] = []
        public init() {}
    }

    public init(
        id: String, number: PointNumber? = nil, label: String? = nil, area: String? = nil,
        title: String? = nil, text: String, topics: [String] = [], refs: [String] = [],
        points: [Point] = [], status: String? = nil, wording: String? = nil, note: String? = nil,
        positions: [PartyPosition] = [], locations: Locations = Locations()
    ) {
        self.id = id
        self.number = number
        self.label = label ?? number?.description ?? ""
        self.area = area
        self.title = title
        self.text = text
        self.topics = topics
        self.refs = refs
        self.points = points
        self.status = status
        self.wording = wording
        self.note = note
        self.positions = positions
        self.locations = locations
    }
}

/// A point's number as written: an integer (`6`) or a label (`"a"`, `"6.1"`, `"12bis"`).
public enum PointNumber: Sendable, Hashable, CustomStringConvertible {
    case integer(Int)
    case label(String)

    public var description: String {
        switch self {
        case .integer(let n): return String(n)
        case .label(let s): return s
        }
    }
}

/// A party's stated position on a point.
public struct PartyPosition: Sendable, Hashable {
    public var party: String
    /// e.g. `accepts`, `rejects`, `reservations`, `proposed`, `unknown`.
    public var stance: String?
    public var text: String?

    public init(party: String, stance: String? = nil, text: String? = nil) {
        self.party = party
        self.stance = stance
        self.text = text
    }
}
