import JSONSchema

/// Renders a `PlanHistory` as JSON:
/// `{"versions": [{id, title, version, date}], "rows": [{"caption", "cells": [null |
/// {"id", "number", "marks": [..], "note"}]}], "summaries": [{"from", "to", <diff summary counts>}]}`.
public struct HistoryJSONRenderer: Sendable {
    public init() {}

    public func render(_ history: PlanHistory) -> String {
        JSONWriter(pretty: true).string(value(history))
    }

    public func value(_ history: PlanHistory) -> JSONValue {
        let versions: [JSONValue] = history.versions.map {
            ["id": .string($0.id), "title": .string($0.title), "version": .optional($0.version), "date": .optional($0.date)]
        }
        let rows: [JSONValue] = history.rows.map { row in
            [
                "caption": .string(row.caption),
                "cells": .array(row.cells.map { cell -> JSONValue in
                    guard let cell else { return .null }
                    return [
                        "id": .optional(cell.id),
                        "number": .optional(cell.label),
                        "marks": .array(cell.marks.map { .string($0.rawValue) }),
                        "note": .optional(cell.note),
                    ]
                }),
            ]
        }
        let summaries: [JSONValue] = history.diffs.enumerated().map { i, d in
            let full = DiffJSONRenderer().value(d)
            var o = JSONObject()
            o.set("from", JSONValue(integerLiteral: i))
            o.set("to", JSONValue(integerLiteral: i + 1))
            o.set("summary", full.objectValue?["summary"] ?? .null)
            return JSONValue(.object(o))
        }
        return ["versions": .array(versions), "rows": .array(rows), "summaries": .array(summaries)]
    }
}
