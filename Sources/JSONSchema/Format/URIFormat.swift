/// RFC 3986 URIs and URI references, and their RFC 3987 internationalized forms (IRIs),
/// checked against the ABNF: scheme, authority (userinfo, IP-literal / IPv4 / reg-name host,
/// numeric port), path forms, query and fragment, with well-formed percent-encoding.
enum URIFormat {
    static func isValid(_ value: String, international: Bool, allowRelative: Bool) -> Bool {
        let scalars = value.unicodeScalars.map(\.value)
        let checker = Checker(scalars: scalars, international: international)
        if let colon = schemeEnd(scalars) {
            return checker.isHierarchicalPart(from: colon + 1, relative: false)
        }
        return allowRelative && checker.isHierarchicalPart(from: 0, relative: true)
    }

    /// The index of the `:` that ends a valid scheme, if the string starts with one.
    private static func schemeEnd(_ scalars: [UInt32]) -> Int? {
        guard let first = scalars.first, FormatScanner.isAlpha(first) else { return nil }
        var index = 1
        while index < scalars.count {
            let c = scalars[index]
            if c == 0x3A { return index }
            guard FormatScanner.isAlpha(c) || FormatScanner.isDigit(c) || c == 0x2B || c == 0x2D || c == 0x2E else {
                return nil
            }
            index += 1
        }
        return nil
    }

    private struct Checker {
        let scalars: [UInt32]
        let international: Bool

        /// hier-part / relative-part, then optional `?query` and `#fragment`.
        func isHierarchicalPart(from start: Int, relative: Bool) -> Bool {
            var end = start
            while end < scalars.count, scalars[end] != 0x3F, scalars[end] != 0x23 { end += 1 }
            guard isPathPart(start, end, relative: relative) else { return false }
            var index = end
            if index < scalars.count, scalars[index] == 0x3F {
                index += 1
                while index < scalars.count, scalars[index] != 0x23 {
                    guard let next = pchar(at: index, extra: [0x2F, 0x3F], privateUse: true) else { return false }
                    index = next
                }
            }
            if index < scalars.count, scalars[index] == 0x23 {
                index += 1
                while index < scalars.count {
                    guard let next = pchar(at: index, extra: [0x2F, 0x3F], privateUse: false) else { return false }
                    index = next
                }
            }
            return true
        }

        private func isPathPart(_ start: Int, _ end: Int, relative: Bool) -> Bool {
            if end - start >= 2, scalars[start] == 0x2F, scalars[start + 1] == 0x2F {
                var authorityEnd = start + 2
                while authorityEnd < end, scalars[authorityEnd] != 0x2F { authorityEnd += 1 }
                return isAuthority(start + 2, authorityEnd) && isPath(authorityEnd, end, noColonInFirstSegment: false)
            }
            // path-absolute, path-rootless / path-noscheme, or path-empty.
            return isPath(start, end, noColonInFirstSegment: relative)
        }

        private func isPath(_ start: Int, _ end: Int, noColonInFirstSegment: Bool) -> Bool {
            var index = start
            var inFirstSegment = true
            while index < end {
                let c = scalars[index]
                if c == 0x2F {
                    inFirstSegment = false
                    index += 1
                    continue
                }
                if c == 0x3A, inFirstSegment, noColonInFirstSegment { return false }
                guard let next = pchar(at: index, extra: [], privateUse: false), next <= end else { return false }
                index = next
            }
            return true
        }

        private func isAuthority(_ start: Int, _ end: Int) -> Bool {
            var hostStart = start
            if let at = scalars[start..<end].lastIndex(of: 0x40) {
                var index = start
                while index < at {
                    guard let next = unreservedOrSubDelimiter(at: index, extra: [0x3A]), next <= at else { return false }
                    index = next
                }
                hostStart = at + 1
            }
            var hostEnd = end
            if hostStart < end, scalars[hostStart] == 0x5B {
                guard let close = scalars[hostStart..<end].firstIndex(of: 0x5D) else { return false }
                guard isIPLiteral(hostStart + 1, close) else { return false }
                hostEnd = close + 1
            } else if let colon = scalars[hostStart..<end].lastIndex(of: 0x3A) {
                hostEnd = colon
            }
            if hostEnd < end {
                guard scalars[hostEnd] == 0x3A, scalars[(hostEnd + 1)..<end].allSatisfy(FormatScanner.isDigit) else {
                    return false
                }
            }
            if hostStart < scalars.count, scalars[hostStart] == 0x5B { return true }
            var index = hostStart
            while index < hostEnd {
                guard let next = unreservedOrSubDelimiter(at: index, extra: []), next <= hostEnd else { return false }
                index = next
            }
            return true
        }

        private func isIPLiteral(_ start: Int, _ end: Int) -> Bool {
            let literal = scalars[start..<end]
            guard literal.allSatisfy({ $0 < 0x80 }) else { return false }
            let bytes = literal.map { UInt8($0) }[...]
            if let first = bytes.first, first == UInt8(ascii: "v") || first == UInt8(ascii: "V") {
                // IPvFuture: "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
                guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), dot > 1, dot + 1 < bytes.endIndex,
                    bytes[1..<dot].allSatisfy({ FormatScanner.isHexDigit(UInt32($0)) })
                else { return false }
                return bytes[(dot + 1)...].allSatisfy {
                    Self.isUnreserved(UInt32($0)) || Self.isSubDelimiter(UInt32($0)) || $0 == UInt8(ascii: ":")
                }
            }
            return IPAddressFormat.isIPv6(bytes)
        }

        /// Consumes one pchar (or one of `extra`) at `index`; returns the next index or nil.
        private func pchar(at index: Int, extra: [UInt32], privateUse: Bool) -> Int? {
            let c = scalars[index]
            if c == 0x3A || c == 0x40 || extra.contains(c) { return index + 1 }
            if international, privateUse, isPrivateUse(c) { return index + 1 }
            return unreservedOrSubDelimiter(at: index, extra: [])
        }

        /// unreserved / pct-encoded / sub-delims (and `extra`), with ucschar for IRIs.
        private func unreservedOrSubDelimiter(at index: Int, extra: [UInt32]) -> Int? {
            let c = scalars[index]
            if c == 0x25 {
                guard index + 2 < scalars.count, FormatScanner.isHexDigit(scalars[index + 1]),
                    FormatScanner.isHexDigit(scalars[index + 2])
                else { return nil }
                return index + 3
            }
            if Self.isUnreserved(c) || Self.isSubDelimiter(c) || extra.contains(c) { return index + 1 }
            if international, isUCSChar(c) { return index + 1 }
            return nil
        }

        static func isUnreserved(_ c: UInt32) -> Bool {
            FormatScanner.isAlpha(c) || FormatScanner.isDigit(c) || c == 0x2D || c == 0x2E || c == 0x5F || c == 0x7E
        }

        static func isSubDelimiter(_ c: UInt32) -> Bool {
            switch c {
            case 0x21, 0x24, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x3B, 0x3D: return true
            default: return false
            }
        }

        private func isUCSChar(_ c: UInt32) -> Bool {
            switch c {
            case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return true
            case 0x10000...0xEFFFD: return c & 0xFFFF <= 0xFFFD && !(0xE0000...0xE0FFF).contains(c) || (0xE1000...0xEFFFD).contains(c)
            default: return false
            }
        }

        private func isPrivateUse(_ c: UInt32) -> Bool {
            (0xE000...0xF8FF).contains(c) || (0xF0000...0xFFFFD).contains(c) || (0x100000...0x10FFFD).contains(c)
        }
    }
}
