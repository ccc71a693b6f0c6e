import Accord
import ArgumentParser

/// Loads a plan for commands that need a valid one (outline, diff, history).
enum PlanInput {
    /// The plan in `path`; prints its diagnostics to standard error. Invalid plans end the
    /// command with `invalidStatus`; unreadable files with 2.
    static func load(_ path: String, input: InputOptions, output: OutputOptions, invalidStatus: Int32 = 1) throws -> Plan {
        try load([path], input: input, output: output, invalidStatus: invalidStatus)[0]
    }

    /// The plans in `paths`, read and validated concurrently, then reported in order as if
    /// loaded one after the other: the first unreadable or invalid file ends the command
    /// (files after it are not reported).
    static func load(_ paths: [String], input: InputOptions, output: OutputOptions, invalidStatus: Int32 = 1) throws -> [Plan] {
        try loadChecks(paths, input: input, output: output, invalidStatus: invalidStatus).compactMap(\.plan)
    }

    /// Like `load(_:input:output:invalidStatus:)`, but the whole checks: each has its plan and
    /// the plan's flattened points (`flatPoints`), for commands that use both.
    static func loadChecks(_ paths: [String], input: InputOptions, output: OutputOptions, invalidStatus: Int32 = 1) throws -> [DocumentCheck] {
        let validator = PlanValidator(options: .init(limits: input.limits))
        let checks = validator.validate(paths: paths).checks
        for check in checks { try ensureValid(check, output: output, invalidStatus: invalidStatus) }
        return checks
    }

    /// Returns when `check` has a valid plan; otherwise prints its errors and ends the command.
    private static func ensureValid(_ check: DocumentCheck, output: OutputOptions, invalidStatus: Int32) throws {
        let formatter = DiagnosticFormatter(style: output.style(forStderr: true))
        for d in check.diagnostics.sortedByLocation() where d.severity == .error {
            Console.error(formatter.text(d))
        }
        if check.ioError != nil { throw ExitCode(2) }
        guard check.isValid, check.plan != nil else {
            Console.error("accord: \(Escaping.terminal(check.file)) is not a valid plan (\(DiagnosticFormatter.tally(check.diagnostics))); run `accord validate \(Escaping.terminal(check.file))`")
            throw ExitCode(invalidStatus)
        }
    }
}
