extension PlanRule {
    /// Point ids are unique across all points and sub-points.
    public static let uniquePointIDs = PlanRule(
        id: "duplicate-id",
        summary: "Point ids are unique across all points and sub-points."
    ) { context in
        var diagnostics: [Diagnostic] = []
        for index in context.flat.indices {
            guard let firstIndex = context.indexByID[context.flat[index].point.id], firstIndex != index else { continue }
            let flat = context.flat[index], first = context.flat[firstIndex]
            diagnostics.append(context.diagnostic(
                "duplicate-id", .error, at: flat.point.locations.id,
                "point id \"\(flat.point.id)\" is already used by point \(first.point.label) at \(first.point.locations.id)",
                hint: "ids must be unique across points and sub-points; rename one of them"))
        }
        return diagnostics
    }

    /// Area ids are unique.
    public static let uniqueAreaIDs = PlanRule(
        id: "duplicate-area-id",
        summary: "Area ids are unique."
    ) { context in
        var seen: [String: Area] = [:]
        var diagnostics: [Diagnostic] = []
        for area in context.plan.areas {
            if let first = seen[area.id] {
                diagnostics.append(context.diagnostic(
                    "duplicate-area-id", .error, at: area.location,
                    "area id \"\(area.id)\" is already defined at \(first.location)",
                    hint: "rename one of the areas, or merge them"))
            } else {
                seen[area.id] = area
            }
        }
        return diagnostics
    }
}
