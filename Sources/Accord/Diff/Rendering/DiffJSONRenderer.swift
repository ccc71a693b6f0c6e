import JSONSchema

/// Renders a diff report as JSON with a stable key order:
///
/// ```
/// {"old": {id, title, version, date}, "new": {…}, "hasDifferences": bool,
///  "summary": {"oldPoints", "newPoints", "unchanged", "reworded", "retitled", "renumbered",
///              "moved", "edited", "split", "merged", "added", "removed", "metadataChanges", "areaChanges"},
///  "changes": [{"kind": [..], "old": [ids], "new": [ids], "oldNumber", "newNumber", "oldArea",
///               "newArea", "similarity", "matchedBy", "textDiff": [{"op", "text"}],
///               "fields": [{"field", "old", "new"}]}],
///  "metadata": [{"field", "old", "new"}],
///  "areas": [{"kind": [..], "oldId", "newId", "oldTitle", "newTitle", "oldPoints", "newPoints"}],
///  "statistics": {"candidatePairs", "similarityComputations"}}
/// ```
/// `changes` lists every aligned group in reading order, unchanged ones included.
public struct DiffJSONRenderer: Sendable {
    public var pretty: Bool
    public init(pretty: Bool = true) { self.pretty = pretty }

    public func render(_ report: PlanDiffReport) -> String {
        JSONWriter(pretty: pretty).string(value(report))
    }

    public func value(_ report: PlanDiffReport) -> JSONValue {
        var summary = JSONObject()
        summary.set("oldPoints", JSONValue(integerLiteral: report.summary.oldPointCount))
        summary.set("newPoints", JSONValue(integerLiteral: report.summary.newPointCount))
        for kind in PointChangeKind.allCases {
            summary.set(kind.rawValue, JSONValue(integerLiteral: report.summary.count(kind)))
        }
        summary.set("metadataChanges", JSONValue(integerLiteral: report.summary.metadataChangeCount))
        summary.set("areaChanges", JSONValue(integerLiteral: report.summary.areaChangeCount))
        return [
            "old": header(report.oldPlan),
            "new": header(report.newPlan),
            "hasDifferences": JSONValue(booleanLiteral: report.hasDifferences),
            "summary": JSONValue(.object(summary)),
            "changes": .array(report.changes.map(change)),
            "metadata": .array(report.metadata.map(field)),
            "areas": .array(report.areas.map(area)),
            "statistics": [
                "candidatePairs": JSONValue(integerLiteral: report.statistics.candidatePairs),
                "similarityComputations": JSONValue(integerLiteral: report.statistics.similarityComputations),
            ],
        ]
    }

    private func header(_ h: PlanDiffReport.PlanHeader) -> JSONValue {
        ["id": .string(h.id), "title": .string(h.title), "version": .optional(h.version), "date": .optional(h.date)]
    }

    private func joined(_ values: [String]) -> JSONValue {
        values.isEmpty ? .null : .string(values.joined(separator: ", "))
    }

    private func change(_ c: PointChange) -> JSONValue {
        let areasOld = DiffJSONRenderer.distinctAreas(c.old)
        let areasNew = DiffJSONRenderer.distinctAreas(c.new)
        let similarity: JSONValue = c.similarity.map { JSONValue(.number(JSONNumber($0))) } ?? .null
        return [
            "kind": .array(c.kinds.map { .string($0.rawValue) }),
            "old": .array(c.old.map { .string($0.id) }),
            "new": .array(c.new.map { .string($0.id) }),
            "oldNumber": joined(c.old.map(\.label)),
            "newNumber": joined(c.new.map(\.label)),
            "oldArea": joined(areasOld),
            "newArea": joined(areasNew),
            "similarity": similarity,
            "matchedBy": .optional(c.matchedBy?.rawValue),
            "textDiff": .array(c.textDiff.map { ["op": .string($0.operation.rawValue), "text": .string($0.text)] }),
            "fields": .array(c.fieldChanges.map(field)),
        ]
    }

    /// The points' area ids, each once, in first-seen order (a set keeps a split into
    /// thousands of areas linear).
    static func distinctAreas(_ points: [PointSnapshot]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for p in points { if let a = p.areaID, seen.insert(a).inserted { out.append(a) } }
        return out
    }

    private func field(_ f: FieldChange) -> JSONValue {
        ["field": .string(f.field), "old": .optional(f.old), "new": .optional(f.new)]
    }

    private func area(_ a: AreaChange) -> JSONValue {
        [
            "kind": .array(a.kinds.map { .string($0.rawValue) }),
            "oldId": .optional(a.oldID),
            "newId": .optional(a.newID),
            "oldTitle": .optional(a.oldTitle),
            "newTitle": .optional(a.newTitle),
            "oldPoints": JSONValue(integerLiteral: a.oldPointCount),
            "newPoints": JSONValue(integerLiteral: a.newPointCount),
        ]
    }
}
