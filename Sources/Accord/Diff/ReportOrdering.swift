/// Puts changes in reading order: one section per new area (new order), then points without
/// an area, then each removed old area (old order), then areas not declared in either plan.
/// Within a section changes follow the new document order; a removed point is listed right
/// after the new position of the nearest preceding old point that survived.
enum ReportOrdering {
    static func order(changes: inout [PointChange], old: Plan, new: Plan, oldSnap: [PointSnapshot],
                      groups: [PointAlignment.Group], newAreaForOld: [String: String]) -> [DiffSection] {
        // New position of each surviving old point.
        var newPositionOfOld = [Int?](repeating: nil, count: oldSnap.count)
        for g in groups where !g.new.isEmpty { for i in g.old { newPositionOfOld[i] = g.new[0] } }
        var anchor = [Int](repeating: -1, count: oldSnap.count)
        var last = -1
        for i in oldSnap.indices {
            if let p = newPositionOfOld[i] { last = p }
            anchor[i] = last
        }
        // Sort keys with change indices (moving small keys, not whole changes).
        var keyed: [(key: (Int, Int, Int), change: Int)] = []
        keyed.reserveCapacity(changes.count)
        let newAreaIDs = Set(new.areas.map(\.id))
        for c in changes.indices {
            let area: String?
            let key: (Int, Int, Int)
            if let n = changes[c].new.first {
                area = n.areaID
                key = (n.index * 2, changes[c].old.first?.index ?? -1, n.index)
            } else {
                let o = changes[c].old[0]
                area = o.areaID.map { newAreaForOld[$0] ?? $0 }
                key = (anchor[o.index] * 2 + 1, o.index, 0)
            }
            changes[c].sectionAreaID = area
            keyed.append((key, c))
        }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.change < $1.change }

        var sections: [DiffSection] = []
        var sectionIndex: [String?: Int] = [:]
        for a in new.areas where sectionIndex[a.id] == nil {
            sectionIndex[a.id] = sections.count
            sections.append(DiffSection(areaID: a.id, title: a.title, isRemovedArea: false, changeIndices: []))
        }
        sectionIndex[nil] = sections.count
        sections.append(DiffSection(areaID: nil, title: nil, isRemovedArea: false, changeIndices: []))
        for a in old.areas where sectionIndex[a.id] == nil && !newAreaIDs.contains(a.id) {
            sectionIndex[a.id] = sections.count
            sections.append(DiffSection(areaID: a.id, title: a.title, isRemovedArea: true, changeIndices: []))
        }
        var members = [[Int]](repeating: [], count: sections.count)
        for item in keyed {
            let area = changes[item.change].sectionAreaID
            let s: Int
            if let existing = sectionIndex[area] {
                s = existing
            } else {
                // An area id declared in neither plan (an invalid file); give it a section of its own.
                s = sections.count
                sectionIndex[area] = s
                sections.append(DiffSection(areaID: area, title: area, isRemovedArea: false,
                                            changeIndices: []))
                members.append([])
            }
            members[s].append(item.change)
        }
        // The new order, as a permutation: position k takes the change now at source[k].
        var source: [Int] = []
        source.reserveCapacity(changes.count)
        var out: [DiffSection] = []
        for (s, list) in members.enumerated() where !list.isEmpty {
            var section = sections[s]
            section.changeIndices = Array(source.count..<(source.count + list.count))
            source.append(contentsOf: list)
            out.append(section)
        }
        permute(&changes, taking: source)
        return out
    }

    /// Reorders `values` in place so that position k holds what was at `source[k]` (a
    /// permutation): each cycle is rotated by moving values through memory, none is copied.
    static func permute<T>(_ values: inout [T], taking source: [Int]) {
        precondition(source.count == values.count, "not a permutation of the values")
        var placed = [Bool](repeating: false, count: values.count)
        values.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for start in buffer.indices where !placed[start] && source[start] != start {
                let first = (base + start).move()
                var k = start
                while source[k] != start {
                    (base + k).moveInitialize(from: base + source[k], count: 1)
                    placed[k] = true
                    k = source[k]
                }
                (base + k).initialize(to: first)
                placed[k] = true
            }
        }
    }
}
