import Foundation
import JSONSchema

/// Generic JSON Schema validation of YAML or JSON documents against a user's schema
/// (`accord schema validate`): the schema is compiled once, then each instance is loaded with
/// locations and validated; every failure becomes a located diagnostic (rule `schema/<keyword>`).
public struct SchemaInstanceValidator: Sendable {
    public let schema: CompiledSchema
    public var limits: LoadLimits
    /// Warnings about the schema itself: members that are not draft 2020-12 keywords (ignored
    /// by validation, as the specification requires, but usually typos), rule
    /// `schema-unknown-keyword`, with a "did you mean" hint where one is close.
    public let schemaWarnings: [Diagnostic]

    /// Loads and compiles the schema at `schemaPath` (JSON, or YAML when it ends in .yaml/.yml).
    /// References to other schema files resolve relative to it and stay inside its folder unless
    /// `options.allowFileReferencesOutsideRoot`; network references are never fetched.
    public init(schemaPath: String, options: SchemaOptions = SchemaOptions(), limits: LoadLimits = .default) throws(SchemaLoadError) {
        self.limits = limits
        let bytes: [UInt8]
        do {
            bytes = try InputReader(maxBytes: limits.maxFileSize).read(schemaPath)
        } catch {
            throw SchemaLoadError(diagnostics: [
                Diagnostic(file: schemaPath, location: .unknown, severity: .error, message: error.message, rule: "io"),
            ], isIOError: true)
        }
        let value: JSONValue
        if schemaPath.hasSuffix(".yaml") || schemaPath.hasSuffix(".yml") {
            let loaded = YAMLLoader(limits: limits, reportsYAML11Ambiguities: false).load(bytes, file: schemaPath)
            guard let document = loaded.value, !loaded.hasErrors else {
                throw SchemaLoadError(diagnostics: loaded.diagnostics.filter { $0.severity == .error }, isIOError: false)
            }
            value = document
        } else {
            do {
                value = try JSONParser(maxDepth: limits.maxDepth).parse(bytes: bytes)
            } catch {
                throw SchemaLoadError(diagnostics: [
                    Diagnostic(file: schemaPath, location: error.location, severity: .error, message: error.message, rule: "json-syntax"),
                ], isIOError: false)
            }
        }
        let fileURL = URL(fileURLWithPath: schemaPath).standardizedFileURL.resolvingSymlinksInPath()
        let resolver = FileSystemSchemaResolver(root: fileURL.deletingLastPathComponent(),
                                                allowOutsideRoot: options.allowFileReferencesOutsideRoot)
        do {
            schema = try CompiledSchema(value, baseURI: fileURL.absoluteString, resolver: resolver, options: options)
        } catch {
            throw SchemaLoadError(diagnostics: [
                Diagnostic(file: schemaPath, location: error.sourceLocation, severity: .error,
                           message: "schema does not compile: \(error.message)", rule: "schema-compile",
                           instancePath: error.schemaLocation.isEmpty ? nil : error.schemaLocation),
            ], isIOError: false)
        }
        schemaWarnings = Self.warnings(for: schema.unknownKeywords, rootFile: fileURL, shownAs: schemaPath)
    }

    static func warnings(for unknown: [UnknownKeyword], rootFile: URL, shownAs path: String) -> [Diagnostic] {
        var suggestions = Suggestion(candidates: UnknownKeyword.knownKeywords)
        return unknown.map { keyword in
            let document = keyword.schemaLocation.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
            let file = URL(string: document).flatMap { $0.isFileURL ? $0.path : nil }
            var diagnostic = Diagnostic(
                file: file == nil || file == rootFile.path ? path : file!, location: keyword.sourceLocation,
                severity: .warning,
                message: "`\(keyword.name)` is not a JSON Schema 2020-12 keyword, so validation ignores it",
                rule: "schema-unknown-keyword",
                hint: suggestions.didYouMean(keyword.name) ?? "remove it, or prefix your own annotations with `x-`")
            diagnostic.absoluteKeywordLocation = keyword.schemaLocation
            return diagnostic
        }
    }

    /// Validates the document at `path` (`-` is standard input).
    public func validate(path: String) -> DocumentCheck {
        let name = path == "-" ? "<stdin>" : path
        do {
            let bytes = try InputReader(maxBytes: limits.maxFileSize).read(path)
            return validate(bytes: bytes, file: name)
        } catch {
            let d = Diagnostic(file: name, location: .unknown, severity: .error, message: error.message, rule: "io")
            return DocumentCheck(file: name, diagnostics: [d], ioError: error)
        }
    }

    /// Validates a document held in memory (YAML or JSON).
    public func validate(bytes: [UInt8], file: String) -> DocumentCheck {
        let loaded = YAMLLoader(limits: limits, reportsYAML11Ambiguities: false).load(bytes, file: file)
        var diagnostics = loaded.diagnostics
        if let document = loaded.value {
            let result = schema.validate(document)
            diagnostics += result.errors.map { Diagnostic(schemaError: $0, file: file) }
        }
        return DocumentCheck(file: file, diagnostics: diagnostics.sortedByLocation())
    }

    /// Validates many documents in parallel; results keep the order of `paths`.
    public func validate(paths: [String]) -> ValidationReport {
        ValidationReport(checks: ConcurrentMap.map(paths) { validate(path: $0) })
    }
}

/// The schema given to `SchemaInstanceValidator` could not be read or compiled.
public struct SchemaLoadError: Error, Sendable {
    public var diagnostics: [Diagnostic]
    /// The schema file could not be read at all (exit status 2 rather than 1).
    public var isIOError: Bool
}

extension SchemaOptions {
    /// Options for user schemas, named for the command-line flags.
    public init(assertingFormats: Bool, allowingReferencesOutsideFolder: Bool) {
        self.init()
        formatAssertion = assertingFormats
        allowFileReferencesOutsideRoot = allowingReferencesOutsideFolder
    }
}
