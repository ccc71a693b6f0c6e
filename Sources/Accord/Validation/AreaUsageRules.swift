extension PlanRule {
    /// Every defined area holds at least one point (a warning).
    public static let areasUsed = PlanRule(
        id: "empty-area",
        summary: "Every defined area holds at least one point."
    ) { context in
        // By index: mapping over the elements would copy each point (retaining all its fields).
        var used = Set<String>()
        for i in context.flat.indices { if let area = context.flat[i].areaID { used.insert(area) } }
        return context.plan.areas.compactMap { area in
            guard !used.contains(area.id) else { return nil }
            return context.diagnostic(
                "empty-area", .warning, at: area.location,
                "area \"\(area.id)\" (\(area.title)) holds no points",
                hint: "assign points to it with `area: \(area.id)`, or remove it")
        }
    }
}
