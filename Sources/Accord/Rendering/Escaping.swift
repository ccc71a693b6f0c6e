/// Escaping of untrusted plan text for each output format. Every renderer passes every piece of
/// document text through one of these before writing it.
public enum Escaping {
    /// Text safe for a terminal: control characters (ESC, CR, BEL, C1 controls, …) become
    /// visible `\u{…}`-style escapes; tabs become spaces; line breaks become spaces unless
    /// `keepNewlines`. Bidirectional overrides are escaped too.
    public static func terminal(_ s: String, keepNewlines: Bool = false) -> String {
        var needs = false
        for u in s.unicodeScalars where isUnsafeForTerminal(u) || u == "\n" || u == "\t" {
            needs = true
            break
        }
        if !needs { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u == "\n" {
                if keepNewlines { out.append(u) } else { out.append(" ") }
            } else if u == "\t" {
                out.append(" ")
            } else if isUnsafeForTerminal(u) {
                out.append(contentsOf: visible(u).unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    static func isUnsafeForTerminal(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x20 { return u != "\n" && u != "\t" }
        if v == 0x7F || (0x80...0x9F).contains(v) { return true }
        return isBidiControl(u)
    }

    /// Bidi embedding, override and isolate controls: invisible, and able to reorder what a
    /// reader sees ("Trojan Source"). Every format shows them as a visible `\u{202E}`.
    static func isBidiControl(_ u: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
    }

    static func visible(_ u: Unicode.Scalar) -> String {
        "\\u{\(String(u.value, radix: 16, uppercase: true))}"
    }

    /// Text safe inside HTML element content and double-quoted attribute values; control
    /// characters become U+FFFD, bidi controls a visible escape.
    public static func html(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if u.value < 0x20 && u != "\n" && u != "\t" || (0x7F...0x9F).contains(u.value) {
                    out += "&#xFFFD;"
                } else if isBidiControl(u) {
                    out += visible(u)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }

    /// Text safe inline in Markdown (paragraphs, list items and table cells), never at the very
    /// start of a line: inline Markdown metacharacters are backslash-escaped, HTML is entity-escaped, `|` cannot break a table, line breaks become spaces,
    /// control characters are dropped, bidi controls become a visible escape.
    public static func markdown(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                out += "\\"
                out.unicodeScalars.append(u)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\t": out += " "
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) { continue }
                if isBidiControl(u) {
                    out += "\\" + visible(u)
                    continue
                }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
