/// A small cursor over a string's Unicode scalars, shared by the format checkers.
struct FormatScanner {
    let scalars: [UInt32]
    var index = 0

    init(_ text: String) {
        scalars = text.unicodeScalars.map(\.value)
    }

    var isAtEnd: Bool { index >= scalars.count }
    var peek: UInt32? { index < scalars.count ? scalars[index] : nil }

    func peek(at offset: Int) -> UInt32? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    /// Consumes `scalar` if it is next.
    mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard peek == scalar.value else { return false }
        index += 1
        return true
    }

    /// Consumes exactly `count` ASCII digits and returns their value.
    mutating func digits(_ count: Int) -> Int? {
        var value = 0
        for _ in 0..<count {
            guard let c = peek, FormatScanner.isDigit(c) else { return nil }
            value = value * 10 + Int(c - 0x30)
            index += 1
        }
        return value
    }

    /// Consumes one or more ASCII digits; returns how many.
    mutating func digitRun() -> Int {
        let start = index
        while let c = peek, FormatScanner.isDigit(c) { index += 1 }
        return index - start
    }

    static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isAlpha(_ c: UInt32) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
    static func isHexDigit(_ c: UInt32) -> Bool {
        isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    }
}
