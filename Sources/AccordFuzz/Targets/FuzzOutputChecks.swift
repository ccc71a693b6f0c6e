import Accord
import JSONSchema

/// Invariants on rendered output and diagnostics that hold whatever the input was.
struct FuzzOutputChecks {
    /// The target the checks report for.
    var target: String

    func fail(_ message: String) -> FuzzInvariantViolation {
        FuzzInvariantViolation(target: target, message: message)
    }

    /// Terminal text without colours: no ESC or other control characters (except line feeds),
    /// no DEL, no C1 controls, no bidirectional overrides.
    func terminalSafe(_ text: String, _ what: String) throws(FuzzInvariantViolation) {
        for (offset, u) in text.unicodeScalars.enumerated() {
            let v = u.value
            let unsafe = (v < 0x20 && u != "\n") || v == 0x7F || (0x80...0x9F).contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            if unsafe {
                throw fail("\(what): raw U+\(String(v, radix: 16, uppercase: true)) at scalar \(offset) in terminal text: \(excerpt(text, around: offset))")
            }
        }
    }

    /// HTML output: only the tags and attributes the renderers write, attribute values quoted
    /// and free of `"`, `<`, `>`; no raw control characters.
    func htmlSafe(_ html: String, _ what: String, allowedTags: Set<String>) throws(FuzzInvariantViolation) {
        let lower = html.lowercased()
        if lower.contains("<script") { throw fail("\(what): HTML contains <script") }
        let scalars = Array(html.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let u = scalars[i]
            if (u.value < 0x20 && u != "\n" && u != "\t") || u.value == 0x7F {
                throw fail("\(what): raw control U+\(String(u.value, radix: 16)) in HTML at scalar \(i)")
            }
            if u == ">" { throw fail("\(what): stray '>' in HTML text at scalar \(i): \(excerpt(html, around: i))") }
            guard u == "<" else { i += 1; continue }
            // A tag: <name attr="value" …> or </name> or <!DOCTYPE html>.
            var j = i + 1
            let closingTag = j < scalars.count && scalars[j] == "/"
            if closingTag { j += 1 }
            var name = ""
            while j < scalars.count, isTagNameScalar(scalars[j]) {
                name.unicodeScalars.append(scalars[j]); j += 1
            }
            guard allowedTags.contains(name.lowercased()) else {
                throw fail("\(what): unexpected tag <\(name) at scalar \(i): \(excerpt(html, around: i))")
            }
            // Attributes until '>': name="value" pairs with values free of '<' and '"'.
            while j < scalars.count, scalars[j] != ">" {
                let c = scalars[j]
                if c == "<" { throw fail("\(what): '<' inside tag <\(name) at scalar \(j)") }
                if c == "\"" {
                    j += 1
                    while j < scalars.count, scalars[j] != "\"" {
                        if scalars[j] == "<" || scalars[j] == ">" {
                            throw fail("\(what): raw '\(scalars[j])' in attribute value of <\(name) at scalar \(j)")
                        }
                        j += 1
                    }
                } else if c == "'" {
                    throw fail("\(what): single-quoted attribute in <\(name) at scalar \(j)")
                } else if c.properties.isAlphabetic {
                    var attribute = ""
                    while j < scalars.count, isTagNameScalar(scalars[j]) || scalars[j] == "-" {
                        attribute.unicodeScalars.append(scalars[j]); j += 1
                    }
                    if attribute.lowercased().hasPrefix("on") || attribute.lowercased() == "style" || attribute.lowercased() == "href" || attribute.lowercased() == "src" {
                        throw fail("\(what): dangerous attribute \(attribute) in <\(name)")
                    }
                    continue
                }
                j += 1
            }
            if j >= scalars.count { throw fail("\(what): unterminated tag <\(name)") }
            i = j + 1
            if name.lowercased() == "style" && !closingTag {
                // Skip the stylesheet's text, up to </style>.
                let closing = Array("</style".unicodeScalars)
                var k = i
                while k + closing.count <= scalars.count,
                      !zip(scalars[k..<(k + closing.count)], closing).allSatisfy({ String($0.0).lowercased() == String($0.1) }) {
                    k += 1
                }
                if k + closing.count > scalars.count { throw fail("\(what): <style> without </style>") }
                i = k
            }
        }
    }

    private func isTagNameScalar(_ u: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(u) || ("A"..."Z").contains(u) || ("0"..."9").contains(u) || u == "!"
    }

    /// Markdown output: no control characters except line feeds, no raw HTML tags, and every
    /// table row has as many unescaped `|` as its table's header row.
    func markdownSafe(_ markdown: String, _ what: String, allowedTags: Set<String> = []) throws(FuzzInvariantViolation) {
        for (offset, u) in markdown.unicodeScalars.enumerated() {
            if (u.value < 0x20 && u != "\n") || u.value == 0x7F || (0x80...0x9F).contains(u.value) {
                throw fail("\(what): raw control U+\(String(u.value, radix: 16)) in Markdown at scalar \(offset)")
            }
        }
        var tablePipes: Int?
        for (number, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            var pipes = 0
            var escaped = false
            for (k, u) in scalars.enumerated() {
                if escaped { escaped = false; continue }
                if u == "\\" { escaped = true; continue }
                if u == "|" { pipes += 1 }
                if u == "<", k + 1 < scalars.count,
                   scalars[k + 1].properties.isAlphabetic || scalars[k + 1] == "/" || scalars[k + 1] == "!" || scalars[k + 1] == "?" {
                    var tag = ""
                    var m = k + 1
                    while m < scalars.count, scalars[m] != ">", scalars[m] != " " { tag.unicodeScalars.append(scalars[m]); m += 1 }
                    if allowedTags.contains(tag.lowercased()) { continue }
                    throw fail("\(what): raw HTML tag in Markdown line \(number + 1): \(line.prefix(120))")
                }
            }
            if line.hasPrefix("|") {
                if let expected = tablePipes {
                    if pipes != expected {
                        throw fail("\(what): Markdown table row at line \(number + 1) has \(pipes) cell separators, the header has \(expected): \(line.prefix(160))")
                    }
                } else {
                    tablePipes = pipes
                }
            } else {
                tablePipes = nil
                if pipes > 0 && line.hasPrefix("-") == false && line.contains("---|") {
                    throw fail("\(what): table delimiter row outside a table at line \(number + 1)")
                }
            }
        }
    }

    /// JSON output parses back as JSON.
    func jsonParses(_ json: String, _ what: String) throws(FuzzInvariantViolation) {
        do {
            _ = try JSONParser(maxDepth: 100_000, rejectDuplicateKeys: false).parse(bytes: Array(json.utf8))
        } catch {
            throw fail("\(what): rendered JSON does not parse: \(error)")
        }
    }

    /// Every diagnostic names `file`, has a known location inside the input, a rule from
    /// `knownRules` (when given), a message; and formats to terminal-safe plain text.
    func diagnostics(_ diagnostics: [Diagnostic], file: String, inputSize: Int, knownRules: Set<String>?) throws(FuzzInvariantViolation) {
        let formatter = DiagnosticFormatter(style: .plain)
        for d in diagnostics {
            if d.file != file { throw fail("diagnostic names file \(d.file), not \(file): \(d.message)") }
            if !d.location.isKnown || d.location.column < 1 {
                throw fail("diagnostic without a location (\(d.location)): [\(d.rule)] \(d.message)")
            }
            if Int(d.location.line) > inputSize + 1 || Int(d.location.column) > inputSize + 1 {
                throw fail("diagnostic location \(d.location) beyond a \(inputSize)-byte input: [\(d.rule)] \(d.message)")
            }
            if d.rule.isEmpty { throw fail("diagnostic without a rule: \(d.message)") }
            if let knownRules, !knownRules.contains(d.rule) {
                throw fail("diagnostic with unknown rule \(d.rule): \(d.message)")
            }
            if d.message.isEmpty { throw fail("diagnostic [\(d.rule)] with an empty message") }
            try terminalSafe(formatter.text(d), "diagnostic [\(d.rule)]")
            try jsonParses(JSONWriter(pretty: false).string(DiagnosticFormatter.json(d)), "diagnostic JSON [\(d.rule)]")
        }
    }

    /// Every node of `value` (and every member key) has a known location.
    func locations(_ value: JSONValue, path: String = "") throws(FuzzInvariantViolation) {
        var stack: [(JSONValue, String)] = [(value, path)]
        while let (node, path) = stack.popLast() {
            if !node.location.isKnown { throw fail("node at '\(path)' has no location") }
            switch node.kind {
            case .array(let items):
                for (i, item) in items.enumerated() { stack.append((item, path + "/\(i)")) }
            case .object(let object):
                for member in object.members {
                    if !member.keyLocation.isKnown { throw fail("key '\(path)/\(member.key)' has no location") }
                    stack.append((member.value, path + "/" + member.key))
                }
            default: break
            }
        }
    }

    /// `a` and `b` hold the same JSON, members in the same order; non-finite numbers (which JSON
    /// cannot spell) equal null.
    func sameJSON(_ a: JSONValue, _ b: JSONValue, _ what: String) throws(FuzzInvariantViolation) {
        var stack: [(JSONValue, JSONValue, String)] = [(a, b, "")]
        while let (x, y, path) = stack.popLast() {
            switch (x.kind, y.kind) {
            case (.null, .null): continue
            case (.number(let n), .null) where !n.isFinite: continue
            case (.bool(let p), .bool(let q)) where p == q: continue
            case (.number(let p), .number(let q)) where p == q: continue
            case (.string(let p), .string(let q)) where p == q: continue
            case (.array(let p), .array(let q)) where p.count == q.count:
                for i in p.indices { stack.append((p[i], q[i], path + "/\(i)")) }
            case (.object(let p), .object(let q)) where p.count == q.count:
                for (m, n) in zip(p.members, q.members) {
                    if m.key != n.key { throw fail("\(what): key '\(m.key)' became '\(n.key)' at '\(path)'") }
                    stack.append((m.value, n.value, path + "/" + m.key))
                }
            default:
                throw fail("\(what): '\(path)' differs: \(JSONWriter(pretty: false).string(x).prefix(80)) vs \(JSONWriter(pretty: false).string(y).prefix(80))")
            }
        }
    }

    private func excerpt(_ text: String, around offset: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        let from = max(0, offset - 30), to = min(scalars.count, offset + 30)
        var out = ""
        for u in scalars[from..<to] {
            if u.value < 0x20 || u.value == 0x7F { out += "\\u{\(String(u.value, radix: 16))}" } else { out.unicodeScalars.append(u) }
        }
        return out
    }
}

extension FuzzOutputChecks {
    /// `text` without the SGR sequences (`ESC [ digits ; … m`) that `TerminalStyle` writes, so
    /// that what remains must be as safe as uncoloured text.
    static func removingStyleSequences(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\u{1B}", i + 1 < scalars.count, scalars[i + 1] == "[" {
                var j = i + 2
                while j < scalars.count, ("0"..."9").contains(scalars[j]) || scalars[j] == ";" { j += 1 }
                if j < scalars.count, scalars[j] == "m" { i = j + 1; continue }
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }
}
