/// Turns one aligned group into a classified `PointChange` (kinds, word diff, field changes).
struct PointChangeBuilder {
    var oldFlat: [FlatPoint]
    var newFlat: [FlatPoint]
    var oldSnap: [PointSnapshot]
    var newSnap: [PointSnapshot]
    /// Old area id → aligned new area id.
    var newAreaForOld: [String: String]
    /// Old point id → ids of the new points it became (for the ids old points refer to: refs, parents).
    var newIDsForOldID: [String: [String]]
    var wordDiff: WordDiff
    var oldIndexByID: [String: Int]
    var newIndexByID: [String: Int]

    func change(_ g: PointAlignment.Group) -> PointChange {
        let olds = g.old.map { oldSnap[$0] }
        let news = g.new.map { newSnap[$0] }
        if news.isEmpty {
            return PointChange(kinds: [.removed], old: olds, new: [], similarity: nil, matchedBy: nil)
        }
        if olds.isEmpty {
            return PointChange(kinds: [.added], old: [], new: news, similarity: nil, matchedBy: nil)
        }
        let similarity = g.score.map { ($0.similarity * 1000).rounded() / 1000 }
        if olds.count > 1 || news.count > 1 {
            var kinds: [PointChangeKind] = [olds.count > 1 ? .merged : .split]
            let movedAll = olds.allSatisfy { o in news.allSatisfy { n in movedArea(o, n) } }
            if movedAll { kinds.append(.moved) }
            let oldText = olds.map(\.text).joined(separator: " ")
            let newText = news.map(\.text).joined(separator: " ")
            return PointChange(kinds: kinds.sorted(), old: olds, new: news, similarity: similarity,
                               matchedBy: g.evidence, textDiff: wordDiff.diff(oldText, newText))
        }
        let o = olds[0], n = news[0]
        let op = oldFlat[g.old[0]].point, np = newFlat[g.new[0]].point
        var kinds: [PointChangeKind] = []
        var fields: [FieldChange] = []
        var textDiff: [TextDiffSegment] = []
        if o.text != n.text && !PointChangeBuilder.sameApartFromSpacing(o.text, n.text) {
            kinds.append(.reworded)
            textDiff = wordDiff.diff(o.text, n.text)
        }
        if (o.title ?? "") != (n.title ?? "") {
            kinds.append(.retitled)
            fields.append(FieldChange(field: "title", old: o.title, new: n.title))
        }
        if o.label != n.label { kinds.append(.renumbered) }
        var moved = false
        if movedArea(o, n) {
            moved = true
            fields.append(FieldChange(field: "area", old: o.areaID, new: n.areaID))
        }
        if movedParent(o, n) {
            moved = true
            fields.append(FieldChange(field: "parent", old: o.parentID.map(label(oldID:)), new: n.parentID.map(label(newID:))))
        }
        if moved { kinds.append(.moved) }
        if o.id != n.id {
            kinds.append(.renamed)
            fields.append(FieldChange(field: "id", old: o.id, new: n.id))
        }
        var edited: [FieldChange] = []
        if op.topics != np.topics {
            edited.append(FieldChange(field: "topics", old: PointChangeBuilder.list(op.topics), new: PointChangeBuilder.list(np.topics)))
        }
        if !(op.refs.isEmpty && np.refs.isEmpty) && Set(op.refs.flatMap { newIDsForOldID[$0] ?? [$0] }) != Set(np.refs) {
            edited.append(FieldChange(field: "refs", old: PointChangeBuilder.list(op.refs), new: PointChangeBuilder.list(np.refs)))
        }
        if op.status != np.status { edited.append(FieldChange(field: "status", old: op.status, new: np.status)) }
        if op.wording != np.wording { edited.append(FieldChange(field: "wording", old: op.wording, new: np.wording)) }
        if op.note != np.note { edited.append(FieldChange(field: "note", old: op.note, new: np.note)) }
        if op.positions != np.positions {
            edited.append(FieldChange(field: "positions", old: PointChangeBuilder.positions(op.positions),
                                      new: PointChangeBuilder.positions(np.positions)))
        }
        if !edited.isEmpty { kinds.append(.edited) }
        fields.append(contentsOf: edited)
        return PointChange(kinds: kinds.isEmpty ? [.unchanged] : kinds.sorted(), old: olds, new: news,
                           similarity: similarity, matchedBy: g.evidence, textDiff: textDiff, fieldChanges: fields)
    }

    /// The point's area changed to one that is not the counterpart of its old area.
    func movedArea(_ o: PointSnapshot, _ n: PointSnapshot) -> Bool {
        guard let oa = o.areaID else { return n.areaID != nil }
        if let mapped = newAreaForOld[oa] { return mapped != n.areaID }
        return n.areaID != nil && n.areaID != oa
    }

    /// The point hangs under a different parent (or changed level).
    func movedParent(_ o: PointSnapshot, _ n: PointSnapshot) -> Bool {
        switch (o.parentID, n.parentID) {
        case (nil, nil): return false
        case let (op?, np?): return !(newIDsForOldID[op] ?? []).contains(np)
        default: return true
        }
    }

    private func label(oldID: String) -> String {
        oldIndexByID[oldID].map { oldSnap[$0] }.map { "\($0.label) (\(oldID))" } ?? oldID
    }

    private func label(newID: String) -> String {
        newIndexByID[newID].map { newSnap[$0] }.map { "\($0.label) (\(newID))" } ?? newID
    }

    /// Whether `a` and `b` read the same once runs of whitespace are collapsed and the ends
    /// trimmed (`normalizedSpace(a) == normalizedSpace(b)`), compared in place for ASCII texts.
    static func sameApartFromSpacing(_ a: String, _ b: String) -> Bool {
        guard a.utf8.allSatisfy({ $0 < 0x80 }) && b.utf8.allSatisfy({ $0 < 0x80 }) else {
            return normalizedSpace(a) == normalizedSpace(b)
        }
        // ASCII whitespace (Unicode White_Space): tab, LF, VT, FF, CR, space.
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        var x = a.utf8.makeIterator(), y = b.utf8.makeIterator()
        /// The next byte of the normalised text: a space stands for a run of whitespace that
        /// has text on both sides.
        func next(_ it: inout String.UTF8View.Iterator, _ started: inout Bool, _ held: inout UInt8?) -> UInt8? {
            if let h = held { held = nil; return h }
            var sawSpace = false
            while let c = it.next() {
                if isSpace(c) { sawSpace = true; continue }
                if sawSpace && started { held = c; return 0x20 }
                started = true
                return c
            }
            return nil
        }
        var startedA = false, startedB = false
        var heldA: UInt8? = nil, heldB: UInt8? = nil
        while true {
            let p = next(&x, &startedA, &heldA), q = next(&y, &startedB, &heldB)
            if p != q { return false }
            if p == nil { return true }
        }
    }

    /// `s` with runs of whitespace collapsed to one space and no leading/trailing whitespace.
    static func normalizedSpace(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in s.unicodeScalars {
            if u.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(u)
            }
        }
        return String(out)
    }

    static func list(_ items: [String]) -> String? { items.isEmpty ? nil : items.joined(separator: ", ") }

    static func positions(_ p: [PartyPosition]) -> String? {
        if p.isEmpty { return nil }
        return p.map { pos in
            var s = pos.party + ": " + (pos.stance ?? "unknown")
            if let t = pos.text, !t.isEmpty { s += " — " + t }
            return s
        }.joined(separator: "; ")
    }
}
