/// An RFC 6901 JSON Pointer: a path of reference tokens (`/points/3/text`).
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// The unescaped reference tokens, outermost first.
    public var tokens: [String]

    public init(_ tokens: [String] = []) { self.tokens = tokens }

    /// The empty pointer (the whole document).
    public static let root = JSONPointer()

    /// Parses the string form (`""`, `"/a/b~1c"`); nil when it does not start with `/` or has
    /// a bad `~` escape.
    public init?(parsing text: String) {
        if text.isEmpty { self.init(); return }
        guard text.hasPrefix("/") else { return nil }
        var tokens: [String] = []
        for raw in text.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let t = JSONPointer.unescape(raw) else { return nil }
            tokens.append(t)
        }
        self.init(tokens)
    }

    /// Parses a URI fragment (percent-encoded pointer, without the `#`).
    public init?(uriFragment: String) {
        guard let decoded = URIReference.percentDecode(uriFragment) else { return nil }
        self.init(parsing: decoded)
    }

    private static func unescape(_ raw: Substring) -> String? {
        guard raw.contains("~") else { return String(raw) }
        var out = ""
        var it = raw.makeIterator()
        while let c = it.next() {
            if c == "~" {
                switch it.next() {
                case "0": out.append("~")
                case "1": out.append("/")
                default: return nil
                }
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func escape(_ token: String) -> String {
        // A byte scan (not Foundation's substring search): tokens without `~`/`/` bytes are the
        // common case; the character loop below handles the rest exactly as before.
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        var out = ""
        for c in token {
            switch c {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.append(c)
            }
        }
        return out
    }

    public var description: String {
        var s = ""
        for t in tokens {
            s += "/"
            s += JSONPointer.escape(t)
        }
        return s
    }

    /// The pointer as a URI fragment (percent-encoded, without `#`).
    public var uriFragment: String { URIReference.percentEncodeFragment(description) }

    public func appending(_ token: String) -> JSONPointer {
        var p = self
        p.tokens.append(token)
        return p
    }

    public func appending(_ index: Int) -> JSONPointer { appending(String(index)) }

    public func appending(contentsOf other: JSONPointer) -> JSONPointer {
        var p = self
        p.tokens.append(contentsOf: other.tokens)
        return p
    }

    public var isRoot: Bool { tokens.isEmpty }

    /// The value this pointer designates inside `document`, or nil.
    public func resolve(in document: JSONValue) -> JSONValue? {
        var current = document
        for t in tokens {
            switch current.kind {
            case .object(let o):
                guard let v = o[t] else { return nil }
                current = v
            case .array(let a):
                guard let i = JSONPointer.arrayIndex(t), i < a.count else { return nil }
                current = a[i]
            default:
                return nil
            }
        }
        return current
    }

    static func arrayIndex(_ token: String) -> Int? {
        guard !token.isEmpty, token.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        if token.count > 1 && token.hasPrefix("0") { return nil }
        return Int(token)
    }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.tokens.lexicographicallyPrecedes(rhs.tokens)
    }
}
