import Accord
import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// `accord validate FILE…`: schema and domain checks, every problem located.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check plans against the plan schema and the domain rules.",
        discussion: """
        FILE may be `-` (standard input) or a directory (its *.yaml and *.yml files, checked in \
        parallel). Prints every problem as `file:line:col: severity: message [rule]`. Exit status: \
        0 all valid (warnings allowed), 1 some file invalid, 2 a file could not be read.
        """
    )

    @Argument(help: "Plan files, directories, or - for standard input.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: RenderFormat = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard format == .text || format == .json else {
            throw ValidationError("validate writes text or json, not \(format.rawValue)")
        }
    }

    func run() throws {
        let paths: [String]
        do {
            paths = try InputReader.expand(files)
        } catch {
            throw CommandTrouble(error.description)
        }
        let validator = PlanValidator(options: .init(limits: input.limits, warningsAsErrors: strict))
        let report = validator.validate(paths: paths)
        let text: String
        switch format {
        case .json: text = ValidationReportRenderer.json(report)
        default: text = ValidationReportRenderer(style: output.style()).text(report)
        }
        try Console.emit(text, to: output.output, inputs: paths)
        let status: Int32 = report.hasTrouble ? 2 : report.isValid ? 0 : 1
        // The process ends here: exit while the report (which can hold a plan of 100,000
        // points) is still alive, rather than spend tens of milliseconds freeing it first.
        withExtendedLifetime(report) { Glibc.exit(status) }
    }
}
