/// What an outline shows: the plan's heading and its points grouped into sections
/// (one per area, or runs of document order), cut at a depth.
public struct Outline: Sendable {
    /// How points are grouped.
    public enum Order: String, Sendable, CaseIterable {
        /// One section per area in the order the areas are defined; points without an area last.
        case areas
        /// Points in document order; a new section starts wherever the area changes.
        case document
    }

    public struct Options: Sendable {
        public var order: Order
        /// How many levels of points to show: 1 = top-level points only; nil = all.
        public var depth: Int?
        public init(order: Order = .areas, depth: Int? = nil) {
            self.order = order
            self.depth = depth
        }
    }

    /// A group of points under one area (or under no area: `area == nil`).
    public struct Section: Sendable {
        public var area: Area?
        /// Top-level points of this section (with their sub-points, cut at the depth).
        public var points: [Point]
        /// Number of top-level points in the section.
        public var pointCount: Int { points.count }
    }

    public let plan: Plan
    public let options: Options
    public let sections: [Section]

    public init(plan: Plan, options: Options = Options()) {
        self.plan = plan
        self.options = options
        let cut = plan.points.map { Outline.cut($0, levelsLeft: (options.depth ?? Int.max) - 1) }
        switch options.order {
        case .areas:
            var byArea: [String: [Point]] = [:]
            var unassigned: [Point] = []
            let known = Set(plan.areas.map(\.id))
            for p in cut {
                if let a = p.area, known.contains(a) { byArea[a, default: []].append(p) } else { unassigned.append(p) }
            }
            var sections = plan.areas.map { Section(area: $0, points: byArea[$0.id] ?? []) }
            if !unassigned.isEmpty { sections.append(Section(area: nil, points: unassigned)) }
            self.sections = sections
        case .document:
            var sections: [Section] = []
            for p in cut {
                let area = p.area.flatMap { plan.area(withID: $0) }
                if let last = sections.last, last.area?.id == area?.id {
                    sections[sections.count - 1].points.append(p)
                } else {
                    sections.append(Section(area: area, points: [p]))
                }
            }
            self.sections = sections
        }
    }

    private static func cut(_ point: Point, levelsLeft: Int) -> Point {
        var p = point
        p.points = levelsLeft <= 0 ? [] : p.points.map { cut($0, levelsLeft: levelsLeft - 1) }
        return p
    }

    /// The short heading of a point: its title, or the first words of its text.
    public static func heading(of point: Point, maxWords: Int = 12) -> String {
        if let title = point.title, !title.isEmpty { return title }
        return firstWords(of: point.text, maxWords: maxWords)
    }

    /// Up to `maxWords` words of `text`, with an ellipsis when cut.
    public static func firstWords(of text: String, maxWords: Int) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        if words.count <= maxWords { return words.joined(separator: " ") }
        var head = words.prefix(maxWords).joined(separator: " ")
        while let last = head.last, ",;:".contains(last) { head.removeLast() }
        return head + "…"
    }

    /// Total number of points and sub-points in the plan (not cut by depth).
    public var totalPointCount: Int { plan.allPoints.count }
}
