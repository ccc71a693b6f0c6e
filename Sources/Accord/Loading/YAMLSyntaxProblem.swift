import CYaml
import JSONSchema

/// A libyaml error turned into a readable, located diagnostic with a rule and a hint.
struct YAMLSyntaxProblem {
    var rule: YAMLRule
    var location: SourceLocation
    var message: String
    var hint: String?

    /// libyaml's compiled-in nesting limit (its global `MAX_NESTING_LEVEL`, left untouched).
    static let libyamlNestingLimit = 1000

    init(_ problem: LibYAMLEventStream.Problem, input: YAMLInputText, limits: LoadLimits) {
        if problem.kind == YAML_READER_ERROR {
            self = Self.readerProblem(problem, input: input)
            return
        }
        location = problem.mark ?? SourceLocation(line: 1, column: 1)
        if problem.kind == YAML_MEMORY_ERROR {
            rule = .syntax
            message = "libyaml ran out of memory while reading the document"
            hint = nil
            return
        }
        if problem.problem.hasPrefix("Maximum nesting level") {
            // libyaml checks its fixed limit against how far its scanner has run ahead, so it
            // reports the outermost collection; find where the nesting actually gets too deep.
            rule = .depth
            if limits.maxDepth < Self.libyamlNestingLimit,
               let deep = input.locationWhereFlowNesting(reaches: limits.maxDepth + 1) {
                location = deep
                message = "nesting is deeper than the limit of \(limits.maxDepth) levels (maxDepth)"
                hint = "flatten the document, or raise the limit if this nesting is intended (LoadLimits.maxDepth; --max-depth on the command line)"
            } else {
                location = input.locationWhereFlowNesting(reaches: Self.libyamlNestingLimit) ?? location
                message = "nesting is deeper than libyaml's own fixed limit of about \(Self.libyamlNestingLimit) levels"
                hint = "flatten the document (LoadLimits.maxDepth cannot raise libyaml's own limit)"
            }
            return
        }
        rule = .syntax
        var text = problem.problem
        if let context = problem.context, let contextMark = problem.contextMark,
           let phrase = Self.contextPhrase(context) {
            if contextMark == location {
                text += " \(phrase)"
            } else {
                text += " (\(phrase) that starts at \(contextMark.line):\(contextMark.column))"
            }
        }
        message = text
        hint = Self.hint(for: problem)
    }

    private init(rule: YAMLRule, location: SourceLocation, message: String, hint: String?) {
        self.rule = rule
        self.location = location
        self.message = message
        self.hint = hint
    }

    private static func readerProblem(_ problem: LibYAMLEventStream.Problem, input: YAMLInputText) -> YAMLSyntaxProblem {
        let isControlCharacter = problem.problem == "control characters are not allowed"
        let offset = isControlCharacter ? problem.byteOffset : input.utf8SequenceStart(containing: problem.byteOffset)
        let location = input.location(ofByteOffset: offset)
        let rule: YAMLRule, message: String, hint: String?
        let codeText = problem.value >= 0 ? String(problem.value, radix: 16, uppercase: true) : nil
        switch problem.problem {
        case _ where isControlCharacter:
            rule = .controlCharacter
            let code = codeText.map { "U+" + String(repeating: "0", count: max(0, 4 - $0.count)) + $0 } ?? "a control character"
            message = "control character \(code) is not allowed in YAML text"
            hint = "remove it; inside a double-quoted string it can be written as an escape such as \"\\u0007\""
        case "input is too long":
            rule = .fileSize
            message = "the input is too long for libyaml"
            hint = nil
        default:
            rule = .encoding
            let encodingName = input.encoding == .utf8 ? "UTF-8" : "UTF-16"
            // The bytes of the bad sequence: from its start through the byte libyaml choked on,
            // or as many as its first byte announces.
            let lead = offset < input.bytes.count ? input.bytes[offset] : 0
            let width = input.encoding != .utf8 ? 2 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            let end = min(problem.byteOffset > offset ? problem.byteOffset + 1 : offset + width, input.bytes.count)
            let shown = input.bytes[min(offset, end)..<end].map { byte in
                let hex = String(byte, radix: 16, uppercase: true)
                return "0x" + (hex.count < 2 ? "0" : "") + hex
            }.joined(separator: " ")
            message = "the file is not valid \(encodingName): \(problem.problem) at byte offset \(offset) (bytes \(shown))"
            hint = "save the file as UTF-8 text"
        }
        return YAMLSyntaxProblem(rule: rule, location: location, message: message, hint: hint)
    }

    /// libyaml's "while parsing a block mapping" as "in the block mapping".
    private static func contextPhrase(_ context: String) -> String? {
        var rest = Substring(context)
        for prefix in ["while scanning ", "while parsing "] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
        }
        if rest.hasPrefix("a ") { return "in the " + rest.dropFirst(2) }
        if rest.hasPrefix("an ") { return "in the " + rest.dropFirst(3) }
        return nil
    }

    private static func hint(for problem: LibYAMLEventStream.Problem) -> String? {
        let p = problem.problem
        let context = problem.context ?? ""
        if p.contains("tab") {
            return "YAML does not allow tabs for indentation; indent with spaces"
        }
        if p == "found character that cannot start any token" {
            return "a tab used for indentation, or a value starting with `@`, `` ` `` or `%`: indent with spaces, or put the value in quotes"
        }
        if p == "mapping values are not allowed in this context", let mark = problem.mark, mark.column > 1024 {
            return "a plain key must fit on one line in at most 1024 characters; shorten it or write it as an explicit `? ` key"
        }
        if p == "mapping values are not allowed in this context" {
            return "a plain value cannot contain \": \"; put the value in quotes"
        }
        if p == "found unexpected end of stream" && context.contains("quoted") {
            return "close the quote"
        }
        if p == "found unknown escape character" || p == "did not find expected hexdecimal number" {
            return "in double quotes a backslash starts an escape: write \\\\ for a backslash, or use single quotes"
        }
        if p == "did not find expected key" || p == "did not find expected '-' indicator" {
            return "check this line's indentation against the lines above it"
        }
        if p.hasPrefix("did not find expected ','") {
            return "close the bracket, or separate the items with commas"
        }
        if p == "found incompatible YAML document" {
            return "only YAML 1.x documents can be read; remove the %YAML directive or write %YAML 1.2"
        }
        if p == "found undefined tag handle" {
            return "declare the handle with a %TAG directive, or remove the tag"
        }
        if p == "block sequence entries are not allowed in this context" {
            return "a `- ` list must start on its own line, indented under its key"
        }
        if p == "could not find expected ':'" {
            return "a key must be followed by `:` on the same line, within 1024 characters"
        }
        return nil
    }
}
