/// RFC 2673 dotted-quad IPv4 (no leading zeros) and RFC 4291 textual IPv6 (with an optional
/// embedded IPv4 tail; zone identifiers and brackets are rejected).
enum IPAddressFormat {
    static func isIPv4(_ value: String) -> Bool {
        isIPv4(Array(value.utf8)[...])
    }

    static func isIPv4(_ bytes: ArraySlice<UInt8>) -> Bool {
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
            if part.count > 1, part.first == UInt8(ascii: "0") { return false }
            guard part.reduce(0, { $0 * 10 + Int($1 - 0x30) }) <= 255 else { return false }
        }
        return true
    }

    static func isIPv6(_ value: String) -> Bool {
        isIPv6(Array(value.utf8)[...])
    }

    static func isIPv6(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { return false }
        var groups = 0
        var sawDoubleColon = false
        var index = bytes.startIndex
        let colon = UInt8(ascii: ":")
        if bytes.starts(with: [colon, colon]) {
            sawDoubleColon = true
            index += 2
            if index == bytes.endIndex { return true }
        } else if bytes.first == colon {
            return false
        }
        while index < bytes.endIndex {
            // One group: hex digits, or an IPv4 tail.
            var end = index
            while end < bytes.endIndex, bytes[end] != colon { end += 1 }
            let group = bytes[index..<end]
            if group.contains(UInt8(ascii: ".")) {
                guard end == bytes.endIndex, isIPv4(group) else { return false }
                groups += 2
                index = end
                break
            }
            guard (1...4).contains(group.count), group.allSatisfy({ FormatScanner.isHexDigit(UInt32($0)) }) else {
                return false
            }
            groups += 1
            index = end
            if index == bytes.endIndex { break }
            index += 1  // the colon
            if index < bytes.endIndex, bytes[index] == colon {
                guard !sawDoubleColon else { return false }
                sawDoubleColon = true
                index += 1
                if index == bytes.endIndex { break }
            } else if index == bytes.endIndex {
                return false  // trailing single colon
            }
        }
        return sawDoubleColon ? groups <= 7 : groups == 8
    }
}
