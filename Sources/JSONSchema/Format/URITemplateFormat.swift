/// RFC 6570 URI Templates (level 4): literals and `{operator varspec,…}` expressions with
/// prefix (`:1`–`:9999`) and explode (`*`) modifiers. Reserved operators (`= , ! @ |`) are
/// rejected. As the JSON Schema test suite expects, `'` is accepted as a literal.
enum URITemplateFormat {
    static func isURITemplate(_ value: String) -> Bool {
        let scalars = value.unicodeScalars.map(\.value)
        var index = 0
        while index < scalars.count {
            let c = scalars[index]
            if c == 0x7B {
                guard let close = scalars[index...].firstIndex(of: 0x7D), isExpression(scalars[(index + 1)..<close])
                else { return false }
                index = close + 1
            } else if c == 0x25 {
                guard index + 2 < scalars.count, FormatScanner.isHexDigit(scalars[index + 1]),
                    FormatScanner.isHexDigit(scalars[index + 2])
                else { return false }
                index += 3
            } else {
                guard isLiteral(c) else { return false }
                index += 1
            }
        }
        return true
    }

    private static func isLiteral(_ c: UInt32) -> Bool {
        switch c {
        case 0...0x20, 0x7F, 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return false
        case 0x80...0x9F: return false
        default: return (0xD800...0xDFFF).contains(c) == false
        }
    }

    private static func isExpression(_ body: ArraySlice<UInt32>) -> Bool {
        var body = body
        if let first = body.first, "+#./;?&".unicodeScalars.contains(where: { $0.value == first }) {
            body = body.dropFirst()
        }
        guard !body.isEmpty else { return false }
        return body.split(separator: 0x2C, omittingEmptySubsequences: false).allSatisfy(isVarSpec)
    }

    private static func isVarSpec(_ spec: ArraySlice<UInt32>) -> Bool {
        var name = spec
        if spec.last == 0x2A {
            name = spec.dropLast()
        } else if let colon = spec.firstIndex(of: 0x3A) {
            name = spec[..<colon]
            let length = spec[(colon + 1)...]
            guard (1...4).contains(length.count), let first = length.first, (0x31...0x39).contains(first),
                length.allSatisfy(FormatScanner.isDigit)
            else { return false }
        }
        return isVarName(name)
    }

    private static func isVarName(_ name: ArraySlice<UInt32>) -> Bool {
        guard !name.isEmpty, name.first != 0x2E, name.last != 0x2E else { return false }
        var index = name.startIndex
        var previousDot = false
        while index < name.endIndex {
            let c = name[index]
            if c == 0x2E {
                guard !previousDot else { return false }
                previousDot = true
                index += 1
                continue
            }
            previousDot = false
            if c == 0x25 {
                guard index + 2 < name.endIndex, FormatScanner.isHexDigit(name[index + 1]),
                    FormatScanner.isHexDigit(name[index + 2])
                else { return false }
                index += 3
                continue
            }
            guard FormatScanner.isAlpha(c) || FormatScanner.isDigit(c) || c == 0x5F else { return false }
            index += 1
        }
        return true
    }
}
