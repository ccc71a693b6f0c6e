import JSONSchema

/// Loads one YAML document into a `JSONValue` tree where every node (and every mapping key)
/// carries its 1-based line and column, columns counted in Unicode scalars as libyaml counts
/// them.
///
/// Reads libyaml's events directly and builds the tree with an explicit stack, so loading costs
/// little more than libyaml's own parsing and deep nesting never overflows the call stack.
///
/// Semantics (YAML 1.2 core schema, as JSON):
/// - Plain scalars: `null`/`Null`/`NULL`/`~`/empty → null; `true`/`True`/`TRUE`/`false`/… →
///   booleans; `[-+]?[0-9]+`, `0o…`, `0x…` → integers; `1.5`, `.5`, `1.`, `1e3`, `.inf`,
///   `-.Inf`, `.nan` → numbers (decimal text is kept exactly, `1.10` stays `1.10`); anything
///   else → string. Quoted and block scalars are strings.
/// - Tags `!!str !!int !!float !!bool !!null !!map !!seq` are honoured; `!` makes a string;
///   other tags are errors (`yaml-unknown-tag`).
/// - Mapping keys are the key's text (`200:` is the key "200"); keys must be scalars.
/// - Aliases are expanded (JSON has no references); the expanded copy shares storage and
///   takes the alias's location at its root, inner nodes keep the anchored node's locations.
/// - `<<` merge keys are not applied (YAML 1.2 has none): error `yaml-merge-key`.
/// - UTF-8 (with or without byte order mark) and UTF-16 with a byte order mark are read;
///   locations count characters either way. UTF-32 is rejected (`yaml-encoding`); UTF-16 or
///   UTF-32 without a byte order mark is rejected as binary (`yaml-binary`: it holds NUL bytes).
///
/// - `.inf`/`.nan` become non-finite `JSONNumber(Double)` values, which JSON text cannot spell.
///
/// Every diagnostic has a location, a stable rule id, a hint and (for problems inside the tree)
/// the JSON Pointer of its node. The rule ids (see `YAMLRule` for what the tree holds after each):
/// fatal `yaml-file-size`, `yaml-binary`, `yaml-encoding`, `yaml-control-character`,
/// `yaml-syntax`, `yaml-empty`, `yaml-depth`, `yaml-scalar-length`, `yaml-alias-budget`;
/// recovered errors `yaml-multiple-documents`, `yaml-undefined-alias`, `yaml-recursive-alias`,
/// `yaml-unknown-tag`, `yaml-tag-mismatch`, `yaml-number-too-large`, `yaml-complex-key`,
/// `duplicate-key`, `yaml-merge-key`, `yaml-too-many-diagnostics`; warnings `yaml-version-directive`, `yaml11-boolean`, `yaml11-sexagesimal`,
/// `yaml11-octal`, `yaml11-number`.
public struct YAMLLoader: Sendable {
    /// Resource limits; see `LoadLimits` for the defaults.
    public var limits: LoadLimits
    /// Warn about plain scalars that YAML 1.1 tools read differently (`no`, `on`, `1:20`, `010`,
    /// `1_000`): rules `yaml11-boolean`, `yaml11-sexagesimal`, `yaml11-octal`, `yaml11-number`.
    /// Only scalar values are checked, not keys.
    public var reportsYAML11Ambiguities: Bool
    /// Inputs at least this large are parsed by libyaml on a thread of its own, ahead of the
    /// tree builder (the result is the same either way; tests set it to compare both paths).
    var readAheadThreshold = LibYAMLEventStream.readAheadThreshold

    public init(limits: LoadLimits = .default, reportsYAML11Ambiguities: Bool = true) {
        self.limits = limits
        self.reportsYAML11Ambiguities = reportsYAML11Ambiguities
    }

    /// Loads the document in `bytes`; `file` names it in diagnostics.
    public func load(_ bytes: [UInt8], file: String) -> LoadResult {
        bytes.withUnsafeBufferPointer { load(buffer: $0, file: file) }
    }

    /// Loads the document in `text`.
    public func load(_ text: String, file: String) -> LoadResult {
        var text = text
        return text.withUTF8 { load(buffer: $0, file: file) }
    }

    /// Loads the document in raw memory (e.g. a memory-mapped file or `Data`'s bytes).
    public func load(_ buffer: UnsafeRawBufferPointer, file: String) -> LoadResult {
        load(buffer: buffer.bindMemory(to: UInt8.self), file: file)
    }

    private func load(buffer: UnsafeBufferPointer<UInt8>, file: String) -> LoadResult {
        func fatal(_ rule: YAMLRule, _ location: SourceLocation, _ message: String, hint: String?) -> LoadResult {
            LoadResult(value: nil, diagnostics: [
                Diagnostic(file: file, location: location, severity: .error, message: message,
                           rule: rule.rawValue, hint: hint),
            ])
        }
        let start = SourceLocation(line: 1, column: 1)
        guard buffer.count <= limits.maxFileSize else {
            return fatal(.fileSize, start,
                         "the file is \(buffer.count) bytes, more than the limit of \(limits.maxFileSize) bytes (maxFileSize)",
                         hint: "raise the limit if a file this large is intended (LoadLimits.maxFileSize; --max-file-size on the command line)")
        }
        guard let base = buffer.baseAddress, !buffer.isEmpty else {
            return fatal(.empty, start, "the file is empty: it holds no YAML document",
                         hint: "write the plan as a YAML mapping, starting with `id:` and `title:`")
        }
        // Started first: a large input is then parsed ahead while the checks below scan it (if
        // one of them fails, the stream is stopped unread).
        let events = LibYAMLEventStream(base: base, count: buffer.count, readAheadThreshold: readAheadThreshold)
        let input = YAMLInputText(buffer)
        if input.hasUTF32ByteOrderMark {
            return fatal(.encoding, start, "the file is UTF-32 text, which YAML readers do not support",
                         hint: "save the file as UTF-8")
        }
        if let nul = input.firstNULOffset() {
            return fatal(.binary, input.location(ofByteOffset: nul),
                         "the file contains a NUL byte (at byte offset \(nul)): it is binary data, not YAML text",
                         hint: "YAML files are UTF-8 text; a file saved as UTF-16 or UTF-32 without a byte order mark looks like this too — save it as UTF-8")
        }
        var builder = YAMLTreeBuilder(file: file, limits: limits, reportsYAML11Ambiguities: reportsYAML11Ambiguities)
        let value = builder.build(from: events, input: input)
        return LoadResult(value: value, diagnostics: builder.diagnostics)
    }
}
