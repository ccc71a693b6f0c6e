import Accord
import JSONSchema

/// Loads raw bytes as YAML with small limits (so hostile inputs stay fast) and checks: a failed
/// load always says why; every diagnostic is located, has a known YAML rule and prints safely;
/// every node of the tree is located; the tree survives a JSON write/parse round trip.
struct YAMLFuzzTarget {
    /// Small limits: a fuzz input is at most a few KiB, so these are what it can reach.
    static let limits = LoadLimits(maxFileSize: 1 << 20, maxDepth: 64, maxScalarLength: 64 << 10, maxAliasExpansion: 20_000)
    static let knownRules = Set(YAMLRule.allCases.map(\.rawValue))
    static let file = "fuzz.yaml"

    func run(_ bytes: [UInt8]) throws(FuzzInvariantViolation) {
        let checks = FuzzOutputChecks(target: "yaml")
        let result = YAMLLoader(limits: Self.limits).load(bytes, file: Self.file)
        if result.value == nil && !result.hasErrors {
            throw checks.fail("load gave no value and no error")
        }
        try checks.diagnostics(result.diagnostics, file: Self.file, inputSize: bytes.count, knownRules: Self.knownRules)
        guard let value = result.value else { return }
        try checks.locations(value)
        let written = JSONWriter(pretty: false).string(value)
        let reparsed: JSONValue
        do {
            reparsed = try JSONParser(maxDepth: 10_000, rejectDuplicateKeys: false).parse(bytes: Array(written.utf8))
        } catch {
            throw checks.fail("the loaded tree written as JSON does not parse: \(error)")
        }
        try checks.sameJSON(value, reparsed, "JSON round trip")
        // Loading is deterministic.
        let again = YAMLLoader(limits: Self.limits).load(bytes, file: Self.file)
        if again.diagnostics != result.diagnostics { throw checks.fail("a second load gave different diagnostics") }
    }
}
