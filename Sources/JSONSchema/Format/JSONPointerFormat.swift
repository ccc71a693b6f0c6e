/// RFC 6901 JSON Pointers and draft-handrews Relative JSON Pointers.
enum JSONPointerFormat {
    static func isJSONPointer(_ value: String) -> Bool {
        isPointer(Array(value.unicodeScalars)[...])
    }

    static func isRelativeJSONPointer(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        var index = 0
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        guard index > 0, !(index > 1 && scalars[0] == "0") else { return false }
        let rest = scalars[index...]
        return rest == ["#"] || isPointer(rest)
    }

    private static func isPointer(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first else { return true }
        guard first == "/" else { return false }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index] == "~" {
                let next = scalars.index(after: index)
                guard next < scalars.endIndex, scalars[next] == "0" || scalars[next] == "1" else { return false }
            }
            index += 1
        }
        return true
    }
}
