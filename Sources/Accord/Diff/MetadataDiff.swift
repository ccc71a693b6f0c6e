/// Differences of plan-level fields: id, title, version, date, status, summary, notes, parties
/// and sources (each added or removed source is one change).
enum MetadataDiff {
    static func changes(_ old: Plan, _ new: Plan) -> [FieldChange] {
        var out: [FieldChange] = []
        func compare(_ field: String, _ a: String?, _ b: String?) {
            if (a ?? "") != (b ?? "") { out.append(FieldChange(field: field, old: a, new: b)) }
        }
        compare("id", old.id, new.id)
        compare("title", old.title, new.title)
        compare("version", old.version, new.version)
        compare("date", old.date, new.date)
        compare("status", old.status, new.status)
        compare("summary", old.summary, new.summary)
        compare("notes", old.notes, new.notes)
        if old.parties != new.parties {
            out.append(FieldChange(field: "parties", old: old.parties.isEmpty ? nil : old.parties.joined(separator: ", "),
                                   new: new.parties.isEmpty ? nil : new.parties.joined(separator: ", ")))
        }
        let newSources = Set(new.sources)
        let oldSources = Set(old.sources)
        for s in old.sources where !newSources.contains(s) {
            out.append(FieldChange(field: "sources", old: describe(s), new: nil))
        }
        for s in new.sources where !oldSources.contains(s) {
            out.append(FieldChange(field: "sources", old: nil, new: describe(s)))
        }
        return out
    }

    static func describe(_ s: PlanSource) -> String {
        var parts = [s.title]
        if let p = s.publisher { parts.append(p) }
        if let d = s.date { parts.append(d) }
        if let u = s.url { parts.append(u) }
        return parts.joined(separator: ", ")
    }
}
