import JSONSchema

/// Renders an outline as JSON:
/// `{"plan": {id, title, version, date, status}, "pointCount": N, "areas": [{id, title,
/// pointCount, points: [{id, number, title, text, points: […]}]}]}`. Points without an area
/// form a last entry whose `id` and `title` are null.
public struct OutlineJSONRenderer: Sendable {
    public init() {}

    public func render(_ outline: Outline) -> String {
        JSONWriter(pretty: true).string(value(outline))
    }

    public func value(_ outline: Outline) -> JSONValue {
        let plan = outline.plan
        let areas = outline.sections.map { section -> JSONValue in
            [
                "id": .optional(section.area?.id),
                "title": .optional(section.area?.title),
                "pointCount": JSONValue(integerLiteral: section.pointCount),
                "points": .array(section.points.map(pointValue)),
            ]
        }
        return [
            "plan": [
                "id": .string(plan.id),
                "title": .string(plan.title),
                "version": .optional(plan.version),
                "date": .optional(plan.date),
                "status": .optional(plan.status),
            ],
            "pointCount": JSONValue(integerLiteral: outline.totalPointCount),
            "areas": .array(areas),
        ]
    }

    private func pointValue(_ point: Point) -> JSONValue {
        [
            "id": .string(point.id),
            "number": .string(point.label),
            "area": .optional(point.area),
            "title": .optional(point.title),
            "text": .string(point.text),
            "points": .array(point.points.map(pointValue)),
        ]
    }
}
