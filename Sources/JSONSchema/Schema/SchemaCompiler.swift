/// Compiles schema documents into `SchemaNode` graphs.
///
/// Two phases per document: a scan registers every schema resource (`$id`), anchor and
/// dynamic anchor, remembering each subschema's base URI and dialect; then nodes are compiled
/// on demand from a work queue (no recursion through `$ref`, so long reference chains and
/// cycles are harmless).
final class SchemaCompiler {
    /// A subschema position: document index and JSON Pointer from the document root.
    struct Key: Hashable {
        var document: Int
        var pointer: JSONPointer
    }

    /// What the scan learned about a subschema position.
    struct Info {
        var base: URIReference
        var resourceKey: Key
        var resourceURI: String
        var pointerInResource: JSONPointer
        var vocabulary: Vocabulary
    }

    let resolver: (any SchemaResolver)?
    let options: SchemaOptions
    private var documents: [JSONValue] = []
    private var resources: [String: Key] = [:]
    private var infos: [Key: Info] = [:]
    private var anchors: [Key: [String: Key]] = [:]
    private var dynamicAnchors: [Key: [String: Key]] = [:]
    private var nodes: [Key: SchemaNode] = [:]
    private var scopes: [Key: ResourceScope] = [:]
    private var queue: [(SchemaNode, Key)] = []
    private var regexCache: [String: ECMARegex] = [:]
    private var dialectCache: [String: Vocabulary] = [:]
    private var dialectsInProgress: Set<String> = []

    init(resolver: (any SchemaResolver)?, options: SchemaOptions) {
        self.resolver = resolver
        self.options = options
    }

    // MARK: - Entry

    /// Compiles `schema` (retrieved from `baseURI`) and everything it references.
    /// Every node created, in creation order: the owner of the graph (links between nodes
    /// through references are non-owning).
    private(set) var allNodes: [SchemaNode] = []
    /// Members of compiled schema objects that are not 2020-12 keywords, in compilation order.
    private(set) var unknownKeywords: [UnknownKeyword] = []

    func compileRoot(_ schema: JSONValue, baseURI: URIReference) throws(SchemaCompileError) -> SchemaNode {
        let key = try loadDocument(schema, retrievalURI: baseURI)
        guard let info = infos[key] else { throw SchemaCompileError("internal: root not scanned") }
        let root = node(for: key, info: info)
        try drainQueue()
        // Also compile subschemas nothing references yet (unused `$defs`), so a malformed
        // keyword anywhere in the schema is reported now rather than when first used.
        let unreached = infos.keys.filter { k in
            k.document == key.document && nodes[k] == nil
                && (pointerValue(k).map { $0.objectValue != nil || $0.boolValue != nil } ?? false)
        }.sorted { $0.pointer < $1.pointer }
        for k in unreached where nodes[k] == nil {
            if let unreachedInfo = infos[k] { _ = node(for: k, info: unreachedInfo) }
            try drainQueue()
        }
        return root
    }

    private func drainQueue() throws(SchemaCompileError) {
        while let (node, key) = queue.popLast() {
            try compile(node, key: key)
        }
    }

    // MARK: - Documents and scanning

    @discardableResult
    private func loadDocument(_ value: JSONValue, retrievalURI: URIReference) throws(SchemaCompileError) -> Key {
        let doc = documents.count
        documents.append(value)
        let key = Key(document: doc, pointer: .root)
        let base = retrievalURI.withoutFragment
        let uri = base.description
        if resources[uri] == nil { resources[uri] = key }
        let info = Info(base: base, resourceKey: key, resourceURI: uri, pointerInResource: .root,
                        vocabulary: .standard2020_12)
        try scan(value, key: key, info: info, isDocumentRoot: true, depth: 0)
        return key
    }

    private static let schemaMapKeywords = ["$defs", "properties", "patternProperties", "dependentSchemas", "dependencies"]
    private static let schemaArrayKeywords = ["allOf", "anyOf", "oneOf", "prefixItems"]
    private static let schemaKeywords = [
        "additionalProperties", "items", "contains", "not", "if", "then", "else",
        "unevaluatedItems", "unevaluatedProperties", "propertyNames", "contentSchema",
    ]

    private func scan(_ value: JSONValue, key: Key, info inherited: Info, isDocumentRoot: Bool, depth: Int) throws(SchemaCompileError) {
        guard depth < 1000 else { throw SchemaCompileError("schema nested too deeply", schemaLocation: inherited.resourceURI) }
        guard case .object(let object) = value.kind else {
            if infos[key] == nil { infos[key] = inherited }
            return
        }
        var info = inherited
        var isResourceRoot = isDocumentRoot
        if let idValue = object["$id"] {
            guard let id = idValue.stringValue else {
                throw SchemaCompileError("$id must be a string", schemaLocation: location(info), sourceLocation: idValue.location)
            }
            let resolved = URIReference(id).resolved(against: info.base).withoutFragment
            let uri = resolved.description
            // The first definition of a resource URI wins.
            if resources[uri] == nil { resources[uri] = key }
            info.base = resolved
            info.resourceURI = uri
            info.resourceKey = key
            info.pointerInResource = .root
            isResourceRoot = true
        }
        if isResourceRoot, let schemaValue = object["$schema"] {
            guard let dialect = schemaValue.stringValue else {
                throw SchemaCompileError("$schema must be a string", schemaLocation: location(info), sourceLocation: schemaValue.location)
            }
            info.vocabulary = try vocabulary(ofDialect: dialect, at: schemaValue.location)
        }
        if isResourceRoot { info.resourceKey = key }
        infos[key] = info
        if let a = object["$anchor"] {
            guard let name = a.stringValue, Self.isValidAnchor(name) else {
                throw SchemaCompileError("$anchor must be a plain name", schemaLocation: location(info), sourceLocation: a.location)
            }
            anchors[info.resourceKey, default: [:]][name] = key
        }
        if let a = object["$dynamicAnchor"] {
            guard let name = a.stringValue, Self.isValidAnchor(name) else {
                throw SchemaCompileError("$dynamicAnchor must be a plain name", schemaLocation: location(info), sourceLocation: a.location)
            }
            anchors[info.resourceKey, default: [:]][name] = key
            dynamicAnchors[info.resourceKey, default: [:]][name] = key
        }
        for member in object.members {
            let k = member.key
            if Self.schemaKeywords.contains(k) {
                try scanChild(member.value, key: key, info: info, tokens: [k], depth: depth)
            } else if Self.schemaArrayKeywords.contains(k), case .array(let items) = member.value.kind {
                for (i, item) in items.enumerated() {
                    try scanChild(item, key: key, info: info, tokens: [k, String(i)], depth: depth)
                }
            } else if Self.schemaMapKeywords.contains(k), case .object(let map) = member.value.kind {
                for m in map.members {
                    try scanChild(m.value, key: key, info: info, tokens: [k, m.key], depth: depth)
                }
            }
        }
    }

    private func scanChild(_ value: JSONValue, key: Key, info: Info, tokens: [String], depth: Int) throws(SchemaCompileError) {
        var childInfo = info
        var childKey = key
        for t in tokens {
            childInfo.pointerInResource = childInfo.pointerInResource.appending(t)
            childKey.pointer = childKey.pointer.appending(t)
        }
        try scan(value, key: childKey, info: childInfo, isDocumentRoot: false, depth: depth + 1)
    }

    static func isValidAnchor(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
    }

    private func location(_ info: Info) -> String {
        info.resourceURI + "#" + info.pointerInResource.uriFragment
    }

    // MARK: - Dialects and vocabularies

    private func vocabulary(ofDialect dialect: String, at source: SourceLocation) throws(SchemaCompileError) -> Vocabulary {
        let uri = URIReference(dialect).withoutFragment
        let text = uri.description
        if text == MetaSchemas2020_12.dialectURI { return .standard2020_12 }
        if let v = dialectCache[text] { return v }
        if dialectsInProgress.contains(text) { return .standard2020_12 }
        guard uri.isAbsolute else {
            throw SchemaCompileError("$schema must be an absolute URI, got \"\(dialect)\"", sourceLocation: source)
        }
        dialectsInProgress.insert(text)
        defer { dialectsInProgress.remove(text) }
        let metaKey: Key
        do {
            metaKey = try resourceKey(for: uri)
        } catch {
            throw SchemaCompileError("unknown or unsupported $schema dialect \"\(dialect)\" (Accord implements draft 2020-12: \(error.message))", sourceLocation: source)
        }
        guard let meta = pointerValue(metaKey) else {
            throw SchemaCompileError("unknown $schema dialect \"\(dialect)\"", sourceLocation: source)
        }
        var result: Vocabulary = .standard2020_12
        if let vocabValue = meta["$vocabulary"] {
            guard case .object(let vocabs) = vocabValue.kind else {
                throw SchemaCompileError("$vocabulary of \(text) must be an object", sourceLocation: vocabValue.location)
            }
            result = .core
            for m in vocabs.members {
                guard let required = m.value.boolValue else {
                    throw SchemaCompileError("$vocabulary values must be booleans", sourceLocation: m.value.location)
                }
                if let v = Vocabulary.known(m.key) {
                    result.insert(v)
                } else if required {
                    throw SchemaCompileError("the dialect \(text) requires the vocabulary \(m.key), which Accord does not support", sourceLocation: m.keyLocation)
                }
            }
        } else if let metaSchema = meta["$schema"]?.stringValue, metaSchema != text {
            result = try vocabulary(ofDialect: metaSchema, at: source)
        }
        dialectCache[text] = result
        return result
    }

    // MARK: - Resolution

    private func pointerValue(_ key: Key) -> JSONValue? {
        guard key.document < documents.count else { return nil }
        return key.pointer.resolve(in: documents[key.document])
    }

    /// The root key of the resource `uri` (absolute, no fragment), loading it if needed.
    private func resourceKey(for uri: URIReference) throws(SchemaCompileError) -> Key {
        let text = uri.description
        if let k = resources[text] { return k }
        if let metaText = MetaSchemas2020_12.documents[text] {
            let value: JSONValue
            do { value = try JSONParser.parse(string: metaText) } catch {
                throw SchemaCompileError("internal: bundled meta-schema \(text) is malformed: \(error)")
            }
            return try loadDocument(value, retrievalURI: uri)
        }
        if let resolver, let value = try resolver.resolveDocument(uri) {
            return try loadDocument(value, retrievalURI: uri)
        }
        if uri.scheme == "http" || uri.scheme == "https" {
            throw SchemaCompileError("remote reference not allowed: \(text) (Accord never fetches schemas over the network)")
        }
        throw SchemaCompileError("cannot resolve reference to \(text)")
    }

    /// Resolves a reference string against `info`'s base: the target position, its info, and
    /// the dynamic anchor name when the fragment names one.
    private func resolveReference(_ ref: String, from info: Info, source: SourceLocation) throws(SchemaCompileError) -> (Key, Info, dynamicAnchor: String?) {
        let full = URIReference(ref).resolved(against: info.base)
        let fragment = full.fragment ?? ""
        let resourceURI = full.withoutFragment
        let resource: Key
        do {
            resource = try resourceKey(for: resourceURI)
        } catch {
            throw SchemaCompileError(error.message, schemaLocation: location(info), sourceLocation: source)
        }
        let target: Key
        var dynamic: String?
        if fragment.isEmpty {
            target = resource
        } else if fragment.hasPrefix("/") {
            guard let pointer = JSONPointer(uriFragment: fragment) else {
                throw SchemaCompileError("invalid JSON Pointer fragment in reference \"\(ref)\"", schemaLocation: location(info), sourceLocation: source)
            }
            target = Key(document: resource.document, pointer: resource.pointer.appending(contentsOf: pointer))
        } else {
            guard let name = URIReference.percentDecode(fragment), let k = anchors[resource]?[name] else {
                throw SchemaCompileError("reference \"\(ref)\": no anchor \"\(fragment)\" in \(resourceURI)", schemaLocation: location(info), sourceLocation: source)
            }
            target = k
            if dynamicAnchors[resource]?[name] != nil { dynamic = name }
        }
        guard let value = pointerValue(target) else {
            throw SchemaCompileError("reference \"\(ref)\" points to nothing (resolved to \(full))", schemaLocation: location(info), sourceLocation: source)
        }
        guard value.boolValue != nil || value.objectValue != nil else {
            throw SchemaCompileError("reference \"\(ref)\" points to a \(value.typeName), not a schema", schemaLocation: location(info), sourceLocation: source)
        }
        let targetInfo: Info
        if let known = infos[target] {
            targetInfo = known
        } else {
            // A position the scan did not visit (inside an unknown keyword): it belongs to the
            // resource it was reached through; scan it now so embedded anchors are known.
            guard let resourceInfo = infos[resource] else {
                throw SchemaCompileError("internal: resource not scanned", schemaLocation: location(info))
            }
            var derived = resourceInfo
            derived.pointerInResource = resourceInfo.pointerInResource.appending(
                contentsOf: JSONPointer(Array(target.pointer.tokens.dropFirst(resource.pointer.tokens.count))))
            try scan(value, key: target, info: derived, isDocumentRoot: false, depth: 0)
            targetInfo = infos[target] ?? derived
        }
        return (target, targetInfo, dynamic)
    }

    // MARK: - Nodes

    private func node(for key: Key, info: Info) -> SchemaNode {
        if let n = nodes[key] { return n }
        let value = pointerValue(key) ?? .bool(false)
        let resource = scopes[info.resourceKey] ?? ResourceScope(uri: info.resourceURI)
        let n = SchemaNode(absoluteLocation: location(info), resource: resource, sourceLocation: value.location)
        nodes[key] = n
        allNodes.append(n)
        if scopes[info.resourceKey] == nil {
            scopes[info.resourceKey] = resource
            for (name, anchorKey) in dynamicAnchors[info.resourceKey] ?? [:] {
                if let anchorInfo = infos[anchorKey] {
                    resource.dynamicAnchors[name] = NodeLink(node(for: anchorKey, info: anchorInfo))
                }
            }
        }
        queue.append((n, key))
        return n
    }

    private func child(_ key: Key, _ info: Info, _ tokens: String...) throws(SchemaCompileError) -> SchemaNode {
        var childKey = key
        var childInfo = info
        for t in tokens {
            childKey.pointer = childKey.pointer.appending(t)
            childInfo.pointerInResource = childInfo.pointerInResource.appending(t)
        }
        guard let value = pointerValue(childKey) else { throw SchemaCompileError("internal: missing subschema") }
        guard value.boolValue != nil || value.objectValue != nil else {
            throw SchemaCompileError("\(tokens.joined(separator: "/")) must be a schema (an object or a boolean), got \(value.typeName)",
                                     schemaLocation: location(childInfo), sourceLocation: value.location)
        }
        return node(for: childKey, info: infos[childKey] ?? childInfo)
    }

    private func regex(_ pattern: String, source: SourceLocation, info: Info) throws(SchemaCompileError) -> ECMARegex {
        if let r = regexCache[pattern] { return r }
        do {
            let r = try ECMARegex(pattern)
            regexCache[pattern] = r
            return r
        } catch {
            throw SchemaCompileError("invalid regular expression \"\(pattern)\": \(error)", schemaLocation: location(info), sourceLocation: source)
        }
    }

    // MARK: - Keyword compilation

    private func compile(_ node: SchemaNode, key: Key) throws(SchemaCompileError) {
        guard let value = pointerValue(key) else { return }
        let info = infos[key]!
        switch value.kind {
        case .bool(let b):
            node.boolean = b
            return
        case .object(let o):
            node.keywords = try compileKeywords(o, key: key, info: info)
            for member in o.members where UnknownKeyword.isReportable(member.key) {
                unknownKeywords.append(UnknownKeyword(
                    name: member.key,
                    schemaLocation: info.resourceURI + "#" + info.pointerInResource.appending(member.key).uriFragment,
                    sourceLocation: member.keyLocation))
            }
            node.collectsAnnotations = node.keywords.contains {
                switch $0 {
                case .unevaluatedItems, .unevaluatedProperties: return true
                default: return false
                }
            }
        default:
            throw SchemaCompileError("a schema must be an object or a boolean, got \(value.typeName)", schemaLocation: location(info), sourceLocation: value.location)
        }
    }

    private func compileKeywords(_ o: JSONObject, key: Key, info: Info) throws(SchemaCompileError) -> [Keyword] {
        var out: [Keyword] = []
        let vocab = info.vocabulary

        func bad(_ keyword: String, _ expectation: String) -> SchemaCompileError {
            let v = o[keyword]
            return SchemaCompileError("\(keyword) must be \(expectation)", schemaLocation: location(info) + "/" + keyword,
                                      sourceLocation: v?.location ?? .unknown)
        }
        func nonNegativeInt(_ keyword: String) throws(SchemaCompileError) -> Int? {
            guard let v = o[keyword] else { return nil }
            guard let n = v.numberValue, n.isInteger, n.doubleValue >= 0 else { throw bad(keyword, "a non-negative integer") }
            return n.intValue ?? Int.max
        }
        func number(_ keyword: String) throws(SchemaCompileError) -> JSONNumber? {
            guard let v = o[keyword] else { return nil }
            guard let n = v.numberValue else { throw bad(keyword, "a number") }
            return n
        }
        func schemaArray(_ keyword: String) throws(SchemaCompileError) -> [SchemaNode]? {
            guard let v = o[keyword] else { return nil }
            guard case .array(let items) = v.kind, !items.isEmpty else { throw bad(keyword, "a non-empty array of schemas") }
            var nodes: [SchemaNode] = []
            for i in items.indices { nodes.append(try child(key, info, keyword, String(i))) }
            return nodes
        }
        func schemaMap(_ keyword: String) throws(SchemaCompileError) -> [(String, SchemaNode)]? {
            guard let v = o[keyword] else { return nil }
            guard case .object(let map) = v.kind else { throw bad(keyword, "an object of schemas") }
            var pairs: [(String, SchemaNode)] = []
            for m in map.members { pairs.append((m.key, try child(key, info, keyword, m.key))) }
            return pairs
        }
        func single(_ keyword: String) throws(SchemaCompileError) -> SchemaNode? {
            guard o[keyword] != nil else { return nil }
            return try child(key, info, keyword)
        }
        func stringArray(_ v: JSONValue, _ keyword: String) throws(SchemaCompileError) -> [String] {
            guard case .array(let items) = v.kind else { throw bad(keyword, "an array of strings") }
            var strings: [String] = []
            for item in items {
                guard let s = item.stringValue else { throw bad(keyword, "an array of strings") }
                strings.append(s)
            }
            return strings
        }

        // Core: references.
        if let r = o["$ref"] {
            guard let ref = r.stringValue else { throw bad("$ref", "a string") }
            let (target, targetInfo, _) = try resolveReference(ref, from: info, source: r.location)
            out.append(.ref(NodeLink(node(for: target, info: targetInfo))))
        }
        if let r = o["$dynamicRef"] {
            guard let ref = r.stringValue else { throw bad("$dynamicRef", "a string") }
            let (target, targetInfo, dynamic) = try resolveReference(ref, from: info, source: r.location)
            out.append(.dynamicRef(NodeLink(node(for: target, info: targetInfo)), anchor: dynamic))
        }

        if vocab.contains(.validation) {
            if let t = o["type"] {
                var set = JSONTypeSet()
                switch t.kind {
                case .string(let name):
                    guard let one = JSONTypeSet(name: name) else { throw bad("type", "a JSON type name, not \"\(name)\"") }
                    set = one
                case .array(let names):
                    for n in names {
                        guard let name = n.stringValue, let one = JSONTypeSet(name: name) else { throw bad("type", "a type name or an array of type names") }
                        set.insert(one)
                    }
                default: throw bad("type", "a type name or an array of type names")
                }
                out.append(.type(set))
            }
            if let e = o["enum"] {
                guard case .array(let values) = e.kind else { throw bad("enum", "an array") }
                out.append(.enumeration(values, Set(values)))
            }
            if let c = o["const"] { out.append(.constant(c)) }
            if let n = try number("multipleOf") {
                guard n.compare(to: JSONNumber(0)) > 0 else { throw bad("multipleOf", "a number greater than 0") }
                out.append(.multipleOf(n))
            }
            if let n = try number("maximum") { out.append(.maximum(n)) }
            if let n = try number("exclusiveMaximum") { out.append(.exclusiveMaximum(n)) }
            if let n = try number("minimum") { out.append(.minimum(n)) }
            if let n = try number("exclusiveMinimum") { out.append(.exclusiveMinimum(n)) }
            if let n = try nonNegativeInt("maxLength") { out.append(.maxLength(n)) }
            if let n = try nonNegativeInt("minLength") { out.append(.minLength(n)) }
            if let p = o["pattern"] {
                guard let s = p.stringValue else { throw bad("pattern", "a string") }
                out.append(.pattern(try regex(s, source: p.location, info: info)))
            }
            if let n = try nonNegativeInt("maxItems") { out.append(.maxItems(n)) }
            if let n = try nonNegativeInt("minItems") { out.append(.minItems(n)) }
            if let u = o["uniqueItems"] {
                guard let b = u.boolValue else { throw bad("uniqueItems", "a boolean") }
                if b { out.append(.uniqueItems) }
            }
            if let n = try nonNegativeInt("maxProperties") { out.append(.maxProperties(n)) }
            if let n = try nonNegativeInt("minProperties") { out.append(.minProperties(n)) }
            if let r = o["required"] { out.append(.required(try stringArray(r, "required"))) }
            if let d = o["dependentRequired"] {
                guard case .object(let map) = d.kind else { throw bad("dependentRequired", "an object of string arrays") }
                var pairs: [(String, [String])] = []
                for m in map.members { pairs.append((m.key, try stringArray(m.value, "dependentRequired"))) }
                out.append(.dependentRequired(pairs))
            }
        }
        if let f = o["format"], vocab.contains(.formatAnnotation) || vocab.contains(.formatAssertion) {
            guard let name = f.stringValue else { throw bad("format", "a string") }
            let assert = options.formatAssertion || vocab.contains(.formatAssertion)
            if assert { out.append(.format(name, assert: true)) }
        }

        if vocab.contains(.applicator) {
            let properties = try schemaMap("properties")
            if let properties { out.append(.properties(properties)) }
            var patterns: [(ECMARegex, SchemaNode)] = []
            if let pp = o["patternProperties"] {
                guard case .object(let map) = pp.kind else { throw bad("patternProperties", "an object of schemas") }
                for m in map.members {
                    let r = try regex(m.key, source: m.keyLocation, info: info)
                    patterns.append((r, try child(key, info, "patternProperties", m.key)))
                }
                out.append(.patternProperties(patterns))
            }
            if let ap = try single("additionalProperties") {
                out.append(.additionalProperties(ap, declared: Set((properties ?? []).map(\.0)), patterns: patterns.map(\.0)))
            }
            if let pn = try single("propertyNames") { out.append(.propertyNames(pn)) }
            if let ds = try schemaMap("dependentSchemas") { out.append(.dependentSchemas(ds)) }
            let prefix = try schemaArray("prefixItems")
            if let prefix { out.append(.prefixItems(prefix)) }
            if let itemsValue = o["items"] {
                if itemsValue.arrayValue != nil {
                    throw bad("items", "a schema in draft 2020-12 (use prefixItems for tuple validation)")
                }
                out.append(.items(try child(key, info, "items"), prefixCount: prefix?.count ?? 0))
            }
            if let c = try single("contains") {
                var minimum = 1
                var maximum: Int?
                if vocab.contains(.validation) {
                    minimum = try nonNegativeInt("minContains") ?? 1
                    maximum = try nonNegativeInt("maxContains")
                }
                let minimumKeyword = vocab.contains(.validation) && o["minContains"] != nil ? "minContains" : "contains"
                out.append(.contains(c, min: minimum, max: maximum, minimumKeyword: minimumKeyword))
            }
            // Legacy `dependencies` (draft 7), still reserved by the 2020-12 meta-schema:
            // honoured rather than silently ignored. Arrays act as dependentRequired,
            // schemas as dependentSchemas.
            if let d = o["dependencies"], vocab.contains(.validation) {
                guard case .object(let map) = d.kind else { throw bad("dependencies", "an object") }
                var required: [(String, [String])] = []
                var schemas: [(String, SchemaNode)] = []
                for m in map.members {
                    if m.value.arrayValue != nil {
                        required.append((m.key, try stringArray(m.value, "dependencies")))
                    } else {
                        schemas.append((m.key, try child(key, info, "dependencies", m.key)))
                    }
                }
                if !required.isEmpty { out.append(.dependentRequired(required)) }
                if !schemas.isEmpty { out.append(.dependentSchemas(schemas)) }
            }
            if let all = try schemaArray("allOf") { out.append(.allOf(all)) }
            if let any = try schemaArray("anyOf") { out.append(.anyOf(any)) }
            if let one = try schemaArray("oneOf") { out.append(.oneOf(one)) }
            if let n = try single("not") { out.append(.not(n)) }
            if let i = try single("if") {
                out.append(.conditional(if: i, then: try single("then"), else: try single("else")))
            }
        }
        if vocab.contains(.unevaluated) {
            if let u = try single("unevaluatedItems") { out.append(.unevaluatedItems(u)) }
            if let u = try single("unevaluatedProperties") { out.append(.unevaluatedProperties(u)) }
        }
        return out
    }
}
