import JSONSchema

/// Renders a diff report as JSON with a stable key order:
///
/// ```
/// {"old": {id, title, version, date}, "new": {…}, "hasDifferences": bool,
///  "summary": {"oldPoints", "newPoints", "oldTopLevelPoints", "newTopLevelPoints", "unchanged", "reworded", "retitled", "renumbered",
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

    /// The report as JSON text: the same text as `JSONWriter(pretty:).string(value(report))`,
    /// written directly (no intermediate `JSONValue` tree).
    public func render(_ report: PlanDiffReport) -> String {
        var out = JSONTextBuffer(pretty: pretty, reservingCapacity: 4096)
        out.beginObject()
        out.key("old"); header(report.oldPlan, into: &out)
        out.key("new"); header(report.newPlan, into: &out)
        out.key("hasDifferences"); out.bool(report.hasDifferences)
        out.key("summary")
        out.beginObject()
        out.member("oldPoints", report.summary.oldPointCount)
        out.member("newPoints", report.summary.newPointCount)
        out.member("oldTopLevelPoints", report.summary.oldTopLevelCount)
        out.member("newTopLevelPoints", report.summary.newTopLevelCount)
        for kind in PointChangeKind.allCases { out.member(kind.rawValue, report.summary.count(kind)) }
        out.member("metadataChanges", report.summary.metadataChangeCount)
        out.member("areaChanges", report.summary.areaChangeCount)
        out.endObject()
        out.key("changes")
        out.beginArray()
        // Changes are independent: render runs of them on all cores, then splice them in order.
        let changes = report.changes
        let runs = ConcurrentMap.mapChunks(changes.count, minimumChunk: 1_024) { range -> [JSONTextBuffer] in
            var run = JSONTextBuffer(pretty: pretty, elementsAtDepth: 2, first: range.lowerBound == 0,
                                     reservingCapacity: 512 * range.count)
            for c in range { change(changes[c], into: &run) }
            return [run]
        }
        for run in runs { out.append(elements: run) }
        out.endArray()
        out.key("metadata")
        out.beginArray()
        for f in report.metadata { field(f, into: &out) }
        out.endArray()
        out.key("areas")
        out.beginArray()
        for a in report.areas { area(a, into: &out) }
        out.endArray()
        out.key("statistics")
        out.beginObject()
        out.member("candidatePairs", report.statistics.candidatePairs)
        out.member("similarityComputations", report.statistics.similarityComputations)
        out.endObject()
        out.endObject()
        return out.finish()
    }

    private func header(_ h: PlanDiffReport.PlanHeader, into out: inout JSONTextBuffer) {
        out.beginObject()
        out.member("id", h.id)
        out.member("title", h.title)
        out.member("version", h.version)
        out.member("date", h.date)
        out.endObject()
    }

    private func change(_ c: PointChange, into out: inout JSONTextBuffer) {
        out.beginObject()
        out.key("kind"); out.strings(c.kinds.lazy.map(\.rawValue))
        out.key("old"); out.strings(c.old.lazy.map(\.id))
        out.key("new"); out.strings(c.new.lazy.map(\.id))
        out.member("oldNumber", joinedOrNil(c.old.map(\.label)))
        out.member("newNumber", joinedOrNil(c.new.map(\.label)))
        out.member("oldArea", joinedOrNil(DiffJSONRenderer.distinctAreas(c.old)))
        out.member("newArea", joinedOrNil(DiffJSONRenderer.distinctAreas(c.new)))
        out.key("similarity")
        if let s = c.similarity { out.number(JSONNumber(s)) } else { out.null() }
        out.member("matchedBy", c.matchedBy?.rawValue)
        out.key("textDiff")
        out.beginArray()
        for segment in c.textDiff {
            out.beginObject()
            out.member("op", segment.operation.rawValue)
            out.member("text", segment.text)
            out.endObject()
        }
        out.endArray()
        out.key("fields")
        out.beginArray()
        for f in c.fieldChanges { field(f, into: &out) }
        out.endArray()
        out.endObject()
    }

    private func field(_ f: FieldChange, into out: inout JSONTextBuffer) {
        out.beginObject()
        out.member("field", f.field)
        out.member("old", f.old)
        out.member("new", f.new)
        out.endObject()
    }

    private func area(_ a: AreaChange, into out: inout JSONTextBuffer) {
        out.beginObject()
        out.key("kind"); out.strings(a.kinds.lazy.map(\.rawValue))
        out.member("oldId", a.oldID)
        out.member("newId", a.newID)
        out.member("oldTitle", a.oldTitle)
        out.member("newTitle", a.newTitle)
        out.member("oldPoints", a.oldPointCount)
        out.member("newPoints", a.newPointCount)
        out.endObject()
    }

    private func joinedOrNil(_ values: [String]) -> String? {
        values.isEmpty ? nil : values.joined(separator: ", ")
    }

    public func value(_ report: PlanDiffReport) -> JSONValue {
        var summary = JSONObject()
        summary.set("oldPoints", JSONValue(integerLiteral: report.summary.oldPointCount))
        summary.set("newPoints", JSONValue(integerLiteral: report.summary.newPointCount))
        summary.set("oldTopLevelPoints", JSONValue(integerLiteral: report.summary.oldTopLevelCount))
        summary.set("newTopLevelPoints", JSONValue(integerLiteral: report.summary.newTopLevelCount))
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
