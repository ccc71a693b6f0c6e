extension PlanRule {
    /// Explicit numbers increase strictly along each list of sibling points.
    public static let numbersIncrease = PlanRule(
        id: "number-order",
        summary: "Explicit numbers increase strictly along each list of sibling points."
    ) { context in
        var diagnostics: [Diagnostic] = []
        context.forEachSiblingList { siblings in
            // Indices, not `zip` over the points: each element copy would retain every field.
            for i in siblings.indices.dropFirst() where siblings[i].number != nil {
                if let a = Int(siblings[i - 1].label), let b = Int(siblings[i].label) {
                    guard a > b else { continue }
                } else {
                    let a = NumberLabel(siblings[i - 1].label), b = NumberLabel(siblings[i].label)
                    guard a.isComparable(to: b), !(a < b), a != b else { continue }
                }
                let previous = siblings[i - 1], point = siblings[i]
                diagnostics.append(context.diagnostic(
                    "number-order", .error, at: point.locations.number,
                    "number \(point.label) of \"\(point.id)\" does not follow \(previous.label) of \"\(previous.id)\"",
                    hint: "numbers must increase in document order; renumber or reorder the points"))
            }
        }
        return diagnostics
    }

    /// No two sibling points carry the same number (written or derived from the position).
    public static let numbersUnique = PlanRule(
        id: "duplicate-number",
        summary: "No two sibling points carry the same number, whether written or derived."
    ) { context in
        var diagnostics: [Diagnostic] = []
        context.forEachSiblingList { siblings in
            var seen: [String: Int] = [:]
            seen.reserveCapacity(siblings.count)
            for index in siblings.indices {
                if let firstIndex = seen.updateValue(index, forKey: siblings[index].label) {
                    let point = siblings[index]
                    seen[point.label] = firstIndex
                    let first = siblings[firstIndex]
                    let how = point.number == nil ? " (derived from its position)" : ""
                    diagnostics.append(context.diagnostic(
                        "duplicate-number", .error,
                        at: point.number == nil ? point.locations.point : point.locations.number,
                        "number \(point.label)\(how) of \"\(point.id)\" is already used by \"\(first.id)\" at \(first.locations.point)",
                        hint: point.number == nil ? "give the point an explicit `number:`" : "renumber one of them"))
                }
            }
        }
        return diagnostics
    }

    /// Integer numbers leave no gaps (a warning: drafts sometimes drop points on purpose).
    public static let numbersContiguous = PlanRule(
        id: "number-gap",
        summary: "Integer numbers along a list of sibling points leave no gaps."
    ) { context in
        var diagnostics: [Diagnostic] = []
        context.forEachSiblingList { siblings in
            for i in siblings.indices.dropFirst() where siblings[i].number != nil {
                guard let a = Int(siblings[i - 1].label), let b = Int(siblings[i].label), b > a + 1 else { continue }
                let point = siblings[i]
                let missing = b == a + 2 ? "\(a + 1) is" : "\(a + 1)–\(b - 1) are"
                diagnostics.append(context.diagnostic(
                    "number-gap", .warning, at: point.locations.number,
                    "number \(b) of \"\(point.id)\" follows \(a): \(missing) missing",
                    hint: "renumber, or keep the gap if the source document has it (say so in `note`)"))
            }
        }
        return diagnostics
    }
}

extension PlanRuleContext {
    /// Calls `body` with the top-level points, then with each point's sub-points.
    func forEachSiblingList(_ body: ([Point]) -> Void) {
        body(plan.points)
        for i in flat.indices where !flat[i].point.points.isEmpty { body(flat[i].point.points) }
    }
}

/// A point label split into digit and non-digit runs, ordered naturally ("6" < "6a" < "7" < "10").
struct NumberLabel: Comparable {
    enum Part: Equatable { case number(Int), text(String) }
    let parts: [Part]

    init(_ label: String) {
        var parts: [Part] = []
        var digits = "", text = ""
        for ch in label {
            if ch.isASCII && ch.isNumber {
                if !text.isEmpty { parts.append(.text(text.lowercased())); text = "" }
                digits.append(ch)
            } else {
                if !digits.isEmpty { parts.append(.number(Int(digits.prefix(18)) ?? 0)); digits = "" }
                text.append(ch)
            }
        }
        if !text.isEmpty { parts.append(.text(text.lowercased())) }
        if !digits.isEmpty { parts.append(.number(Int(digits.prefix(18)) ?? 0)) }
        self.parts = parts
    }

    /// Labels of one style (both starting with a digit, or both with a letter) can be ordered.
    func isComparable(to other: NumberLabel) -> Bool {
        switch (parts.first, other.parts.first) {
        case (.number?, .number?), (.text?, .text?): return true
        default: return false
        }
    }

    static func < (a: NumberLabel, b: NumberLabel) -> Bool {
        for (x, y) in zip(a.parts, b.parts) where x != y {
            switch (x, y) {
            case (.number(let m), .number(let n)): return m < n
            case (.text(let s), .text(let t)): return s < t
            case (.number, .text): return true
            case (.text, .number): return false
            }
        }
        return a.parts.count < b.parts.count
    }
}
