import JSONSchema

/// One version of a multi-point proposal: its metadata, its thematic areas and its points.
public struct Plan: Sendable {
    /// Stable id of the plan family (shared by all versions of one plan).
    public var id: String
    public var title: String
    /// Free label of this version, e.g. "2025-11-20 draft".
    public var version: String?
    /// Date of this version (ISO 8601 `YYYY-MM-DD`, or a coarser `YYYY-MM` / `YYYY`).
    public var date: String?
    /// Lifecycle status, e.g. `draft`, `proposed`, `agreed`, `superseded`.
    public var status: String?
    /// A short summary of the plan in the author's own words.
    public var summary: String?
    /// Who is involved.
    public var parties: [String]
    /// Where the content comes from.
    public var sources: [PlanSource]
    /// Free-form notes on this file: gaps in public reporting, editorial choices.
    public var notes: String?
    /// Thematic groups, in order.
    public var areas: [Area]
    /// Top-level points in document order (each may have sub-points).
    public var points: [Point]
    /// Where the plan's fields are in its source.
    public var locations: Locations

    public struct Locations: Sendable {
        public var document: SourceLocation = .unknown
        public var id: SourceLocation = .unknown
        public var status: SourceLocation = .unknown
        public var areas: SourceLocation = .unknown
        public var points: SourceLocation = .unknown
        public init() {}
    }

    public init(
        id: String, title: String, version: String? = nil, date: String? = nil,
        status: String? = nil, summary: String? = nil, parties: [String] = [],
        sources: [PlanSource] = [], notes: String? = nil, areas: [Area] = [],
        points: [Point] = [], locations: Locations = Locations()
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.date = date
        self.status = status
        self.summary = summary
        self.parties = parties
        self.sources = sources
        self.notes = notes
        self.areas = areas
        self.points = points
        self.locations = locations
    }

    /// The area with this id, if any.
    public func area(withID id: String) -> Area? { areas.first { $0.id == id } }

    /// Every point and sub-point, depth first in document order, with its depth (0 = top level)
    /// and the area it belongs to (its own or the nearest ancestor's).
    public var allPoints: [FlatPoint] {
        // Exact capacity up front: growing by doubling would copy (and page in) the large
        // elements several times.
        func count(_ list: [Point]) -> Int {
            list.reduce(list.count) { $0 + ($1.points.isEmpty ? 0 : count($1.points)) }
        }
        var out: [FlatPoint] = []
        out.reserveCapacity(count(points))
        func walk(_ list: [Point], depth: Int, parent: String?, area: String?) {
            for p in list {
                let a = p.area ?? area
                out.append(FlatPoint(point: p, depth: depth, parentID: parent, areaID: a))
                if !p.points.isEmpty { walk(p.points, depth: depth + 1, parent: p.id, area: a) }
            }
        }
        walk(points, depth: 0, parent: nil, area: nil)
        return out
    }
}

/// A point seen in a flattened walk of a plan.
public struct FlatPoint: Sendable {
    public var point: Point
    /// 0 for top-level points, 1 for their sub-points, …
    public var depth: Int
    /// The id of the enclosing point, nil at top level.
    public var parentID: String?
    /// The area the point belongs to: its own `area`, or its nearest ancestor's.
    public var areaID: String?
}
