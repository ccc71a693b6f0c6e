import Foundation

/// A draft 2020-12 JSON Schema compiled once (references resolved, regular expressions
/// compiled, keyword operands parsed) and ready to validate any number of instances.
public final class CompiledSchema: Sendable {
    let root: SchemaNode
    /// Owns every node of the graph (reference edges between nodes are non-owning).
    let nodes: [SchemaNode]
    /// The options the schema was compiled with.
    public let options: SchemaOptions
    /// The absolute URI of the root schema.
    public let baseURI: String
    /// Members of the compiled schemas that are not draft 2020-12 keywords (ignored, as the
    /// specification requires; usually typos worth a warning).
    public let unknownKeywords: [UnknownKeyword]

    /// Compiles `schema`.
    /// - Parameters:
    ///   - baseURI: the retrieval URI of the schema (relative `$id`/`$ref` resolve against it);
    ///     defaults to `options.defaultBaseURI`.
    ///   - resolver: supplies documents for references outside `schema` (the bundled 2020-12
    ///     meta-schemas are always available). Network URIs are never fetched.
    public init(_ schema: JSONValue, baseURI: String? = nil, resolver: (any SchemaResolver)? = nil,
                options: SchemaOptions = SchemaOptions()) throws(SchemaCompileError) {
        let base = URIReference(baseURI ?? options.defaultBaseURI)
        guard base.isAbsolute else {
            throw SchemaCompileError("the base URI \(base) must be absolute")
        }
        let compiled: Result<(SchemaNode, [SchemaNode], [UnknownKeyword]), SchemaCompileError> = DeepStack.run {
            let compiler = SchemaCompiler(resolver: resolver, options: options)
            do throws(SchemaCompileError) {
                let root = try compiler.compileRoot(schema, baseURI: base)
                return .success((root, compiler.allNodes, compiler.unknownKeywords))
            } catch {
                return .failure(error)
            }
        }
        (root, nodes, unknownKeywords) = try compiled.get()
        self.options = options
        self.baseURI = base.withoutFragment.description
    }

    /// Loads and compiles a schema file. References to other files resolve relative to it,
    /// confined to its folder unless `options.allowFileReferencesOutsideRoot` is set;
    /// `extraResolver` is consulted first (e.g. for schemas known by URL).
    public static func load(contentsOf file: URL, options: SchemaOptions = SchemaOptions(),
                            extraResolver: (any SchemaResolver)? = nil) throws(SchemaCompileError) -> CompiledSchema {
        let fileURL = file.standardizedFileURL.resolvingSymlinksInPath()
        guard let data = FileManager.default.contents(atPath: fileURL.path) else {
            throw SchemaCompileError("cannot read schema file \(fileURL.path)")
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes: [UInt8](data))
        } catch {
            throw SchemaCompileError("\(fileURL.path):\(error.location): \(error.message)")
        }
        let files = FileSystemSchemaResolver(root: fileURL.deletingLastPathComponent(),
                                             allowOutsideRoot: options.allowFileReferencesOutsideRoot)
        let resolver: any SchemaResolver = extraResolver.map { ChainedSchemaResolver([$0, files]) } ?? files
        return try CompiledSchema(value, baseURI: fileURL.absoluteString, resolver: resolver, options: options)
    }

    /// Validates `instance`, collecting every failure.
    public func validate(_ instance: JSONValue) -> ValidationResult {
        DeepStack.run { self.evaluate(instance) }
    }

    private func evaluate(_ instance: JSONValue) -> ValidationResult {
        var evaluator = Evaluator(options: options)
        var annotations = Annotations()
        let valid = evaluator.evaluate(root, instance, &annotations, collect: false)
        var errors = evaluator.errors
        if !valid && errors.isEmpty {
            errors.append(ValidationError(instanceLocation: .root, keywordLocation: .root, absoluteKeywordLocation: root.absoluteLocation,
                                          message: "value is invalid", sourceLocation: instance.location, keyword: ""))
        }
        return ValidationResult(isValid: valid, errors: valid ? [] : errors)
    }

    /// Whether `instance` is valid (faster than `validate`: stops at the first failure and
    /// builds no messages).
    public func isValid(_ instance: JSONValue) -> Bool {
        DeepStack.run {
            var evaluator = Evaluator(options: self.options)
            evaluator.quiet = 1
            var annotations = Annotations()
            return evaluator.evaluate(self.root, instance, &annotations, collect: false)
        }
    }
}
