/// How each point evolved across several versions (`accord history V1 V2 V3 …`).
///
/// Consecutive versions are diffed with `PlanDiff`; aligned points are chained into rows, so a
/// point keeps its row through renumbering, rewording and moves. In a split the old row
/// continues with the first piece and each further piece starts a row marked "split from …";
/// in a merge the row of the first old point continues and the others end with "merged into …".
/// New rows are placed right after the row of the point preceding them in their version.
public struct PlanHistory: Sendable {
    public var versions: [PlanDiffReport.PlanHeader]
    public var rows: [HistoryRow]
    /// The diffs of consecutive versions (count = versions − 1).
    public var diffs: [PlanDiffReport]

    public init(versions: [PlanDiffReport.PlanHeader], rows: [HistoryRow], diffs: [PlanDiffReport]) {
        self.versions = versions
        self.rows = rows
        self.diffs = diffs
    }

    /// Builds the history of `plans`, oldest first.
    public static func build(_ plans: [Plan], options: PlanDiffOptions = PlanDiffOptions()) -> PlanHistory {
        let versions = plans.map(PlanDiffReport.PlanHeader.init)
        guard let first = plans.first else { return PlanHistory(versions: [], rows: [], diffs: []) }
        let diffs = ConcurrentMap.map(Array(zip(plans, plans.dropFirst()))) { pair in
            PlanDiff.compare(pair.0, pair.1, options: options)
        }
        let n = plans.count
        var rows: [[HistoryCell?]] = []
        var captions: [String] = []
        var order: [Int] = []
        // Row of each point id in the current version.
        var rowOfID: [String: Int] = [:]
        // Rows of points removed in an earlier version, by id: a later version that brings the
        // id back continues the row (a partial middle draft must not split a point's story).
        var removedRowOfID: [String: Int] = [:]
        let idsCarryIdentity = options.matchMode != .content
        for f in first.allPoints {
            rowOfID[f.point.id] = rows.count
            order.append(rows.count)
            var cells = [HistoryCell?](repeating: nil, count: n)
            cells[0] = HistoryCell(id: f.point.id, label: f.point.label, marks: [])
            rows.append(cells)
            captions.append(caption(f.point.title, f.point.text))
        }
        for (d, report) in diffs.enumerated() {
            let v = d + 1
            var nextRowOfID: [String: Int] = [:]
            var newRowOfIndex: [Int: Int] = [:]  // new point index → row
            var created = Set<Int>()
            func newRow(_ p: PointSnapshot) -> Int {
                rows.append([HistoryCell?](repeating: nil, count: n))
                captions.append(caption(p.title, p.text))
                created.insert(rows.count - 1)
                return rows.count - 1
            }
            for c in report.changes {
                let marks = c.kinds.map(HistoryMark.init)
                if c.kinds.contains(.removed) {
                    for o in c.old {
                        if let r = rowOfID[o.id] {
                            rows[r][v] = HistoryCell(id: nil, label: nil, marks: [.removed])
                            removedRowOfID[o.id] = r
                        }
                    }
                    continue
                }
                if c.kinds.contains(.added) {
                    for p in c.new {
                        if idsCarryIdentity, let r = removedRowOfID[p.id], rows[r][v] == nil {
                            removedRowOfID[p.id] = nil
                            let absent = (0..<v).last { rows[r][$0] != nil && rows[r][$0]?.id != nil }
                            rows[r][v] = HistoryCell(id: p.id, label: p.label, marks: [.added],
                                                     note: "back (last seen in version \((absent ?? 0) + 1))")
                            nextRowOfID[p.id] = r
                            newRowOfIndex[p.index] = r
                            captions[r] = caption(p.title, p.text)
                            continue
                        }
                        let r = newRow(p)
                        rows[r][v] = HistoryCell(id: p.id, label: p.label, marks: [.added])
                        nextRowOfID[p.id] = r
                        newRowOfIndex[p.index] = r
                    }
                    continue
                }
                let oldLabels = c.old.map(\.label).joined(separator: ", ")
                let newLabels = c.new.map(\.label).joined(separator: ", ")
                // The continuing row: the first old point's.
                let primary = c.old.first.flatMap { rowOfID[$0.id] } ?? newRow(c.new[0])
                for (k, p) in c.new.enumerated() {
                    let r = k == 0 ? primary : newRow(p)
                    var note: String?
                    if c.kinds.contains(.split) { note = k == 0 ? "split into \(newLabels)" : "split from \(oldLabels)" }
                    if c.kinds.contains(.merged) { note = "merged from \(oldLabels)" }
                    rows[r][v] = HistoryCell(id: p.id, label: p.label, marks: marks, note: note)
                    nextRowOfID[p.id] = r
                    newRowOfIndex[p.index] = r
                    captions[r] = caption(p.title, p.text)
                }
                for o in c.old.dropFirst() {
                    if let r = rowOfID[o.id] {
                        rows[r][v] = HistoryCell(id: nil, label: nil, marks: [.merged], note: "merged into \(newLabels)")
                    }
                }
            }
            // Place new rows after the row of the preceding point in this version.
            var inserted: [Int: [Int]] = [:]  // anchor row (-1 = start) → new rows
            var anchor = -1
            for index in 0..<report.summary.newPointCount {
                guard let r = newRowOfIndex[index] else { continue }
                if created.contains(r) { inserted[anchor, default: []].append(r) } else { anchor = r }
            }
            var newOrder = inserted[-1] ?? []
            for r in order {
                newOrder.append(r)
                newOrder.append(contentsOf: inserted[r] ?? [])
            }
            order = newOrder
            rowOfID = nextRowOfID
        }
        let ordered = order.map { HistoryRow(cells: rows[$0], caption: captions[$0]) }
        return PlanHistory(versions: versions, rows: ordered, diffs: diffs)
    }

    static func caption(_ title: String?, _ text: String) -> String {
        if let t = title, !t.isEmpty { return t }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        let head = words.prefix(8).joined(separator: " ")
        return words.count > 8 ? head + " …" : head
    }
}
