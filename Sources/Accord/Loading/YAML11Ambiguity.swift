/// Plain scalars that YAML 1.1 tools (PyYAML, many editors and linters) read differently from
/// the YAML 1.2 core schema this loader uses.
struct YAML11Ambiguity: Equatable {
    var rule: YAMLRule
    var message: String
    var hint: String

    /// The ambiguity of a plain, untagged scalar `text`, if any.
    static func of(_ text: UnsafeBufferPointer<UInt8>) -> YAML11Ambiguity? {
        guard let first = text.first, text.count <= 64 else { return nil }
        // Fast exit for the common case: text that starts with a letter YAML 1.1 cares nothing about.
        switch first {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
             UInt8(ascii: "o"), UInt8(ascii: "O"):
            guard text.count <= 3 else { return nil }  // yes, no, on, off, y, n
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"):
            break
        default:
            return nil
        }
        let s = String(decoding: text, as: UTF8.self)
        if let b = yaml11Booleans[s] {
            return YAML11Ambiguity(
                rule: .yaml11Boolean,
                message: "plain `\(s)` is a string here but YAML 1.1 tools read it as \(b); quote it",
                hint: "write \"\(s)\" (quoted) to keep the text, or \(b) if a boolean was meant")
        }
        let bytes = Array(text)
        var body = bytes[...]
        var sign = ""
        let hasSign = first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
        if let f = body.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") {
            sign = f == UInt8(ascii: "-") ? "-" : ""
            body = body.dropFirst()
        }
        guard let lead = body.first, YAMLCoreSchema.isDigit(lead) else { return nil }
        if body.contains(UInt8(ascii: ":")) { return sexagesimal(s, body, sign: sign) }
        let quoted = "\"\(s)\""
        // Leading zeros: `010` is 10 in YAML 1.2, octal 8 (or, with an 8 or 9, a string) in 1.1.
        if lead == UInt8(ascii: "0"), body.count > 1, body.allSatisfy(YAMLCoreSchema.isDigit) {
            let digits = body.dropFirst()
            let decimal = String(decoding: body.drop { $0 == UInt8(ascii: "0") }, as: UTF8.self)
            let decimalText = sign + (decimal.isEmpty ? "0" : decimal)
            let reading: String
            if digits.allSatisfy({ $0 < UInt8(ascii: "8") }), let octal = Int(String(decoding: digits, as: UTF8.self), radix: 8) {
                reading = "as octal \(sign)\(octal)"
            } else {
                reading = "as the string \(quoted)"
            }
            return YAML11Ambiguity(
                rule: .yaml11Octal,
                message: "plain `\(s)` is the number \(decimalText) here but YAML 1.1 tools read it \(reading); quote it or drop the leading zero",
                hint: "write \(quoted) for a label, or \(decimalText) for the number")
        }
        // Numbers only one of the two versions accepts.
        let hasUnderscore = body.contains(UInt8(ascii: "_"))
        let isBinary = body.count > 2 && body[body.startIndex + 1] == UInt8(ascii: "b") && lead == UInt8(ascii: "0")
        let isOctal12 = !hasSign && body.count > 2 && lead == UInt8(ascii: "0")
            && body[body.startIndex + 1] == UInt8(ascii: "o")
        let isExponentWithoutDot = !body.contains(UInt8(ascii: ".")) && (body.contains(UInt8(ascii: "e")) || body.contains(UInt8(ascii: "E")))
        let isNumber12: Bool
        if case .number = YAMLCoreSchema.float(text) { isNumber12 = true } else { isNumber12 = false }
        if isNumber12 && (isOctal12 || isExponentWithoutDot) {
            return YAML11Ambiguity(
                rule: .yaml11Number,
                message: "plain `\(s)` is a number here but YAML 1.1 tools read it as a string; quote it if it is text",
                hint: "write \(quoted) for text; for a number prefer plain decimal digits")
        }
        if !isNumber12 && (isBinary || hasUnderscore) && looksLikeYAML11Number(body) {
            return YAML11Ambiguity(
                rule: .yaml11Number,
                message: "plain `\(s)` is a string here but YAML 1.1 tools read it as a number; quote it",
                hint: "write \(quoted) to keep the text, or plain decimal digits without `_` for a number")
        }
        return nil
    }

    /// YAML 1.1 integers and floats with `_` separators or `0b` binary digits.
    private static func looksLikeYAML11Number(_ body: ArraySlice<UInt8>) -> Bool {
        if body.count > 2, body[body.startIndex] == UInt8(ascii: "0"), body[body.startIndex + 1] == UInt8(ascii: "b") {
            return body.dropFirst(2).allSatisfy { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") || $0 == UInt8(ascii: "_") }
        }
        var seenDot = false
        for c in body {
            if YAMLCoreSchema.isDigit(c) || c == UInt8(ascii: "_") { continue }
            if c == UInt8(ascii: "."), !seenDot { seenDot = true; continue }
            return false
        }
        return true
    }

    /// `190:20:30` and `1:20.5`: YAML 1.1 base-60 integers and floats.
    private static func sexagesimal(_ s: String, _ body: ArraySlice<UInt8>, sign: String) -> YAML11Ambiguity? {
        let text = String(decoding: body, as: UTF8.self)
        var parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { return nil }
        var fraction = ""
        if let dot = parts[parts.count - 1].firstIndex(of: ".") {
            fraction = String(parts[parts.count - 1][dot...])
            parts[parts.count - 1] = String(parts[parts.count - 1][..<dot])
            guard fraction.dropFirst().allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") }) else { return nil }
        }
        let head = parts[0].replacingUnderscores()
        guard !head.isEmpty, head.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        // YAML 1.1's integer form needs a non-zero first digit; its float form allows any.
        if fraction.isEmpty, head.first == "0" { return nil }
        var value = Int(head) ?? 0
        for part in parts.dropFirst() {
            guard (1...2).contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let v = Int(part), v < 60 else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: 60)
            let (a, o2) = m.addingReportingOverflow(v)
            guard !o1, !o2 else { return nil }
            value = a
        }
        let reading = "\(sign)\(value)\(fraction.replacingUnderscores())"
        return YAML11Ambiguity(
            rule: .yaml11Sexagesimal,
            message: "plain `\(s)` is a string here but YAML 1.1 tools read it as the base-60 number \(reading); quote it",
            hint: "write \"\(s)\" (quoted) to keep the text")
    }

    /// YAML 1.1 boolean spellings that are strings in YAML 1.2, with the value 1.1 gives them.
    private static let yaml11Booleans: [String: Bool] = [
        "y": true, "Y": true, "yes": true, "Yes": true, "YES": true,
        "n": false, "N": false, "no": false, "No": false, "NO": false,
        "on": true, "On": true, "ON": true, "off": false, "Off": false, "OFF": false,
    ]
}

private extension String {
    func replacingUnderscores() -> String { filter { $0 != "_" } }
}
