/// The stable rule ids of every diagnostic `YAMLLoader` emits, with what the loaded tree holds
/// afterwards. "Fatal" rules stop loading (`LoadResult.value` is nil); the others are recovered
/// from as described.
public enum YAMLRule: String, Sendable, CaseIterable {
    // MARK: Fatal: the input cannot be read as one YAML document.

    /// The input is larger than `LoadLimits.maxFileSize`. Fatal; located at 1:1.
    case fileSize = "yaml-file-size"
    /// The input contains a NUL byte (binary data, or UTF-16/32 text without a byte order mark).
    /// Checked before parsing. Fatal; located at the first NUL.
    case binary = "yaml-binary"
    /// The input is not valid UTF-8 (or UTF-16 after a UTF-16 byte order mark). Fatal; located
    /// at the first bad byte.
    case encoding = "yaml-encoding"
    /// A control character that YAML does not allow in a document. Fatal; located at it.
    case controlCharacter = "yaml-control-character"
    /// libyaml's scanner or parser rejected the text (bad indentation, tabs, unclosed quotes or
    /// brackets, …). Fatal; located where libyaml found the problem.
    case syntax = "yaml-syntax"
    /// The stream holds no document (empty, or only comments and whitespace). Fatal; at 1:1.
    case empty = "yaml-empty"
    /// Collections nested deeper than `LoadLimits.maxDepth`. Fatal; at the first collection
    /// that is too deep.
    case depth = "yaml-depth"
    /// A scalar longer than `LoadLimits.maxScalarLength`. Fatal; at the scalar.
    case scalarLength = "yaml-scalar-length"
    /// Alias expansion added more nodes or more text than the alias budget (see
    /// `LoadLimits.maxAliasExpansion` and `maxAliasExpansionBytes`). Fatal; at the alias that
    /// went over.
    case aliasBudget = "yaml-alias-budget"

    // MARK: Errors recovered from: loading goes on.

    /// A second document in the stream. Error at the start of the second document; the value is
    /// the first document and the rest of the stream is not read.
    case multipleDocuments = "yaml-multiple-documents"
    /// `*name` with no preceding `&name`. Error at the alias; null takes its place.
    case undefinedAlias = "yaml-undefined-alias"
    /// `*name` inside the node anchored `&name` (a cycle, which JSON cannot hold). Error at the
    /// alias; null takes its place.
    case recursiveAlias = "yaml-recursive-alias"
    /// A tag other than `!`, `!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!map`, `!!seq`
    /// (e.g. `!foo`, `!!binary`, `!!timestamp`, `!!set`, `!!python/object`). Error at the node;
    /// the node is loaded as if it had no tag.
    case unknownTag = "yaml-unknown-tag"
    /// A core tag on content it does not fit (`!!int abc`, `!!map` on a sequence, `!!str` on a
    /// mapping). Error at the node; scalars are loaded as strings, collections as what they are.
    case tagMismatch = "yaml-tag-mismatch"
    /// A hexadecimal or octal integer with more than 4,096 significant digits. Error at the
    /// scalar; it is loaded as a string.
    case numberTooLarge = "yaml-number-too-large"
    /// A mapping key that is a sequence, a mapping, or an alias to one. Error at the key; the
    /// member is left out.
    case complexKey = "yaml-complex-key"
    /// A key that appears twice in one mapping. Error at the second occurrence, naming the
    /// first; the first member is kept.
    case duplicateKey = "duplicate-key"
    /// A plain `<<` key. YAML 1.2 has no merge keys, so tools disagree on what it means. Error
    /// at the key; the member is left out. A quoted `"<<"` is an ordinary key.
    case mergeKey = "yaml-merge-key"

    /// More diagnostics than `LoadLimits.maxDiagnostics`: the rest are summed up in one
    /// diagnostic (as severe as the worst of them) at the first one left out. Not fatal.
    case tooManyDiagnostics = "yaml-too-many-diagnostics"

    // MARK: Warnings.

    /// A `%YAML 1.1` (or other non-1.2) directive: the document is still read by YAML 1.2 rules,
    /// so values like `no` may not mean what its author intended. Warning at the directive.
    case versionDirective = "yaml-version-directive"

    // MARK: Warnings (only with `YAMLLoader.reportsYAML11Ambiguities`), plain scalar values only.

    /// `yes`, `no`, `on`, `off`, `y`, `n` (any case form YAML 1.1 knows): strings in YAML 1.2,
    /// booleans to YAML 1.1 tools.
    case yaml11Boolean = "yaml11-boolean"
    /// `1:20`, `190:20:30`: strings in YAML 1.2, base-60 numbers to YAML 1.1 tools.
    case yaml11Sexagesimal = "yaml11-sexagesimal"
    /// `010`, `09`: decimal integers in YAML 1.2, octal (or strings) to YAML 1.1 tools.
    case yaml11Octal = "yaml11-octal"
    /// `1_000`, `0b101`, `0o17`, `1e3`: YAML 1.2 and YAML 1.1 tools disagree on whether these
    /// are numbers.
    case yaml11Number = "yaml11-number"

    /// Whether this problem stops loading (`LoadResult.value` is nil).
    public var stopsLoading: Bool {
        switch self {
        case .fileSize, .binary, .encoding, .controlCharacter, .syntax, .empty, .depth, .scalarLength, .aliasBudget:
            return true
        default:
            return false
        }
    }
}
