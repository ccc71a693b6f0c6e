/// Evaluates an instance against compiled schema nodes. One evaluator per `validate` call;
/// it keeps the instance and keyword paths as stacks and materialises pointers only when
/// reporting an error.
struct Evaluator {
    enum PathToken {
        case key(String)
        case index(Int)
        var string: String {
            switch self {
            case .key(let k): return k
            case .index(let i): return String(i)
            }
        }
    }

    let options: SchemaOptions
    var instancePath: [PathToken] = []
    var keywordPath: [String] = []
    var errors: [ValidationError] = []
    /// > 0 while evaluating subschemas whose errors are never reported (`not`, `if`, `contains`).
    var quiet = 0
    var dynamicScope: [ResourceScope] = []
    /// Active reference hops: the target and the instance depth at which it was entered.
    var refStack: [(ObjectIdentifier, Int)] = []
    var depth = 0
    /// Working memory reused by every `pattern`/`patternProperties` search of this evaluation.
    var regexScratch = RegexScratch()

    init(options: SchemaOptions) { self.options = options }

    // MARK: - Reporting

    var currentInstancePointer: JSONPointer { JSONPointer(instancePath.map(\.string)) }

    mutating func report(_ keyword: String, _ node: SchemaNode, _ message: String, instance: JSONValue,
                child: PathToken? = nil, source: SourceLocation? = nil, keywordSuffix: [String] = []) {
        var pointer = currentInstancePointer
        if let child { pointer = pointer.appending(child.string) }
        var kwPath = keywordPath
        kwPath.append(keyword)
        kwPath.append(contentsOf: keywordSuffix)
        var absolute = node.absoluteLocation + "/" + URIReference.percentEncodeFragment(JSONPointer.escape(keyword))
        for s in keywordSuffix { absolute += "/" + URIReference.percentEncodeFragment(JSONPointer.escape(s)) }
        errors.append(ValidationError(
            instanceLocation: pointer, keywordLocation: JSONPointer(kwPath), absoluteKeywordLocation: absolute,
            message: message, sourceLocation: source ?? instance.location, keyword: keyword))
    }

    // MARK: - Nodes

    /// Evaluates `node` against `instance`; merges annotations into `annotations` when
    /// `collect` is set and the node is valid.
    mutating func evaluate(_ node: SchemaNode, _ instance: JSONValue, _ annotations: inout Annotations, collect: Bool) -> Bool {
        if let b = node.boolean {
            if !b && quiet == 0 {
                errors.append(ValidationError(
                    instanceLocation: currentInstancePointer, keywordLocation: JSONPointer(keywordPath),
                    absoluteKeywordLocation: node.absoluteLocation,
                    message: "no value is allowed here (the schema is false), got \(ValueDescription.describe(instance))",
                    sourceLocation: instance.location, keyword: keywordPath.last ?? "false"))
            }
            return b
        }
        if depth >= options.maxEvaluationDepth {
            if quiet == 0 {
                report("$ref", node, "schema evaluation nested deeper than \(options.maxEvaluationDepth) levels; giving up", instance: instance)
            }
            return false
        }
        depth += 1
        defer { depth -= 1 }
        let pushed = dynamicScope.last !== node.resource
        if pushed { dynamicScope.append(node.resource) }
        defer { if pushed { dynamicScope.removeLast() } }

        let collectHere = collect || node.collectsAnnotations
        var local = Annotations()
        var valid = true
        // Indexing a local copy of the list lends each keyword to `apply` without retaining it
        // (iterating `node.keywords` retains and releases every element).
        let keywords = node.keywords
        for index in keywords.indices {
            if !apply(keywords[index], node, instance, &local, collect: collectHere) {
                valid = false
                if quiet > 0 { break }
            }
        }
        if valid && collect { annotations.merge(local) }
        return valid
    }

    /// Evaluates a subschema at the same instance location, below keyword path `tokens`.
    @inline(__always)
    private mutating func inPlace(_ node: SchemaNode, _ instance: JSONValue, _ tokens: (String, String?), _ ann: inout Annotations, collect: Bool) -> Bool {
        keywordPath.append(tokens.0)
        if let second = tokens.1 { keywordPath.append(second) }
        let ok = evaluate(node, instance, &ann, collect: collect)
        // Two single removals: `removeLast(_ k:)` goes through a general range replacement.
        keywordPath.removeLast()
        if tokens.1 != nil { keywordPath.removeLast() }
        return ok
    }

    /// Evaluates a subschema against a child of the instance.
    @inline(__always)
    private mutating func descend(_ node: SchemaNode, _ value: JSONValue, _ token: PathToken, _ tokens: (String, String?)) -> Bool {
        instancePath.append(token)
        keywordPath.append(tokens.0)
        if let second = tokens.1 { keywordPath.append(second) }
        var scratch = Annotations()
        let ok = evaluate(node, value, &scratch, collect: false)
        // Two single removals: `removeLast(_ k:)` goes through a general range replacement.
        keywordPath.removeLast()
        if tokens.1 != nil { keywordPath.removeLast() }
        instancePath.removeLast()
        return ok
    }

    // MARK: - Keywords

    private mutating func apply(_ keyword: Keyword, _ node: SchemaNode, _ instance: JSONValue, _ ann: inout Annotations, collect: Bool) -> Bool {
        switch keyword {
        case .type(let set):
            if set.matches(instance) { return true }
            if quiet == 0 { report("type", node, "expected \(set.description), got \(ValueDescription.describe(instance))", instance: instance) }
            return false

        case .enumeration(let values, let set):
            if set.contains(instance) { return true }
            if quiet == 0 {
                var list = values.prefix(12).map { ValueDescription.literal($0, limit: 40) }.joined(separator: ", ")
                if values.count > 12 { list += ", … (\(values.count) values)" }
                report("enum", node, "\(ValueDescription.describe(instance)) is not one of the allowed values: \(list)", instance: instance)
            }
            return false

        case .constant(let value):
            if value == instance { return true }
            if quiet == 0 { report("const", node, "expected the constant \(ValueDescription.literal(value)), got \(ValueDescription.describe(instance))", instance: instance) }
            return false

        case .multipleOf(let divisor):
            guard case .number(let n) = instance.kind else { return true }
            if n.isMultiple(of: divisor) { return true }
            if quiet == 0 { report("multipleOf", node, "\(n) is not a multiple of \(divisor)", instance: instance) }
            return false

        case .maximum(let limit):
            guard case .number(let n) = instance.kind else { return true }
            if n.compare(to: limit) <= 0 { return true }
            if quiet == 0 { report("maximum", node, "\(n) is greater than the maximum \(limit)", instance: instance) }
            return false

        case .exclusiveMaximum(let limit):
            guard case .number(let n) = instance.kind else { return true }
            if n.compare(to: limit) < 0 { return true }
            if quiet == 0 { report("exclusiveMaximum", node, "\(n) must be less than \(limit)", instance: instance) }
            return false

        case .minimum(let limit):
            guard case .number(let n) = instance.kind else { return true }
            if n.compare(to: limit) >= 0 { return true }
            if quiet == 0 { report("minimum", node, "\(n) is less than the minimum \(limit)", instance: instance) }
            return false

        case .exclusiveMinimum(let limit):
            guard case .number(let n) = instance.kind else { return true }
            if n.compare(to: limit) > 0 { return true }
            if quiet == 0 { report("exclusiveMinimum", node, "\(n) must be greater than \(limit)", instance: instance) }
            return false

        case .maxLength(let limit):
            guard case .string(let s) = instance.kind else { return true }
            if s.utf8.count <= limit { return true }
            let length = s.unicodeScalars.count
            if length <= limit { return true }
            if quiet == 0 { report("maxLength", node, "string is too long: \(length) characters, at most \(limit) allowed", instance: instance) }
            return false

        case .minLength(let limit):
            guard case .string(let s) = instance.kind else { return true }
            // A scalar takes at most 4 UTF-8 bytes: long enough strings need no counting.
            if limit <= s.utf8.count / 4 { return true }
            let length = s.unicodeScalars.count
            if length >= limit { return true }
            if quiet == 0 {
                let msg = length == 0 ? "string must not be empty (at least \(limit) character\(limit == 1 ? "" : "s") required)"
                    : "string is too short: \(length) character\(length == 1 ? "" : "s"), at least \(limit) required"
                report("minLength", node, msg, instance: instance)
            }
            return false

        case .pattern(let regex):
            guard case .string(let s) = instance.kind else { return true }
            switch regex.search(in: s, stepBudget: options.regexStepBudget, scratch: &regexScratch) {
            case .match: return true
            case .noMatch:
                if quiet == 0 { report("pattern", node, "\(ValueDescription.describe(instance)) does not match the pattern \(ValueDescription.quoted(regex.pattern, limit: 80))", instance: instance) }
            case .budgetExceeded:
                if quiet == 0 { report("pattern", node, "the pattern \(ValueDescription.quoted(regex.pattern, limit: 80)) was too expensive to evaluate on this string (step budget exceeded)", instance: instance) }
            }
            return false

        case .maxItems(let limit):
            guard case .array(let a) = instance.kind else { return true }
            if a.count <= limit { return true }
            if quiet == 0 { report("maxItems", node, "array has \(a.count) items, at most \(limit) allowed", instance: instance) }
            return false

        case .minItems(let limit):
            guard case .array(let a) = instance.kind else { return true }
            if a.count >= limit { return true }
            if quiet == 0 { report("minItems", node, "array has \(a.count) item\(a.count == 1 ? "" : "s"), at least \(limit) required", instance: instance) }
            return false

        case .uniqueItems:
            guard case .array(let a) = instance.kind, a.count > 1 else { return true }
            var seen: [JSONValue: Int] = [:]
            seen.reserveCapacity(a.count)
            for (i, item) in a.enumerated() {
                if let first = seen.updateValue(i, forKey: item) {
                    if quiet == 0 {
                        report("uniqueItems", node, "array items must be unique: item \(i) equals item \(first) (\(ValueDescription.literal(item, limit: 40)))",
                               instance: instance, child: .index(i), source: item.location)
                    }
                    return false
                }
            }
            return true

        case .maxProperties(let limit):
            guard case .object(let o) = instance.kind else { return true }
            if o.count <= limit { return true }
            if quiet == 0 { report("maxProperties", node, "object has \(o.count) properties, at most \(limit) allowed", instance: instance) }
            return false

        case .minProperties(let limit):
            guard case .object(let o) = instance.kind else { return true }
            if o.count >= limit { return true }
            if quiet == 0 { report("minProperties", node, "object has \(o.count) propert\(o.count == 1 ? "y" : "ies"), at least \(limit) required", instance: instance) }
            return false

        case .required(let names):
            guard case .object(let o) = instance.kind else { return true }
            var ok = true
            for name in names where o.indexOf(name) == nil {
                ok = false
                if quiet > 0 { break }
                report("required", node, "missing required property \"\(name)\"", instance: instance)
            }
            return ok

        case .dependentRequired(let pairs):
            guard case .object(let o) = instance.kind else { return true }
            var ok = true
            for (trigger, names) in pairs where o.indexOf(trigger) != nil {
                for name in names where o.indexOf(name) == nil {
                    ok = false
                    if quiet > 0 { return false }
                    report("dependentRequired", node, "property \"\(name)\" is required when \"\(trigger)\" is present", instance: instance, keywordSuffix: [trigger])
                }
            }
            return ok

        case .format(let name, let assert):
            guard assert, case .string(let s) = instance.kind else { return true }
            guard let ok = FormatAssertion.check(name, s) else { return true }
            if ok { return true }
            if quiet == 0 { report("format", node, "\(ValueDescription.describe(instance)) is not a valid \(name)", instance: instance) }
            return false

        case .properties(let pairs):
            guard case .object(let o) = instance.kind else { return true }
            var ok = true
            for pair in pairs.indices {
                let name = pairs[pair].0, child = pairs[pair].1
                guard let i = o.indexOf(name) else { continue }
                if collect { ann.properties.insert(name) }
                if child.boolean == false {
                    ok = false
                    if quiet > 0 { return false }
                    report("properties", node, "property \"\(name)\" is not allowed", instance: o.members[i].value,
                           child: .key(name), source: o.members[i].keyLocation, keywordSuffix: [name])
                    continue
                }
                if !descend(child, o.members[i].value, .key(name), ("properties", name)) {
                    ok = false
                    if quiet > 0 { return false }
                }
            }
            return ok

        case .patternProperties(let patterns):
            guard case .object(let o) = instance.kind else { return true }
            var ok = true
            for (regex, child) in patterns {
                // By index: most names do not match, and copying each member would retain it.
                for index in o.members.indices {
                    let outcome = regex.search(in: o.members[index].key, stepBudget: options.regexStepBudget, scratch: &regexScratch)
                    if outcome == .noMatch { continue }
                    let member = o.members[index]
                    switch outcome {
                    case .noMatch: continue
                    case .budgetExceeded:
                        ok = false
                        if quiet > 0 { return false }
                        report("patternProperties", node, "the pattern \(ValueDescription.quoted(regex.pattern, limit: 80)) was too expensive to evaluate on property name \(ValueDescription.quoted(member.key)) (step budget exceeded)",
                               instance: member.value, child: .key(member.key), source: member.keyLocation, keywordSuffix: [regex.pattern])
                        continue
                    case .match: break
                    }
                    if collect { ann.properties.insert(member.key) }
                    if !descend(child, member.value, .key(member.key), ("patternProperties", regex.pattern)) {
                        ok = false
                        if quiet > 0 { return false }
                    }
                }
            }
            return ok

        case .additionalProperties(let child, let declared, let patterns):
            guard case .object(let o) = instance.kind else { return true }
            var ok = true
            // By index: most members are declared, and copying each would retain its key and value.
            for index in o.members.indices where !declared.contains(o.members[index].key) {
                let member = o.members[index]
                var matched = false
                for regex in patterns {
                    let outcome = regex.search(in: member.key, stepBudget: options.regexStepBudget, scratch: &regexScratch)
                    if outcome != .noMatch { matched = true; break }
                }
                if matched { continue }
                if child.boolean == false {
                    ok = false
                    if quiet > 0 { return false }
                    report("additionalProperties", node, "unknown property \"\(member.key)\" (not allowed by additionalProperties: false)",
                           instance: member.value, child: .key(member.key), source: member.keyLocation)
                    continue
                }
                if !descend(child, member.value, .key(member.key), ("additionalProperties", nil)) {
                    ok = false
                    if quiet > 0 { return false }
                }
            }
            if ok && collect { ann.allProperties = true }
            return ok

        case .propertyNames(let child):
            guard case .object(let o) = instance.kind else { return true }
            var ok = true
            for member in o.members {
                let name = JSONValue(.string(member.key), at: member.keyLocation)
                let before = errors.count
                if !descend(child, name, .key(member.key), ("propertyNames", nil)) {
                    ok = false
                    if quiet > 0 { return false }
                    for i in before..<errors.count {
                        errors[i].message = "property name \"\(member.key)\": " + errors[i].message
                    }
                }
            }
            return ok

        case .dependentSchemas(let pairs):
            guard case .object(let o) = instance.kind else { return true }
            var ok = true
            for (trigger, child) in pairs where o.indexOf(trigger) != nil {
                if !inPlace(child, instance, ("dependentSchemas", trigger), &ann, collect: collect) {
                    ok = false
                    if quiet > 0 { return false }
                }
            }
            return ok

        case .prefixItems(let children):
            guard case .array(let a) = instance.kind else { return true }
            var ok = true
            let n = min(a.count, children.count)
            for i in 0..<n {
                if !descend(children[i], a[i], .index(i), ("prefixItems", String(i))) {
                    ok = false
                    if quiet > 0 { return false }
                }
            }
            if collect { ann.itemPrefix = max(ann.itemPrefix, n) }
            return ok

        case .items(let child, let prefixCount):
            guard case .array(let a) = instance.kind, a.count > prefixCount else { return true }
            var ok = true
            if child.boolean == false {
                if quiet == 0 {
                    report("items", node, "array has \(a.count) items, but only \(prefixCount) \(prefixCount == 1 ? "is" : "are") allowed (items: false)",
                           instance: a[prefixCount], child: .index(prefixCount))
                }
                return false
            }
            for i in prefixCount..<a.count {
                if !descend(child, a[i], .index(i), ("items", nil)) {
                    ok = false
                    if quiet > 0 { return false }
                }
            }
            if collect { ann.allItems = true }
            return ok

        case .contains(let child, let minimum, let maximum, let minimumKeyword):
            guard case .array(let a) = instance.kind else { return true }
            var count = 0
            quiet += 1
            for (i, item) in a.enumerated() {
                if descend(child, item, .index(i), ("contains", nil)) {
                    count += 1
                    if collect { ann.containedItems.insert(i) }
                    if !collect && maximum == nil && count >= minimum { break }
                    if let maximum, count > maximum, !collect { break }
                }
            }
            quiet -= 1
            if count < minimum {
                if quiet == 0 {
                    let kw = minimumKeyword
                    report(kw, node, a.isEmpty && minimum > 0 ? "array must contain at least \(minimum) item\(minimum == 1 ? "" : "s") matching the \"contains\" schema (the array is empty)"
                           : "array must contain at least \(minimum) item\(minimum == 1 ? "" : "s") matching the \"contains\" schema, found \(count)", instance: instance)
                }
                return false
            }
            if let maximum, count > maximum {
                if quiet == 0 { report("maxContains", node, "array may contain at most \(maximum) item\(maximum == 1 ? "" : "s") matching the \"contains\" schema, found \(count)", instance: instance) }
                return false
            }
            return true

        case .allOf(let children):
            var ok = true
            for (i, child) in children.enumerated() {
                if !inPlace(child, instance, ("allOf", String(i)), &ann, collect: collect) {
                    ok = false
                    if quiet > 0 { return false }
                }
            }
            return ok

        case .anyOf(let children):
            if quiet > 0 && !collect {
                var scratch = Annotations()
                for (i, child) in children.enumerated() where inPlace(child, instance, ("anyOf", String(i)), &scratch, collect: false) {
                    return true
                }
                return false
            }
            if quiet == 0 {
                // Valid documents are the common case: look for a matching branch quietly (no
                // error messages built for the branches that do not match), and evaluate again,
                // reporting, only when none matches.
                quiet += 1
                var anyValid = false
                for (i, child) in children.enumerated() {
                    var branch = Annotations()
                    if inPlace(child, instance, ("anyOf", String(i)), &branch, collect: collect) {
                        anyValid = true
                        if collect { ann.merge(branch) } else { break }
                    }
                }
                quiet -= 1
                if anyValid { return true }
            }
            var anyValid = false
            var branchErrors: [[ValidationError]] = []
            for (i, child) in children.enumerated() {
                let start = errors.count
                var branch = Annotations()
                let ok = inPlace(child, instance, ("anyOf", String(i)), &branch, collect: collect)
                if ok {
                    anyValid = true
                    if collect { ann.merge(branch) } else { break }
                }
                branchErrors.append(Array(errors[start...]))
                errors.removeSubrange(start...)
            }
            if anyValid { return true }
            if quiet == 0 { summarize("anyOf", node, instance, branchErrors) }
            return false

        case .oneOf(let children):
            if quiet == 0 {
                // As for anyOf: find the matching branches quietly; report (evaluating again)
                // only when not exactly one matches.
                quiet += 1
                var validCount = 0
                var validAnnotations = Annotations()
                for (i, child) in children.enumerated() {
                    var branch = Annotations()
                    if inPlace(child, instance, ("oneOf", String(i)), &branch, collect: collect) {
                        validCount += 1
                        validAnnotations = branch
                        if validCount > 1 { break }
                    }
                }
                quiet -= 1
                if validCount == 1 {
                    if collect { ann.merge(validAnnotations) }
                    return true
                }
            }
            var validIndices: [Int] = []
            var validAnnotations = Annotations()
            var branchErrors: [[ValidationError]] = []
            for (i, child) in children.enumerated() {
                let start = errors.count
                var branch = Annotations()
                if inPlace(child, instance, ("oneOf", String(i)), &branch, collect: collect) {
                    validIndices.append(i)
                    validAnnotations = branch
                }
                branchErrors.append(Array(errors[start...]))
                errors.removeSubrange(start...)
                if validIndices.count > 1 && (quiet > 0 || !collect) { break }
            }
            if validIndices.count == 1 {
                if collect { ann.merge(validAnnotations) }
                return true
            }
            if quiet == 0 {
                if validIndices.isEmpty {
                    summarize("oneOf", node, instance, branchErrors)
                } else {
                    report("oneOf", node, "value matches more than one alternative of oneOf (alternatives \(validIndices.map(String.init).joined(separator: " and "))); exactly one must match", instance: instance)
                }
            }
            return false

        case .not(let child):
            quiet += 1
            var scratch = Annotations()
            let ok = inPlace(child, instance, ("not", nil), &scratch, collect: false)
            quiet -= 1
            if !ok { return true }
            if quiet == 0 { report("not", node, "value must not match the schema in \"not\"", instance: instance) }
            return false

        case .conditional(let ifNode, let thenNode, let elseNode):
            quiet += 1
            var ifAnnotations = Annotations()
            let condition = inPlace(ifNode, instance, ("if", nil), &ifAnnotations, collect: collect)
            quiet -= 1
            if condition {
                if collect { ann.merge(ifAnnotations) }
                if let thenNode { return inPlace(thenNode, instance, ("then", nil), &ann, collect: collect) }
            } else if let elseNode {
                return inPlace(elseNode, instance, ("else", nil), &ann, collect: collect)
            }
            return true

        case .ref(let target):
            return follow(target.node, "$ref", node, instance, &ann, collect: collect)

        case .dynamicRef(let initial, let anchor):
            var target = initial.node
            if let anchor {
                for scope in dynamicScope {
                    if let link = scope.dynamicAnchors[anchor] { target = link.node; break }
                }
            }
            return follow(target, "$dynamicRef", node, instance, &ann, collect: collect)

        case .unevaluatedItems(let child):
            guard case .array(let a) = instance.kind else { return true }
            var ok = true
            for i in a.indices where !ann.isEvaluated(item: i) {
                if child.boolean == false {
                    ok = false
                    if quiet > 0 { return false }
                    report("unevaluatedItems", node, "unexpected item at index \(i) (not allowed by unevaluatedItems: false)", instance: a[i], child: .index(i))
                    continue
                }
                if !descend(child, a[i], .index(i), ("unevaluatedItems", nil)) {
                    ok = false
                    if quiet > 0 { return false }
                }
            }
            if ok { ann.allItems = true }
            return ok

        case .unevaluatedProperties(let child):
            guard case .object(let o) = instance.kind else { return true }
            var ok = true
            for member in o.members where !ann.isEvaluated(property: member.key) {
                if child.boolean == false {
                    ok = false
                    if quiet > 0 { return false }
                    report("unevaluatedProperties", node, "unknown property \"\(member.key)\" (not allowed by unevaluatedProperties: false)",
                           instance: member.value, child: .key(member.key), source: member.keyLocation)
                    continue
                }
                if !descend(child, member.value, .key(member.key), ("unevaluatedProperties", nil)) {
                    ok = false
                    if quiet > 0 { return false }
                }
            }
            if ok { ann.allProperties = true }
            return ok
        }
    }

    /// Follows a `$ref`/`$dynamicRef`, refusing to re-enter a target at the same instance
    /// location (a cycle that would never terminate).
    private mutating func follow(_ target: SchemaNode, _ keyword: String, _ node: SchemaNode, _ instance: JSONValue,
                        _ ann: inout Annotations, collect: Bool) -> Bool {
        let id = ObjectIdentifier(target)
        let level = instancePath.count
        var i = refStack.count - 1
        while i >= 0 && refStack[i].1 == level {
            if refStack[i].0 == id {
                if quiet == 0 {
                    report(keyword, node, "reference cycle: \(target.absoluteLocation) is re-entered without consuming any of the instance (infinite recursion)", instance: instance)
                }
                return false
            }
            i -= 1
        }
        refStack.append((id, level))
        defer { refStack.removeLast() }
        return inPlace(target, instance, (keyword, nil), &ann, collect: collect)
    }

    // MARK: - anyOf / oneOf summaries

    /// Reports a failed anyOf/oneOf compactly: when the alternatives discriminate by `type` or
    /// by a `const`/`enum` property and exactly one alternative survives, that alternative's
    /// errors are reported; otherwise one error lists each alternative's first problem.
    private mutating func summarize(_ keyword: String, _ node: SchemaNode, _ instance: JSONValue, _ branches: [[ValidationError]]) {
        let here = currentInstancePointer
        func rejectedEarly(_ errs: [ValidationError]) -> Bool {
            errs.contains { e in
                if e.keyword == "type" && e.instanceLocation == here { return true }
                if (e.keyword == "const" || e.keyword == "enum") && e.instanceLocation.tokens.count == here.tokens.count + 1
                    && e.instanceLocation.tokens.starts(with: here.tokens) { return true }
                return false
            }
        }
        let candidates = branches.indices.filter { !rejectedEarly(branches[$0]) }
        if candidates.count == 1, let only = candidates.first, !branches[only].isEmpty {
            report(keyword, node, "value does not match alternative \(only) of \(keyword), the only one that fits its shape (\(branches[only].count) problem\(branches[only].count == 1 ? "" : "s") below)", instance: instance)
            errors.append(contentsOf: branches[only])
            return
        }
        if candidates.isEmpty {
            let typeErrors = branches.compactMap { $0.first { $0.keyword == "type" && $0.instanceLocation == here } }
            if typeErrors.count == branches.count {
                report(keyword, node, "value matches none of the \(branches.count) alternatives of \(keyword): got \(ValueDescription.describe(instance))", instance: instance)
                return
            }
        }
        let shown = (candidates.isEmpty ? Array(branches.indices) : candidates).prefix(5)
        var parts: [String] = []
        for i in shown {
            guard let first = branches[i].first else { continue }
            let at = first.instanceLocation == here ? "" : " at \(first.instanceLocation)"
            var text = first.message
            if text.count > 120 { text = String(text.prefix(120)) + "…" }
            parts.append("(\(i)) \(text)\(at)\(branches[i].count > 1 ? " (+\(branches[i].count - 1) more)" : "")")
        }
        report(keyword, node, "value matches none of the \(branches.count) alternatives of \(keyword): " + parts.joined(separator: "; "), instance: instance)
    }
}
