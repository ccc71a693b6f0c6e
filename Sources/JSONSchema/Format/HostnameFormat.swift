/// `hostname` (RFC 1123 host names, with `xn--` A-labels validated as IDNA2008) and
/// `idn-hostname` (RFC 5890 internationalized host names: U-labels, A-labels and LDH labels,
/// separated by `.`, `。`, `．` or `｡`). Lengths are measured on the A-label form: labels at most
/// 63 octets, the whole name at most 253. See ``IDNARules`` for the IDNA2008 approximations.
enum HostnameFormat {
    static func isHostname(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard !bytes.isEmpty, bytes.count <= 253, bytes.allSatisfy({ $0 < 0x80 }) else { return false }
        var uLabels: [[UInt32]] = []
        for label in bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            guard let unicode = checkASCIILabel(Array(label)) else { return false }
            uLabels.append(unicode)
        }
        return satisfiesBidi(uLabels)
    }

    static func isInternationalHostname(_ value: String) -> Bool {
        let scalars = value.unicodeScalars.map(\.value)
        guard !scalars.isEmpty else { return false }
        var uLabels: [[UInt32]] = []
        var totalLength = 0
        for label in scalars.split(omittingEmptySubsequences: false, whereSeparator: isSeparator) {
            let label = Array(label)
            let asciiLength: Int
            if label.allSatisfy({ $0 < 0x80 }) {
                guard let unicode = checkASCIILabel(label.map { UInt8($0) }) else { return false }
                uLabels.append(unicode)
                asciiLength = label.count
            } else {
                guard IDNARules.isValidULabel(label), let encoded = Punycode.encode(label) else { return false }
                asciiLength = encoded.count + 4
                guard asciiLength <= 63 else { return false }
                uLabels.append(label)
            }
            totalLength += asciiLength + (totalLength == 0 ? 0 : 1)
        }
        return totalLength <= 253 && satisfiesBidi(uLabels)
    }

    private static func isSeparator(_ value: UInt32) -> Bool {
        value == 0x2E || value == 0x3002 || value == 0xFF0E || value == 0xFF61
    }

    /// Validates an ASCII label (LDH, or an `xn--` A-label) and returns its Unicode form.
    private static func checkASCIILabel(_ label: [UInt8]) -> [UInt32]? {
        guard (1...63).contains(label.count), label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-")
        else { return nil }
        for byte in label {
            guard FormatScanner.isAlpha(UInt32(byte)) || FormatScanner.isDigit(UInt32(byte)) || byte == UInt8(ascii: "-")
            else { return nil }
        }
        let lowered = label.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        guard lowered.count >= 4, lowered[2] == UInt8(ascii: "-"), lowered[3] == UInt8(ascii: "-") else {
            return lowered.map(UInt32.init)
        }
        // "--" in positions 3 and 4 is reserved for A-labels ("xn--").
        guard lowered.starts(with: Array("xn--".utf8)) else { return nil }
        let encoded = Array(lowered.dropFirst(4))
        guard let decoded = Punycode.decode(encoded), decoded.contains(where: { $0 >= 0x80 }),
            Punycode.encode(decoded) == encoded, IDNARules.isValidULabel(decoded)
        else { return nil }
        return decoded
    }

    /// RFC 5893: once any label is right-to-left, every label must satisfy the Bidi rule.
    private static func satisfiesBidi(_ labels: [[UInt32]]) -> Bool {
        guard labels.contains(where: IDNARules.isRightToLeft) else { return true }
        return labels.allSatisfy(IDNARules.satisfiesBidiRule)
    }
}
