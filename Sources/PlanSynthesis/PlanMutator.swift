import Accord

/// Derives a second version of a plan with known ground truth: removals, additions, rewording
/// at a given word-edit rate (substitutions, insertions, deletions, clause reordering), moves to
/// other areas, splits, merges, local reordering (hence renumbering), and ids kept or replaced
/// by fresh random slugs. Mutations act on top-level points (sub-points follow their parent)
/// except rewording, which may hit sub-points too. Deterministic for a given seed.
public struct PlanMutator: Sendable {
    /// Shares of the affected points going to each mutation (normalised by the mutator).
    public struct Mix: Sendable, Hashable {
        public var reworded = 0.35, moved = 0.15, removed = 0.2, added = 0.2, split = 0.05, merged = 0.05
        public init() {}
    }

    public var seed: UInt64
    /// Share of points affected by some mutation (0…1).
    public var rate: Double
    /// Share of a reworded point's words that are edited.
    public var wordEditRate: Double
    /// Replace every id of the new version by a fresh random slug.
    public var stripIDs: Bool
    public var mix = Mix()
    /// Share of points swapped with a neighbour (renumbering without other change).
    public var reorderRate = 0.02

    public init(seed: UInt64, rate: Double = 0.1, wordEditRate: Double = 0.2, stripIDs: Bool = false) {
        self.seed = seed
        self.rate = rate
        self.wordEditRate = wordEditRate
        self.stripIDs = stripIDs
    }

    /// The old plan (unchanged), the new plan and the truth.
    public func mutate(_ plan: Plan) -> (new: Plan, truth: GroundTruth) {
        var rng = SplitMix64(seed: seed ^ 0xA5A5_5A5A_0123_4567)
        var writer = SynthTextWriter(vocabulary: SynthVocabulary(nameCount: 2_000, seed: seed &+ 17))
        let units = plan.points
        let flatCount = plan.allPoints.count
        func quota(_ share: Double) -> Int { Int((Double(flatCount) * rate * share).rounded()) }

        enum Fate { case keep, remove, split, mergeHead, mergeTail }
        var fate = [Fate](repeating: .keep, count: units.count)
        var moved = [Bool](repeating: false, count: units.count)
        var order = Array(units.indices)
        rng.shuffle(&order)
        var splitLeft = quota(mix.split), mergeLeft = quota(mix.merged), removeLeft = quota(mix.removed)
        var moveLeft = quota(mix.moved)
        for u in order {
            guard fate[u] == .keep else { continue }
            let childless = units[u].points.isEmpty
            if splitLeft > 0, childless, SynthTextEditor.sentences(units[u].text).count >= 2 {
                fate[u] = .split; splitLeft -= 1
            } else if mergeLeft > 0, childless, u + 1 < units.count, fate[u + 1] == .keep, !moved[u + 1],
                      units[u + 1].points.isEmpty, units[u + 1].area == units[u].area {
                fate[u] = .mergeHead; fate[u + 1] = .mergeTail; mergeLeft -= 1
            } else if removeLeft > 0 {
                fate[u] = .remove; removeLeft -= 1
            } else if moveLeft > 0, plan.areas.count > 1 {
                moved[u] = true; moveLeft -= 1
            }
        }
        // Rewording targets among surviving points (top-level or sub-points).
        var eligible: [(Int, Int)] = []
        for (u, p) in units.enumerated() where fate[u] == .keep {
            eligible.append((u, -1))
            for c in p.points.indices { eligible.append((u, c)) }
        }
        rng.shuffle(&eligible)
        var reword = Set<Int>()  // u * 1000 + (c + 1)
        for (u, c) in eligible.prefix(quota(mix.reworded)) { reword.insert(u * 1000 + c + 1) }

        var usedIDs = Set(plan.allPoints.map(\.point.id))
        func freshID(_ base: String) -> String {
            var n = 2
            while !usedIDs.insert("\(base)-\(n)").inserted { n += 1 }
            return "\(base)-\(n)"
        }
        var truthForNewID: [String: (old: [String], kinds: Set<String>)] = [:]
        var removedChanges: [GroundTruth.Change] = []
        var mergedInto: [String: String] = [:]
        var areaOrder: [String: Int] = [:]
        for (i, a) in plan.areas.enumerated() { areaOrder[a.id] = i }
        var newUnits: [Point] = []
        let editor = SynthTextEditor(rate: wordEditRate)

        for (u, p) in units.enumerated() {
            switch fate[u] {
            case .remove:
                for f in [p] + p.points { removedChanges.append(.init(kinds: ["removed"], old: [f.id], new: [])) }
            case .mergeTail:
                continue
            case .mergeHead:
                let tail = units[u + 1]
                var merged = p
                merged.text = p.text + " " + tail.text
                mergedInto[tail.id] = p.id
                truthForNewID[p.id] = ([p.id, tail.id], ["merged"])
                newUnits.append(merged)
            case .split:
                let sentences = SynthTextEditor.sentences(p.text)
                let k = min(sentences.count, sentences.count >= 4 ? 3 : 2)
                var pieces: [Point] = []
                for i in 0..<k {
                    let lo = i * sentences.count / k, hi = (i + 1) * sentences.count / k
                    var piece = p
                    piece.text = sentences[lo..<hi].joined(separator: " ")
                    if i > 0 { piece.id = freshID(p.id); piece.title = nil; piece.refs = [] }
                    pieces.append(piece)
                }
                for piece in pieces { truthForNewID[piece.id] = ([p.id], ["split"]) }
                truthForNewID[pieces[0].id] = ([p.id], ["split"])
                newUnits.append(contentsOf: pieces)
            case .keep:
                var q = p
                if moved[u] {
                    var target = plan.areas[rng.below(plan.areas.count)].id
                    if target == p.area { target = plan.areas[(areaOrder[target, default: 0] + 1) % plan.areas.count].id }
                    q.area = target
                }
                if reword.contains(u * 1000) { q.text = editor.reword(q.text, &rng, &writer) }
                for c in q.points.indices where reword.contains(u * 1000 + c + 1) {
                    q.points[c].text = editor.reword(q.points[c].text, &rng, &writer)
                }
                truthForNewID[q.id] = ([p.id], [])
                for c in q.points { truthForNewID[c.id] = ([c.id], []) }
                newUnits.append(q)
            }
        }
        // Additions, next to a random surviving point, in its area.
        for _ in 0..<quota(mix.added) {
            let at = newUnits.isEmpty ? 0 : rng.below(newUnits.count + 1)
            let area = newUnits.isEmpty ? plan.areas.first?.id : newUnits[max(0, at - 1)].area
            // A new subject: its title names something (not just a generic noun).
            let title = writer.title(&rng) + " of " + writer.vocabulary.names[rng.below(writer.vocabulary.names.count)]
            var id = SynthTextWriter.slug(title)
            if id.isEmpty || !usedIDs.insert(id).inserted { id = freshID(id.isEmpty ? "point" : id) }
            let point = Point(id: id, number: nil, label: "", area: area, title: rng.chance(0.7) ? title : nil,
                              text: writer.paragraph(&rng, sentences: rng.int(2...4)), topics: writer.topics(&rng))
            truthForNewID[id] = ([], ["added"])
            newUnits.insert(point, at: at)
        }
        // Local reordering: swap neighbours within an area.
        for _ in 0..<Int((Double(flatCount) * reorderRate).rounded()) where newUnits.count > 1 {
            let i = rng.below(newUnits.count - 1)
            if newUnits[i].area == newUnits[i + 1].area { newUnits.swapAt(i, i + 1) }
        }
        // Keep each area a contiguous block, in area order (moved points land at the end).
        let indexed = newUnits.enumerated().map { (areaOrder[$0.element.area ?? ""] ?? Int.max, $0.offset, $0.element) }
        newUnits = indexed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
        // Renumber.
        for i in newUnits.indices {
            newUnits[i].number = .integer(i + 1)
            newUnits[i].label = String(i + 1)
            for c in newUnits[i].points.indices {
                let label = "\(i + 1).\(c + 1)"
                newUnits[i].points[c].number = .label(label)
                newUnits[i].points[c].label = label
            }
        }
        var newPlan = plan
        newPlan.version = "v2"
        newPlan.points = newUnits

        // Truth kinds from the final shape.
        var oldByID: [String: FlatPoint] = [:]
        for f in plan.allPoints { oldByID[f.point.id] = f }
        var rename: [String: String] = [:]
        if stripIDs {
            var taken = Set<String>()
            for f in newPlan.allPoints {
                var id = ""
                repeat { id = SynthTextEditor.randomSlug(&rng) } while !taken.insert(id).inserted
                rename[f.point.id] = id
            }
        }
        func newID(_ id: String) -> String { rename[id] ?? id }
        var changes: [GroundTruth.Change] = []
        var splitChangeIndex: [String: Int] = [:]
        for f in newPlan.allPoints {
            guard let record = truthForNewID[f.point.id] else { continue }
            var kinds = record.kinds
            if record.old.count == 1, !kinds.contains("split"), let o = oldByID[record.old[0]] {
                if o.point.text != f.point.text { kinds.insert("reworded") }
                if o.point.label != f.point.label { kinds.insert("renumbered") }
                if o.areaID != f.areaID { kinds.insert("moved") }
            }
            if kinds.contains("split") {
                // One change per split, listed once with all its pieces.
                if let existing = splitChangeIndex[record.old[0]] {
                    changes[existing].new.append(newID(f.point.id))
                    continue
                }
                splitChangeIndex[record.old[0]] = changes.count
            }
            if kinds.isEmpty { kinds = ["unchanged"] }
            changes.append(.init(kinds: kinds.sorted(), old: record.old, new: [newID(f.point.id)]))
        }
        changes.append(contentsOf: removedChanges)

        // Refs follow the ids; refs to removed points are dropped.
        let survivors = Set(newPlan.allPoints.map(\.point.id))
        func fixRefs(_ p: inout Point) {
            p.refs = p.refs.compactMap { r in
                let target = mergedInto[r] ?? r
                return survivors.contains(target) ? newID(target) : nil
            }
            p.id = newID(p.id)
            for c in p.points.indices { fixRefs(&p.points[c]) }
        }
        for i in newPlan.points.indices { fixRefs(&newPlan.points[i]) }
        return (newPlan, GroundTruth(changes: changes))
    }
}
