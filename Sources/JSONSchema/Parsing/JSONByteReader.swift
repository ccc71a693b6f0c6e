/// The iterative parsing engine behind `JSONParser`: one pass over UTF-8 bytes, tracking line
/// and column incrementally (so column computation stays linear even on one huge line).
struct JSONByteReader {
    let buf: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    let rejectDuplicateKeys: Bool
    var pos = 0
    var line = 1
    /// Column of `checkpoint` (1-based); columns of later positions on the same line are
    /// computed by counting scalar starts from there.
    var checkpoint = 0
    var checkpointColumn = 1

    init(buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int, rejectDuplicateKeys: Bool) {
        buf = buffer
        self.maxDepth = maxDepth
        self.rejectDuplicateKeys = rejectDuplicateKeys
    }

    /// Open containers, innermost last. Elements live in `arrays`/`objects` (mutated in
    /// place, so appending never copies a container).
    private enum ContainerKind { case array, object }

    private struct ObjectBuilder {
        var members: [JSONObject.Member] = []
        var keys: Set<String>? = nil
        var location: SourceLocation
        var pendingKey: String = ""
        var pendingKeyLocation: SourceLocation = .unknown
        var pendingKeyOffset = 0
    }

    // MARK: - Locations

    mutating func location(at p: Int) -> SourceLocation {
        var col = checkpointColumn
        var i = checkpoint
        while i < p {
            if buf[i] & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        checkpoint = p
        checkpointColumn = col
        return SourceLocation(line: line, column: col)
    }

    mutating func fail(_ message: String, at p: Int? = nil) -> JSONSyntaxError {
        let p = min(p ?? pos, buf.count)
        return JSONSyntaxError(message: message, location: location(at: max(p, checkpoint)), offset: p)
    }

    // MARK: - Driver

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        if buf.count >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF {
            pos = 3
            checkpoint = 3
        }
        var stack: [ContainerKind] = []
        var arrays: [([JSONValue], SourceLocation)] = []
        var objects: [ObjectBuilder] = []
        skipWhitespace()
        var value = try parseValueStart(&stack, &arrays, &objects)
        while let top = stack.last {
            // `value` is complete: attach it to the innermost container.
            skipWhitespace()
            switch top {
            case .array:
                arrays[arrays.count - 1].0.append(value)
                guard pos < buf.count else { throw fail("unterminated array (expected ',' or ']')") }
                let c = buf[pos]
                if c == UInt8(ascii: ",") {
                    pos += 1
                    skipWhitespace()
                    value = try parseValueStart(&stack, &arrays, &objects)
                    continue
                } else if c == UInt8(ascii: "]") {
                    pos += 1
                    stack.removeLast()
                    let (items, loc) = arrays.removeLast()
                    value = JSONValue(.array(items), at: loc)
                    continue
                }
                throw fail("expected ',' or ']' after array element, found \(describeByte(c))")
            case .object:
                try addMember(&objects[objects.count - 1], value)
                guard pos < buf.count else { throw fail("unterminated object (expected ',' or '}')") }
                let c = buf[pos]
                if c == UInt8(ascii: ",") {
                    pos += 1
                    skipWhitespace()
                    try readKey(&objects[objects.count - 1])
                    value = try parseValueStart(&stack, &arrays, &objects)
                    continue
                } else if c == UInt8(ascii: "}") {
                    pos += 1
                    stack.removeLast()
                    let ob = objects.removeLast()
                    value = JSONValue(.object(JSONObject(ob.members)), at: ob.location)
                    continue
                }
                throw fail("expected ',' or '}' after object member, found \(describeByte(c))")
            }
        }
        skipWhitespace()
        if pos < buf.count { throw fail("unexpected \(describeByte(buf[pos])) after the JSON value") }
        return value
    }

    private mutating func addMember(_ ob: inout ObjectBuilder, _ value: JSONValue) throws(JSONSyntaxError) {
        let key = ob.pendingKey
        if ob.keys == nil && ob.members.count >= 8 {
            ob.keys = Set(ob.members.map(\.key))
        }
        let duplicate: Bool
        if ob.keys != nil {
            duplicate = !ob.keys!.insert(key).inserted
        } else {
            duplicate = ob.members.contains { $0.key == key }
        }
        if duplicate {
            if rejectDuplicateKeys {
                let first = ob.members.first { $0.key == key }?.keyLocation ?? .unknown
                throw JSONSyntaxError(message: "duplicate key \"\(key)\" (first defined at \(first))",
                                      location: ob.pendingKeyLocation, offset: ob.pendingKeyOffset)
            }
            if let i = ob.members.firstIndex(where: { $0.key == key }) {
                ob.members[i].value = value
                return
            }
        }
        ob.members.append(JSONObject.Member(key: key, keyLocation: ob.pendingKeyLocation, value: value))
    }

    private mutating func readKey(_ ob: inout ObjectBuilder) throws(JSONSyntaxError) {
        guard pos < buf.count else { throw fail("unterminated object (expected a member name)") }
        guard buf[pos] == UInt8(ascii: "\"") else {
            throw fail("expected a string member name, found \(describeByte(buf[pos]))")
        }
        ob.pendingKeyOffset = pos
        ob.pendingKeyLocation = location(at: pos)
        ob.pendingKey = try readString()
        skipWhitespace()
        guard pos < buf.count, buf[pos] == UInt8(ascii: ":") else {
            throw fail("expected ':' after member name \"\(ob.pendingKey)\"")
        }
        pos += 1
        skipWhitespace()
    }

    /// Parses a scalar and returns it, or opens containers (pushing them) until a complete
    /// value (scalar or empty container) is available.
    private mutating func parseValueStart(_ stack: inout [ContainerKind], _ arrays: inout [([JSONValue], SourceLocation)],
                                          _ objects: inout [ObjectBuilder]) throws(JSONSyntaxError) -> JSONValue {
        while true {
            guard pos < buf.count else { throw fail("unexpected end of input (expected a value)") }
            let c = buf[pos]
            let loc = location(at: pos)
            switch c {
            case UInt8(ascii: "["):
                guard stack.count < maxDepth else { throw fail("nesting deeper than \(maxDepth) levels") }
                pos += 1
                skipWhitespace()
                if pos < buf.count && buf[pos] == UInt8(ascii: "]") {
                    pos += 1
                    return JSONValue(.array([]), at: loc)
                }
                stack.append(.array)
                arrays.append(([], loc))
                continue
            case UInt8(ascii: "{"):
                guard stack.count < maxDepth else { throw fail("nesting deeper than \(maxDepth) levels") }
                pos += 1
                skipWhitespace()
                if pos < buf.count && buf[pos] == UInt8(ascii: "}") {
                    pos += 1
                    return JSONValue(.object(JSONObject()), at: loc)
                }
                var ob = ObjectBuilder(location: loc)
                try readKey(&ob)
                stack.append(.object)
                objects.append(ob)
                continue
            case UInt8(ascii: "\""):
                return JSONValue(.string(try readString()), at: loc)
            case UInt8(ascii: "t"):
                try expectLiteral("true")
                return JSONValue(.bool(true), at: loc)
            case UInt8(ascii: "f"):
                try expectLiteral("false")
                return JSONValue(.bool(false), at: loc)
            case UInt8(ascii: "n"):
                try expectLiteral("null")
                return JSONValue(.null, at: loc)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return JSONValue(.number(try readNumber()), at: loc)
            default:
                throw fail("unexpected \(describeByte(c)) (expected a value)")
            }
        }
    }

    // MARK: - Tokens

    mutating func skipWhitespace() {
        while pos < buf.count {
            switch buf[pos] {
            case 0x20, 0x09, 0x0D: pos += 1
            case 0x0A:
                pos += 1
                line += 1
                checkpoint = pos
                checkpointColumn = 1
            default: return
            }
        }
    }

    private mutating func expectLiteral(_ word: StaticString) throws(JSONSyntaxError) {
        let n = word.utf8CodeUnitCount
        let w = word.utf8Start
        guard pos + n <= buf.count else { throw fail("invalid literal (expected '\(word)')") }
        for i in 0..<n where buf[pos + i] != w[i] { throw fail("invalid literal (expected '\(word)')") }
        pos += n
        if pos < buf.count, isIdentifierByte(buf[pos]) { throw fail("invalid literal (expected '\(word)')") }
    }

    private func isIdentifierByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
    }

    private mutating func readNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = pos
        var negative = false
        if buf[pos] == UInt8(ascii: "-") { negative = true; pos += 1 }
        var intValue: Int64 = 0
        var digitCount = 0
        guard pos < buf.count, buf[pos] >= 0x30 && buf[pos] <= 0x39 else {
            throw fail("invalid number: expected a digit", at: pos)
        }
        if buf[pos] == 0x30 {
            pos += 1
            digitCount = 1
            if pos < buf.count, buf[pos] >= 0x30 && buf[pos] <= 0x39 {
                throw fail("invalid number: leading zeros are not allowed", at: start)
            }
        } else {
            while pos < buf.count, buf[pos] >= 0x30 && buf[pos] <= 0x39 {
                if digitCount < 18 { intValue = intValue * 10 + Int64(buf[pos] - 0x30) }
                digitCount += 1
                pos += 1
            }
        }
        var simple = digitCount <= 18
        if pos < buf.count && buf[pos] == UInt8(ascii: ".") {
            simple = false
            pos += 1
            guard pos < buf.count, buf[pos] >= 0x30 && buf[pos] <= 0x39 else {
                throw fail("invalid number: expected a digit after '.'", at: pos)
            }
            while pos < buf.count, buf[pos] >= 0x30 && buf[pos] <= 0x39 { pos += 1 }
        }
        if pos < buf.count && (buf[pos] == UInt8(ascii: "e") || buf[pos] == UInt8(ascii: "E")) {
            simple = false
            pos += 1
            if pos < buf.count && (buf[pos] == UInt8(ascii: "+") || buf[pos] == UInt8(ascii: "-")) { pos += 1 }
            guard pos < buf.count, buf[pos] >= 0x30 && buf[pos] <= 0x39 else {
                throw fail("invalid number: expected a digit in the exponent", at: pos)
            }
            while pos < buf.count, buf[pos] >= 0x30 && buf[pos] <= 0x39 { pos += 1 }
        }
        if pos < buf.count, isIdentifierByte(buf[pos]) || buf[pos] == UInt8(ascii: ".") {
            throw fail("invalid number", at: start)
        }
        if simple { return JSONNumber(negative ? -intValue : intValue) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<pos]), as: UTF8.self)
        guard let n = JSONNumber(literal: text) else { throw fail("invalid number", at: start) }
        return n
    }

    /// Reads a string token starting at the opening quote.
    mutating func readString() throws(JSONSyntaxError) -> String {
        let open = pos
        pos += 1
        let start = pos
        // Fast path: no escapes.
        var highBits: UInt8 = 0
        while pos < buf.count {
            let c = buf[pos]
            if c == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: buf[start..<pos])
                pos += 1
                if highBits & 0x80 == 0 || JSONByteReader.isValidUTF8(slice) {
                    return String(decoding: slice, as: UTF8.self)
                }
                throw fail("invalid UTF-8 in string", at: open)
            }
            highBits |= c
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw fail(c == 0x0A ? "unterminated string (line break inside a string)" : "control character U+\(hex4(UInt32(c))) must be escaped in a string", at: pos) }
            pos += 1
        }
        guard pos < buf.count else { throw fail("unterminated string", at: open) }
        var bytes = Array(UnsafeBufferPointer(rebasing: buf[start..<pos]))
        while pos < buf.count {
            let c = buf[pos]
            if c == UInt8(ascii: "\"") {
                pos += 1
                let valid = bytes.withUnsafeBufferPointer { JSONByteReader.isValidUTF8($0) }
                if valid { return String(decoding: bytes, as: UTF8.self) }
                throw fail("invalid UTF-8 in string", at: open)
            }
            if c < 0x20 { throw fail(c == 0x0A ? "unterminated string (line break inside a string)" : "control character U+\(hex4(UInt32(c))) must be escaped in a string", at: pos) }
            if c != UInt8(ascii: "\\") {
                bytes.append(c)
                pos += 1
                continue
            }
            let escapeStart = pos
            pos += 1
            guard pos < buf.count else { break }
            let e = buf[pos]
            pos += 1
            switch e {
            case UInt8(ascii: "\""): bytes.append(0x22)
            case UInt8(ascii: "\\"): bytes.append(0x5C)
            case UInt8(ascii: "/"): bytes.append(0x2F)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try readHex4(escapeStart)
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    // High surrogate: a low one must follow to form a scalar.
                    if pos + 1 < buf.count, buf[pos] == UInt8(ascii: "\\"), buf[pos + 1] == UInt8(ascii: "u") {
                        let save = pos
                        pos += 2
                        let low = try readHex4(save)
                        if low >= 0xDC00 && low < 0xE000 {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            pos = save
                            scalar = 0xFFFD
                        }
                    } else {
                        scalar = 0xFFFD
                    }
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    scalar = 0xFFFD
                }
                appendUTF8(scalar, to: &bytes)
            default:
                throw fail("invalid escape sequence '\\\(String(UnicodeScalar(e)))'", at: escapeStart)
            }
        }
        throw fail("unterminated string", at: open)
    }

    /// Strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, at most U+10FFFF).
    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
            if c >= 0xC2 && c <= 0xDF {
                guard cont(1) else { return false }
                i += 2
            } else if c >= 0xE0 && c <= 0xEF {
                guard cont(1), cont(2) else { return false }
                let c1 = b[i + 1]
                if c == 0xE0 && c1 < 0xA0 { return false }
                if c == 0xED && c1 >= 0xA0 { return false }
                i += 3
            } else if c >= 0xF0 && c <= 0xF4 {
                guard cont(1), cont(2), cont(3) else { return false }
                let c1 = b[i + 1]
                if c == 0xF0 && c1 < 0x90 { return false }
                if c == 0xF4 && c1 >= 0x90 { return false }
                i += 4
            } else {
                return false
            }
        }
        return true
    }

    private mutating func readHex4(_ escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        guard pos + 4 <= buf.count else { throw fail("invalid \\u escape (expected 4 hex digits)", at: escapeStart) }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = buf[pos]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("invalid \\u escape (expected 4 hex digits)", at: escapeStart)
            }
            v = v << 4 | d
            pos += 1
        }
        return v
    }

    private func appendUTF8(_ v: UInt32, to bytes: inout [UInt8]) {
        switch v {
        case 0..<0x80: bytes.append(UInt8(v))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (v >> 6)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (v >> 12)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (v >> 18)))
            bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    private func hex4(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    private func describeByte(_ c: UInt8) -> String {
        if c >= 0x21 && c < 0x7F { return "'\(String(UnicodeScalar(c)))'" }
        if c == 0x20 { return "space" }
        return "byte 0x\(String(c, radix: 16, uppercase: true))"
    }
}
