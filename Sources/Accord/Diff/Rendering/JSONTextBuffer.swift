import JSONSchema

/// Writes JSON text straight into a UTF-8 byte buffer, in exactly the layout of
/// `JSONWriter` (same indentation, separators and string escapes), without first building a
/// `JSONValue` tree: large reports render several times faster.
///
/// Calls must be balanced (`beginObject`/`endObject`, `beginArray`/`endArray`), and inside an
/// object each value is preceded by `key(_:)`.
struct JSONTextBuffer {
    private(set) var bytes: [UInt8] = []
    /// Text before `bytes`: earlier bytes and spliced-in runs, kept as they are rather than
    /// copied into one buffer (a large report's runs are joined once, in `finish()`).
    private var pieces: [[UInt8]] = []
    private let pretty: Bool
    /// One entry per open container: whether it has no member yet.
    private var isEmpty: [Bool] = []
    /// A key was just written; the next value follows it on the same line.
    private var afterKey = false

    init(pretty: Bool, reservingCapacity capacity: Int = 0) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// A buffer for a run of elements of an array nested `depth` containers deep (the array
    /// itself included), to be spliced in with `append(elements:)`; `first` says whether the
    /// run starts the array (no leading comma).
    init(pretty: Bool, elementsAtDepth depth: Int, first: Bool, reservingCapacity capacity: Int = 0) {
        self.init(pretty: pretty, reservingCapacity: capacity)
        isEmpty = Array(repeating: false, count: max(0, depth - 1)) + [first]
    }

    /// Splices in elements written by a buffer made with `init(pretty:elementsAtDepth:first:)`
    /// for the array opened last here.
    mutating func append(elements fragment: JSONTextBuffer) {
        guard !fragment.bytes.isEmpty || !fragment.pieces.isEmpty else { return }
        if !bytes.isEmpty { pieces.append(bytes) }
        pieces.append(contentsOf: fragment.pieces)
        if !fragment.bytes.isEmpty { pieces.append(fragment.bytes) }
        bytes = []
        bytes.reserveCapacity(4096)
        isEmpty[isEmpty.count - 1] = false
    }

    /// The finished text (with a trailing newline when pretty, as `JSONWriter.string`).
    mutating func finish() -> String {
        if pretty { bytes.append(0x0A) }
        if pieces.isEmpty { return String(decoding: bytes, as: UTF8.self) }
        pieces.append(bytes)
        let total = pieces.reduce(0) { $0 + $1.count }
        let all = pieces
        return String(unsafeUninitializedCapacity: total) { buffer in
            var at = 0
            for piece in all {
                piece.withUnsafeBufferPointer { p in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[at..<(at + p.count)]).initialize(from: p)
                }
                at += piece.count
            }
            return total
        }
    }

    mutating func beginObject() { beginValue(); bytes.append(UInt8(ascii: "{")); isEmpty.append(true) }
    mutating func endObject() { endContainer(UInt8(ascii: "}")) }
    mutating func beginArray() { beginValue(); bytes.append(UInt8(ascii: "[")); isEmpty.append(true) }
    mutating func endArray() { endContainer(UInt8(ascii: "]")) }

    /// An object member's key; its value comes next.
    mutating func key(_ name: String) {
        beginValue()
        appendQuoted(name)
        if pretty { append(": ") } else { bytes.append(UInt8(ascii: ":")) }
        afterKey = true
    }

    mutating func string(_ s: String) { beginValue(); appendQuoted(s) }
    mutating func string(_ s: String?) { if let s { string(s) } else { null() } }
    mutating func null() { beginValue(); append("null") }
    mutating func bool(_ b: Bool) { beginValue(); append(b ? "true" : "false") }
    mutating func number(_ n: JSONNumber) { beginValue(); append(n.isFinite ? n.description : "null") }
    mutating func number(_ n: Int) {
        beginValue()
        if n >= 0 && n < 10 { bytes.append(UInt8(ascii: "0") + UInt8(n)) } else { append(String(n)) }
    }

    /// `"key": value` for a string (null when nil).
    mutating func member(_ name: String, _ value: String?) { key(name); string(value) }
    /// `"key": n`.
    mutating func member(_ name: String, _ n: Int) { key(name); number(n) }

    /// An array of strings.
    mutating func strings<S: Sequence>(_ items: S) where S.Element == String {
        beginArray()
        for s in items { string(s) }
        endArray()
    }

    private mutating func beginValue() {
        if afterKey { afterKey = false; return }
        guard !isEmpty.isEmpty else { return }
        if isEmpty[isEmpty.count - 1] { isEmpty[isEmpty.count - 1] = false } else { bytes.append(UInt8(ascii: ",")) }
        newline(depth: isEmpty.count)
    }

    private mutating func endContainer(_ close: UInt8) {
        let wasEmpty = isEmpty.removeLast()
        if !wasEmpty { newline(depth: isEmpty.count) }
        bytes.append(close)
    }

    private mutating func newline(depth: Int) {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `s` as a JSON string literal, escaped as `JSONWriter.appendQuoted` does: `"`, `\`, and
    /// control characters, DEL, U+2028 and U+2029 (which some JavaScript parsers reject).
    private mutating func appendQuoted(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            let n = utf8.count
            var runStart = 0
            var i = 0
            func flush(_ end: Int) {
                if end > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
            }
            while i < n {
                let b = utf8[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F && b != 0xE2 { i += 1; continue }
                if b == 0xE2 {
                    // U+2028 / U+2029 are E2 80 A8 / E2 80 A9.
                    guard i + 2 < n, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 else { i += 1; continue }
                    flush(i)
                    append(utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    i += 3
                    runStart = i
                    continue
                }
                flush(i)
                switch b {
                case 0x22: append("\\\"")
                case 0x5C: append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    append("\\u00")
                    bytes.append(hex[Int(b >> 4)])
                    bytes.append(hex[Int(b & 0x0F)])
                }
                i += 1
                runStart = i
            }
            flush(n)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
