extension PlanRule {
    /// Every `area` names an area defined in `areas`.
    public static let areaResolves = PlanRule(
        id: "unknown-area",
        summary: "Every point's `area` names an area defined under `areas`."
    ) { context in
        let defined = context.plan.areas.map(\.id)
        let known = Set(defined)
        var suggestions = Suggestion(candidates: defined)
        var diagnostics: [Diagnostic] = []
        for index in context.flat.indices {
            guard let area = context.flat[index].point.area, !known.contains(area) else { continue }
            let flat = context.flat[index]
            let hint: String
            if defined.isEmpty {
                hint = "the plan defines no areas; add an `areas:` list or remove `area`"
            } else if let guess = suggestions.didYouMean(area) {
                hint = guess
            } else {
                hint = "defined areas: " + Suggestion.listing(defined)
            }
            diagnostics.append(context.diagnostic(
                "unknown-area", .error, at: flat.point.locations.area,
                "point \(flat.point.label) names area \"\(area)\", which is not defined", hint: hint))
        }
        return diagnostics
    }

    /// When a plan has areas, every top-level point names one.
    public static let areaRequired = PlanRule(
        id: "missing-area",
        summary: "When the plan defines areas, every top-level point names one."
    ) { context in
        guard !context.plan.areas.isEmpty else { return [] }
        let points = context.plan.points
        var diagnostics: [Diagnostic] = []
        for index in points.indices where points[index].area == nil {
            let point = points[index]
            diagnostics.append(context.diagnostic(
                "missing-area", .error, at: point.locations.point,
                "point \(point.label) (\"\(point.id)\") belongs to no area",
                hint: "add `area:` with one of: " + Suggestion.listing(context.plan.areas.map(\.id))))
        }
        return diagnostics
    }

    /// Every entry of `refs` names a point of the plan.
    public static let refsResolve = PlanRule(
        id: "unresolved-ref",
        summary: "Every entry of `refs` names a point id of the plan."
    ) { context in
        var diagnostics: [Diagnostic] = []
        var suggestions: Suggestion?
        for index in context.flat.indices where !context.flat[index].point.refs.isEmpty {
            let flat = context.flat[index]
            for (i, ref) in flat.point.refs.enumerated() where context.indexByID[ref] == nil {
                if suggestions == nil { suggestions = Suggestion(candidates: context.indexByID.keys) }
                let location = i < flat.point.locations.refs.count ? flat.point.locations.refs[i] : flat.point.locations.point
                diagnostics.append(context.diagnostic(
                    "unresolved-ref", .error, at: location,
                    "point \(flat.point.label) refers to \"\(ref)\", which is not a point id in this plan",
                    hint: suggestions?.didYouMean(ref)))
            }
        }
        return diagnostics
    }

    /// A point does not refer to itself.
    public static let noSelfReference = PlanRule(
        id: "self-ref",
        summary: "A point does not list itself in `refs`."
    ) { context in
        var diagnostics: [Diagnostic] = []
        for index in context.flat.indices where !context.flat[index].point.refs.isEmpty {
            let flat = context.flat[index]
            for (i, ref) in flat.point.refs.enumerated() where ref == flat.point.id {
                let location = i < flat.point.locations.refs.count ? flat.point.locations.refs[i] : flat.point.locations.point
                diagnostics.append(context.diagnostic(
                    "self-ref", .warning, at: location,
                    "point \(flat.point.label) refers to itself", hint: "remove \"\(ref)\" from `refs`"))
            }
        }
        return diagnostics
    }

    /// Parties named in `positions` are listed in the plan's `parties`.
    public static let partiesKnown = PlanRule(
        id: "unknown-party",
        summary: "Parties named in `positions` are listed under `parties`."
    ) { context in
        let parties = context.plan.parties
        guard !parties.isEmpty else { return [] }
        let known = Set(parties)
        var suggestions = Suggestion(candidates: parties)
        var diagnostics: [Diagnostic] = []
        for index in context.flat.indices where !context.flat[index].point.positions.isEmpty {
            let flat = context.flat[index]
            for position in flat.point.positions where !known.contains(position.party) {
                diagnostics.append(context.diagnostic(
                    "unknown-party", .warning, at: flat.point.locations.point,
                    "point \(flat.point.label) gives a position of \"\(position.party)\", which is not listed under `parties`",
                    hint: suggestions.didYouMean(position.party) ?? "add it to `parties`"))
            }
        }
        return diagnostics
    }
}
