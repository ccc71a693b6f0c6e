/// RFC 5321 `Mailbox` (`email`) and its RFC 6531 extension (`idn-email`): a dot-atom or
/// quoted-string local part, `@`, and a host name or an `[IPv4]` / `[IPv6:…]` address literal.
/// For `idn-email`, non-ASCII scalars are allowed in the local part and domain labels; the
/// domain is checked for structure (labels, hyphens, lengths), not full IDNA2008.
enum EmailFormat {
    static func isEmail(_ value: String, international: Bool) -> Bool {
        let scalars = value.unicodeScalars.map(\.value)
        guard let at = localPartEnd(scalars, international: international), at < scalars.count,
            scalars[at] == 0x40
        else { return false }
        let domain = Array(scalars[(at + 1)...])
        return isDomain(domain, international: international)
    }

    /// The index just past a valid local part, or nil.
    private static func localPartEnd(_ scalars: [UInt32], international: Bool) -> Int? {
        guard let first = scalars.first else { return nil }
        if first == 0x22 {  // quoted string
            var index = 1
            while index < scalars.count {
                let c = scalars[index]
                if c == 0x22 { return index > 0 ? index + 1 : nil }
                if c == 0x5C {
                    guard index + 1 < scalars.count, (0x20...0x7E).contains(scalars[index + 1])
                        || (international && scalars[index + 1] >= 0x80)
                    else { return nil }
                    index += 2
                    continue
                }
                guard c == 0x20 || c == 0x21 || (0x23...0x5B).contains(c) || (0x5D...0x7E).contains(c)
                    || (international && c >= 0x80)
                else { return nil }
                index += 1
            }
            return nil
        }
        var index = 0
        var atomLength = 0
        while index < scalars.count, scalars[index] != 0x40 {
            let c = scalars[index]
            if c == 0x2E {
                guard atomLength > 0 else { return nil }
                atomLength = 0
            } else {
                guard isAtomText(c) || (international && c >= 0x80) else { return nil }
                atomLength += 1
            }
            index += 1
        }
        return atomLength > 0 ? index : nil
    }

    private static func isAtomText(_ c: UInt32) -> Bool {
        if FormatScanner.isAlpha(c) || FormatScanner.isDigit(c) { return true }
        return "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains { $0.value == c }
    }

    private static func isDomain(_ domain: [UInt32], international: Bool) -> Bool {
        guard let first = domain.first else { return false }
        if first == 0x5B {
            guard domain.last == 0x5D, domain.count >= 2, domain.allSatisfy({ $0 < 0x80 }) else { return false }
            let literal = String(decoding: domain[1..<(domain.count - 1)].map { UInt8($0) }, as: UTF8.self)
            if literal.hasPrefix("IPv6:") { return IPAddressFormat.isIPv6(String(literal.dropFirst(5))) }
            return IPAddressFormat.isIPv4(literal)
        }
        let text = String(String.UnicodeScalarView(domain.compactMap(Unicode.Scalar.init)))
        if !international || domain.allSatisfy({ $0 < 0x80 }) { return HostnameFormat.isHostname(text) }
        let labels = domain.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard domain.count <= 253 else { return false }
        return labels.allSatisfy { label in
            guard !label.isEmpty, label.count <= 63, label.first != 0x2D, label.last != 0x2D else { return false }
            return label.allSatisfy { c in
                if c >= 0x80 {
                    guard let scalar = Unicode.Scalar(c) else { return false }
                    let properties = scalar.properties
                    return !properties.isWhitespace && properties.generalCategory != .control
                        && properties.generalCategory != .unassigned && c != 0xFF20
                }
                return FormatScanner.isAlpha(c) || FormatScanner.isDigit(c) || c == 0x2D
            }
        }
    }
}
