import JSONSchema

/// Facts about the raw input bytes that are needed before and after libyaml runs: the encoding
/// its byte order mark announces, where a NUL byte is, and the line:col of a byte offset counted
/// the way libyaml counts positions (Unicode scalars; CR LF, CR, LF, NEL, LS and PS end lines;
/// the byte order mark takes no column).
struct YAMLInputText {
    enum Encoding: Equatable {
        case utf8, utf16LittleEndian, utf16BigEndian
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let encoding: Encoding
    /// Length of the byte order mark (0 when there is none).
    let bomLength: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            encoding = .utf16LittleEndian
            bomLength = 2
        } else if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            encoding = .utf16BigEndian
            bomLength = 2
        } else {
            encoding = .utf8
            bomLength = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        }
    }

    /// Whether the input starts with a UTF-32 byte order mark (`FF FE 00 00` or `00 00 FE FF`),
    /// which libyaml would misread as UTF-16 or binary.
    var hasUTF32ByteOrderMark: Bool {
        guard bytes.count >= 4 else { return false }
        return (bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
            || (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
    }

    /// The byte offset of the first NUL byte of UTF-8 input (UTF-16 has NUL bytes in most
    /// characters; libyaml itself rejects a U+0000 character there).
    func firstNULOffset() -> Int? {
        guard encoding == .utf8, let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        guard let hit = firstZeroByte(base, count: bytes.count) else { return nil }
        return hit
    }

    /// The start of the UTF-8 sequence that byte `offset` belongs to: libyaml reports a bad
    /// continuation byte at its own offset, the user wants the character it was meant to be part of.
    func utf8SequenceStart(containing offset: Int) -> Int {
        guard encoding == .utf8, offset < bytes.count, offset > bomLength else { return offset }
        var start = offset
        for back in 1...3 where offset - back >= bomLength {
            let b = bytes[offset - back]
            if b & 0xC0 == 0x80 { continue }           // continuation byte: keep looking
            let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            if width > back { start = offset - back }
            break
        }
        return start
    }

    /// The 1-based location of the character starting at byte `offset` (clamped to the input).
    func location(ofByteOffset offset: Int) -> SourceLocation {
        let end = min(max(offset, bomLength), bytes.count)
        var line = 0
        var column = 0
        var previousWasCR = false
        func advance(_ scalar: UInt32) {
            switch scalar {
            case 0x0A:
                if previousWasCR {
                    previousWasCR = false   // the LF of a CR LF pair: the CR already ended the line
                    return
                }
                line += 1; column = 0
            case 0x0D, 0x85, 0x2028, 0x2029:
                line += 1; column = 0
            default:
                column += 1
            }
            previousWasCR = scalar == 0x0D
        }
        var i = bomLength
        switch encoding {
        case .utf8:
            while i < end {
                let b = bytes[i]
                if b < 0x80 {
                    advance(UInt32(b))
                    i += 1
                    continue
                }
                // Lead byte of a multi-byte sequence (or a stray byte: counted as one character).
                let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                var scalar: UInt32 = 0xFFFD
                if width == 2, i + 1 < bytes.count, b == 0xC2, bytes[i + 1] == 0x85 { scalar = 0x85 }
                if width == 3, i + 2 < bytes.count, b == 0xE2, bytes[i + 1] == 0x80,
                   bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    scalar = bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029
                }
                advance(scalar)
                var next = i + 1
                while next < end, next < i + width, bytes[next] & 0xC0 == 0x80 { next += 1 }
                i = next
            }
        case .utf16LittleEndian, .utf16BigEndian:
            let little = encoding == .utf16LittleEndian
            while i + 1 < end {
                let unit = little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
                                  : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
                i += 2
                if (0xD800..<0xDC00).contains(unit), i + 1 < end {
                    i += 2  // high surrogate + low surrogate: one character
                    advance(0x10000)
                } else {
                    advance(UInt32(unit))
                }
            }
        }
        return SourceLocation(line: line + 1, column: column + 1)
    }

    /// Where flow collections (`[`, `{`) first nest `depth` levels deep, found by a light scan
    /// that skips quoted scalars and comments (UTF-8 input only). Used to locate libyaml's own
    /// nesting error, which it reports at the outermost collection because its scanner runs ahead.
    func locationWhereFlowNesting(reaches depth: Int) -> SourceLocation? {
        guard encoding == .utf8, depth > 0 else { return nil }
        var level = 0
        var i = bomLength
        var previous: UInt8 = UInt8(ascii: "\n")
        while i < bytes.count {
            let c = bytes[i]
            let startsToken = previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t")
                || previous == UInt8(ascii: "\n") || previous == UInt8(ascii: "\r")
                || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "{") || previous == UInt8(ascii: ",")
                || previous == UInt8(ascii: ":")
            switch c {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                level += 1
                if level >= depth { return location(ofByteOffset: i) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                level = max(0, level - 1)
            case UInt8(ascii: "#") where startsToken:
                while i + 1 < bytes.count, bytes[i + 1] != UInt8(ascii: "\n"), bytes[i + 1] != UInt8(ascii: "\r") { i += 1 }
            case UInt8(ascii: "'") where startsToken:
                i += 1
                while i < bytes.count {
                    if bytes[i] == UInt8(ascii: "'") {
                        if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "'") { i += 2; continue }
                        break
                    }
                    i += 1
                }
            case UInt8(ascii: "\"") where startsToken:
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                    i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1
                }
            default:
                break
            }
            previous = i < bytes.count ? bytes[i] : 0
            i += 1
        }
        return nil
    }

    private func firstZeroByte(_ base: UnsafePointer<UInt8>, count: Int) -> Int? {
        // A word-at-a-time scan: 8 bytes per step, then the exact byte.
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if hasZero != 0 { break }
            i += 8
        }
        while i < count {
            if base[i] == 0 { return i }
            i += 1
        }
        return nil
    }
}
