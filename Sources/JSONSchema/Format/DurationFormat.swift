/// RFC 3339 appendix A `duration`: `P` followed by date components (in the order Y, M, D,
/// contiguous), an optional `T` with time components (H, M, S, contiguous), or weeks alone.
enum DurationFormat {
    static func isDuration(_ value: String) -> Bool {
        var scanner = FormatScanner(value)
        guard scanner.take("P") else { return false }
        guard let dateUnits = components(&scanner, units: ["Y", "M", "D", "W"], stopAt: "T") else { return false }
        if dateUnits == ["W"] { return scanner.isAtEnd }
        guard !dateUnits.contains("W"), isContiguous(dateUnits, in: ["Y", "M", "D"]) else { return false }
        var timeUnits: [Unicode.Scalar] = []
        if scanner.take("T") {
            guard let units = components(&scanner, units: ["H", "M", "S"], stopAt: nil), !units.isEmpty,
                isContiguous(units, in: ["H", "M", "S"])
            else { return false }
            timeUnits = units
        }
        return scanner.isAtEnd && !(dateUnits.isEmpty && timeUnits.isEmpty)
    }

    /// Reads `digits unit` pairs until the end or `stopAt`; nil on anything malformed.
    private static func components(
        _ scanner: inout FormatScanner, units: [Unicode.Scalar], stopAt: Unicode.Scalar?
    ) -> [Unicode.Scalar]? {
        var found: [Unicode.Scalar] = []
        while let c = scanner.peek, c != stopAt?.value {
            guard scanner.digitRun() > 0, let unit = scanner.peek.flatMap(Unicode.Scalar.init),
                units.contains(unit)
            else { return nil }
            scanner.index += 1
            found.append(unit)
        }
        return found
    }

    private static func isContiguous(_ units: [Unicode.Scalar], in order: [Unicode.Scalar]) -> Bool {
        guard let first = units.first, let start = order.firstIndex(of: first) else { return units.isEmpty }
        return start + units.count <= order.count && Array(order[start..<(start + units.count)]) == units
    }
}
