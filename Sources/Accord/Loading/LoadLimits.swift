/// Resource limits that keep hostile or broken YAML from exhausting memory, stack or time.
///
/// Every limit is checked while loading; going past one stops loading with a located error that
/// names the limit, its value and how to raise it. The defaults are far above anything an honest
/// plan needs (a 100,000-point plan is about 45 MB, nests a handful of levels, and has no aliases).
public struct LoadLimits: Sendable, Hashable {
    /// Largest input accepted, in bytes (rule `yaml-file-size`). Default 256 MiB.
    public var maxFileSize: Int
    /// Deepest nesting of sequences and mappings (rule `yaml-depth`): the root collection is at
    /// depth 1. Default 512. libyaml itself stops at about 1,000 levels whatever this says.
    public var maxDepth: Int
    /// Longest scalar accepted, in bytes of UTF-8 (rule `yaml-scalar-length`). Default 16 MiB.
    public var maxScalarLength: Int
    /// Nodes that alias expansion (`*name`) may add to the tree (rule `yaml-alias-budget`).
    /// The effective budget is the larger of this value and the number of nodes written out
    /// literally in the document so far, so big honest documents scale and a billion-laughs
    /// file stops after at most this many expanded nodes. Default 1,000,000.
    public var maxAliasExpansion: Int
    /// Bytes of scalar text that alias expansion may add (rule `yaml-alias-budget`): the larger
    /// of this and the file's size. Stops a long text aliased many times, which costs few nodes
    /// but multiplies the work of everything that reads the tree. Default 64 MiB.
    public var maxAliasExpansionBytes: Int
    /// Most diagnostics listed for one document (rule `yaml-too-many-diagnostics` sums up the
    /// rest), so that a file of a million `no` values cannot fill memory with warnings.
    /// Default 1,000.
    public var maxDiagnostics: Int

    public init(
        maxFileSize: Int = 256 << 20,
        maxDepth: Int = 512,
        maxScalarLength: Int = 16 << 20,
        maxAliasExpansion: Int = 1_000_000,
        maxAliasExpansionBytes: Int = 64 << 20,
        maxDiagnostics: Int = 1_000
    ) {
        self.maxFileSize = maxFileSize
        self.maxDepth = maxDepth
        self.maxScalarLength = maxScalarLength
        self.maxAliasExpansion = maxAliasExpansion
        self.maxAliasExpansionBytes = maxAliasExpansionBytes
        self.maxDiagnostics = maxDiagnostics
    }

    /// The documented defaults.
    public static let `default` = LoadLimits()
}
