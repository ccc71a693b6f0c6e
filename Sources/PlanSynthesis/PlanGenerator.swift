import Accord

/// Generates realistic synthetic plans: areas, top-level points grouped by area, some with
/// sub-points, titles, multi-sentence texts drawn from a skewed vocabulary (common policy words,
/// invented place and institution names, numbers), topics and cross-references.
///
/// The same `seed` and sizes always give the same plan. Points average ~450 bytes of YAML.
public struct PlanGenerator: Sendable {
    /// Total number of points including sub-points.
    public var pointCount: Int
    public var seed: UInt64
    /// Share of top-level points that get 2–3 sub-points.
    public var subPointShare: Double = 0.08
    /// Average number of top-level points per area.
    public var pointsPerArea: Int = 25

    public init(pointCount: Int, seed: UInt64) {
        self.pointCount = max(0, pointCount)
        self.seed = seed
    }

    public func generate() -> Plan {
        var rng = SplitMix64(seed: seed)
        let vocabulary = SynthVocabulary(nameCount: max(400, min(60_000, pointCount * 3)), seed: seed)
        var writer = SynthTextWriter(vocabulary: vocabulary)
        let areaCount = max(1, min(pointCount / pointsPerArea + 1, 5_000))
        var areas: [Area] = []
        var areaIDs = Set<String>()
        for i in 0..<areaCount {
            let title = writer.title(&rng)
            var id = SynthTextWriter.slug(title)
            if !areaIDs.insert(id).inserted { id += "-\(i + 1)"; areaIDs.insert(id) }
            areas.append(Area(id: id, title: title))
        }
        var ids = Set<String>()
        func uniqueID(_ title: String) -> String {
            var id = SynthTextWriter.slug(title)
            if id.isEmpty { id = "point" }
            var n = 2
            let base = id
            while !ids.insert(id).inserted { id = "\(base)-\(n)"; n += 1 }
            return id
        }
        var points: [Point] = []
        var produced = 0
        var allIDs: [String] = []
        // Spread points over areas in order, so each area is a contiguous block.
        var number = 0
        while produced < pointCount {
            number += 1
            let areaIndex = min(areaCount - 1, (produced * areaCount) / max(1, pointCount))
            let area = areas[areaIndex].id
            let remaining = pointCount - produced - 1
            var subs: [Point] = []
            if remaining >= 2, rng.chance(subPointShare) {
                let k = min(remaining, rng.int(2...3))
                for s in 0..<k {
                    let title = writer.title(&rng)
                    let id = uniqueID(title)
                    let label = "\(number).\(s + 1)"
                    subs.append(Point(id: id, number: .label(label), label: label, title: rng.chance(0.3) ? title : nil,
                                      text: writer.paragraph(&rng, sentences: rng.int(1...2)),
                                      topics: writer.topics(&rng)))
                    allIDs.append(id)
                }
            }
            let title = writer.title(&rng)
            let id = uniqueID(title)
            var refs: [String] = []
            if !allIDs.isEmpty, rng.chance(0.1) {
                for _ in 0..<rng.int(1...2) {
                    let r = allIDs[max(0, allIDs.count - 1 - rng.skewed(allIDs.count))]
                    if !refs.contains(r) { refs.append(r) }
                }
            }
            let point = Point(id: id, number: .integer(number), label: String(number), area: area,
                              title: rng.chance(0.7) ? title : nil,
                              text: writer.paragraph(&rng, sentences: rng.int(2...4)),
                              topics: writer.topics(&rng), refs: refs, points: subs,
                              status: rng.chance(0.15) ? rng.pick(["agreed", "disputed", "bracketed", "proposed"]) : nil,
                              wording: rng.chance(0.2) ? "paraphrase" : nil)
            allIDs.append(id)
            points.append(point)
            produced += 1 + subs.count
        }
        return Plan(id: "synthetic-plan", title: "Synthetic framework agreement (seed \(seed))",
                    version: "v1", date: "2025-01-15", status: "draft",
                    summary: "A synthetic plan of \(pointCount) points generated for benchmarks.",
                    parties: ["Party A", "Party B", "Mediator"],
                    sources: [PlanSource(title: "PlanSynthesis generator", publisher: "Accord")],
                    areas: areas, points: points)
    }
}
