import Accord
import ArgumentParser

/// Loads a plan for commands that need a valid one (outline, diff, history).
enum PlanInput {
    /// The plan in `path`; prints its diagnostics to standard error. Invalid plans end the
    /// command with `invalidStatus`; unreadable files with 2.
    static func load(_ path: String, input: InputOptions, output: OutputOptions, invalidStatus: Int32 = 1) throws -> Plan {
        let validator = PlanValidator(options: .init(limits: input.limits))
        let check = validator.validate(path: path)
        let formatter = DiagnosticFormatter(style: output.style(forStderr: true))
        for d in check.diagnostics.sortedByLocation() where d.severity == .error {
            Console.error(formatter.text(d))
        }
        if check.ioError != nil { throw ExitCode(2) }
        guard check.isValid, let plan = check.plan else {
            Console.error("accord: \(Escaping.terminal(check.file)) is not a valid plan (\(DiagnosticFormatter.tally(check.diagnostics))); run `accord validate \(Escaping.terminal(check.file))`")
            throw ExitCode(invalidStatus)
        }
        return plan
    }
}
