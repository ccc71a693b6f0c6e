/// RFC 4122 textual UUIDs: 8-4-4-4-12 hexadecimal digits, any version and variant.
enum UUIDFormat {
    static func isUUID(_ value: String) -> Bool {
        let utf8 = Array(value.utf8)
        guard utf8.count == 36 else { return false }
        for (index, byte) in utf8.enumerated() {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else if !FormatScanner.isHexDigit(UInt32(byte)) {
                return false
            }
        }
        return true
    }
}
