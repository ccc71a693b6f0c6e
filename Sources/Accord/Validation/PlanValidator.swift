import Foundation
import JSONSchema

/// The whole check of plan files: read (within limits), parse YAML keeping locations, check
/// the structure against the plan schema, decode, and apply every domain rule. Reports every
/// problem found, not just the first.
public struct PlanValidator: Sendable {
    public struct Options: Sendable {
        public var limits: LoadLimits
        /// Report warnings as errors (`--strict`).
        public var warningsAsErrors: Bool
        /// The domain rules to apply.
        public var rules: [PlanRule]

        public init(limits: LoadLimits = .default, warningsAsErrors: Bool = false, rules: [PlanRule] = PlanRule.all) {
            self.limits = limits
            self.warningsAsErrors = warningsAsErrors
            self.rules = rules
        }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// Checks the file at `path` (`-` is standard input).
    public func validate(path: String) -> DocumentCheck {
        check(path: path, parallelWithinFile: true)
    }

    /// Checks a document held in memory; `file` names it in diagnostics.
    public func validate(bytes: [UInt8], file: String) -> DocumentCheck {
        check(bytes: bytes, file: file, parallelWithinFile: true)
    }

    private func check(path: String, parallelWithinFile: Bool) -> DocumentCheck {
        let name = path == "-" ? "<stdin>" : path
        let bytes: [UInt8]
        do {
            bytes = try InputReader(maxBytes: options.limits.maxFileSize).read(path)
        } catch {
            let d = Diagnostic(file: name, location: .unknown, severity: .error, message: error.message, rule: "io")
            return DocumentCheck(file: name, plan: nil, diagnostics: [d], ioError: error)
        }
        return check(bytes: bytes, file: name, parallelWithinFile: parallelWithinFile)
    }

    /// Documents at least this large use a second core for their own check (parsing ahead,
    /// and the schema check beside decoding and domain rules) when allowed.
    static let parallelWithinFileThreshold = 64 << 10

    /// Checks one document; with `parallelWithinFile`, a large document's check uses two cores
    /// (when several files are checked at once, the cores are used across files instead).
    private func check(bytes: [UInt8], file: String, parallelWithinFile: Bool) -> DocumentCheck {
        let parallel = parallelWithinFile && bytes.count >= Self.parallelWithinFileThreshold
        var loader = YAMLLoader(limits: options.limits)
        loader.reportsYAML11Ambiguities = true
        if !parallel { loader.readAheadThreshold = .max }
        var loaded = loader.load(bytes, file: file)
        var diagnostics = loaded.diagnostics
        var plan: Plan?
        var flatPoints: [FlatPoint]?
        if let document = loaded.value {
            loaded.value = nil
            var schemaDiagnostics: [Diagnostic] = []
            var schemaCheck: BackgroundWork<[Diagnostic]>?
            if parallel {
                // The schema check and the decoding + domain rules are independent: run them on
                // two cores. Diagnostics keep the sequential order (schema first, then rules).
                schemaCheck = BackgroundWork { PlanSchema.shared.diagnostics(for: document, file: file) }
            } else {
                schemaDiagnostics = PlanSchema.shared.diagnostics(for: document, file: file)
            }
            // The tree is not needed past decoding here: in parallel, the schema thread, done
            // later, frees it there, off this thread's path.
            plan = PlanDecoder().decode(consume document)
            var ruleDiagnostics: [Diagnostic] = []
            if let plan {
                let context = PlanRuleContext(plan: plan, file: file)
                for rule in options.rules { ruleDiagnostics += rule.diagnostics(in: context) }
                flatPoints = context.flat
            }
            if let schemaCheck { schemaDiagnostics = schemaCheck.wait() }
            diagnostics += schemaDiagnostics
            diagnostics += ruleDiagnostics
        }
        if options.warningsAsErrors {
            diagnostics = diagnostics.map { d in
                var d = d
                if d.severity == .warning { d.severity = .error }
                return d
            }
        }
        var check = DocumentCheck(file: file, plan: plan, diagnostics: diagnostics.sortedByLocation(), ioError: nil)
        check.flatPoints = flatPoints
        return check
    }

    /// Checks many files in parallel across the machine's cores; results keep the order of `paths`.
    public func validate(paths: [String]) -> ValidationReport {
        // As many files as cores or more: the files keep the cores busy, and splitting each
        // file's check would only add threads and hand-offs.
        let parallelWithinFile = paths.count < ProcessInfo.processInfo.activeProcessorCount
        let results = ConcurrentMap.map(paths) { check(path: $0, parallelWithinFile: parallelWithinFile) }
        return ValidationReport(checks: results)
    }
}

/// The outcome of checking one document (a plan, or any instance against a user's schema).
public struct DocumentCheck: Sendable {
    /// The file as named in diagnostics (`<stdin>` for standard input).
    public var file: String
    /// The decoded plan, when the document is a plan that could be read as one (it may still
    /// have errors); nil for other documents.
    public var plan: Plan?
    /// Every problem, sorted by location.
    public var diagnostics: [Diagnostic]
    /// Set when the file could not be read at all.
    public var ioError: AccordIOError?
    /// `plan.allPoints`, as flattened for the domain rules (nil when there is no plan), so that
    /// callers that need it too (e.g. a diff) reuse it instead of flattening the plan again.
    public var flatPoints: [FlatPoint]?

    public init(file: String, plan: Plan? = nil, diagnostics: [Diagnostic], ioError: AccordIOError? = nil) {
        self.file = file
        self.plan = plan
        self.diagnostics = diagnostics
        self.ioError = ioError
    }

    /// The file was read and has no errors (warnings allowed).
    public var isValid: Bool { ioError == nil && !diagnostics.hasErrors }
}

/// The outcome of checking several files.
public struct ValidationReport: Sendable {
    public var checks: [DocumentCheck]
    public init(checks: [DocumentCheck]) { self.checks = checks }
    public var isValid: Bool { checks.allSatisfy(\.isValid) }
    /// Some file could not be read.
    public var hasTrouble: Bool { checks.contains { $0.ioError != nil } }
    public var diagnostics: [Diagnostic] { checks.flatMap(\.diagnostics) }
}
