import Accord
import ArgumentParser

/// `accord schema …`: generic JSON Schema tools.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Validate YAML or JSON documents against any JSON Schema (draft 2020-12).",
        subcommands: [SchemaValidateCommand.self]
    )
}

/// `accord schema validate --schema S INSTANCE…`.
struct SchemaValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate YAML or JSON instances against a JSON Schema.",
        discussion: """
        Every failure is reported with its location (file:line:col) and its JSON Pointer. \
        Schemas may reference other schema files in their folder; network references are never \
        fetched. Exit status: 0 all valid, 1 some instance invalid or the schema is invalid, \
        2 a file could not be read.
        """
    )

    @Option(name: .long, help: "The schema (JSON, or YAML if it ends in .yaml/.yml).")
    var schema: String

    @Argument(help: "Instance files (YAML or JSON), directories, or - for standard input.")
    var instances: [String]

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: RenderFormat = .text

    @Flag(help: "Treat `format` as an assertion (dates, emails, URIs, … must be well formed).")
    var assertFormat = false

    @Flag(help: "Let the schema reference files outside its own folder.")
    var allowOutsideRefs = false

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard format == .text || format == .json else {
            throw ArgumentParser.ValidationError("schema validate writes text or json, not \(format.rawValue)")
        }
    }

    func run() throws {
        let validator: SchemaInstanceValidator
        do {
            validator = try SchemaInstanceValidator(
                schemaPath: schema,
                options: .init(assertingFormats: assertFormat, allowingReferencesOutsideFolder: allowOutsideRefs),
                limits: input.limits)
        } catch {
            let report = ValidationReport(checks: [DocumentCheck(file: schema, diagnostics: error.diagnostics)])
            try emit(report)
            throw ExitCode(error.isIOError ? 2 : 1)
        }
        let paths: [String]
        do {
            paths = try InputReader.expand(instances)
        } catch {
            throw CommandTrouble(error.description)
        }
        var report = validator.validate(paths: paths)
        if !validator.schemaWarnings.isEmpty {
            report.checks.insert(DocumentCheck(file: schema, diagnostics: validator.schemaWarnings), at: 0)
        }
        try emit(report, inputs: paths)
        if report.hasTrouble { throw ExitCode(2) }
        if !report.isValid { throw ExitCode(1) }
    }

    private func emit(_ report: ValidationReport, inputs: [String] = []) throws {
        let text = format == .json
            ? ValidationReportRenderer.basicJSON(report, schema: schema)
            : ValidationReportRenderer(style: output.style()).text(report)
        try Console.emit(text, to: output.output, inputs: inputs + [schema])
    }
}
