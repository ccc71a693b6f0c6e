import Accord
import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// `accord diff OLD NEW`: what changed between two versions of a plan.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a plan, point by point.",
        discussion: """
        Points are paired by id where ids agree with content, and by content (wording, title, \
        topics, area) elsewhere, so renumbered, reworded, moved, split and merged points are \
        recognised even when the redraft changed every id. Exit status as diff(1): 0 no \
        differences, 1 differences, 2 trouble (including an invalid plan).
        """
    )

    @Argument(help: "The older version.")
    var old: String

    @Argument(help: "The newer version.")
    var new: String

    @Option(name: .shortAndLong, help: "Output format: text, markdown, html or json.")
    var format: RenderFormat = .text

    @Option(help: "Pair points by: auto (ids where they agree with content), id, or content.")
    var match: PlanDiffOptions.MatchMode = .auto

    @Flag(help: "Also list unchanged points (text and markdown).")
    var showUnchanged = false

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        guard old != "-" || new != "-" else { throw CommandTrouble("only one of OLD and NEW can be standard input") }
        let checks = try PlanInput.loadChecks([old, new], input: input, output: output, invalidStatus: 2)
        let options = PlanDiffOptions(matchMode: match)
        let report: PlanDiffReport
        if let oldPlan = checks[0].plan, let newPlan = checks[1].plan {
            // Reuse the points as flattened for validation (the checks keep them until exit).
            if let oldFlat = checks[0].flatPoints, let newFlat = checks[1].flatPoints {
                report = PlanDiff.compare(oldPlan, newPlan, oldFlat: oldFlat, newFlat: newFlat, options: options)
            } else {
                report = PlanDiff.compare(oldPlan, newPlan, options: options)
            }
        } else {
            throw ExitCode(2)
        }
        let text: String
        switch format {
        case .text: text = DiffTextRenderer(style: output.style(), showUnchanged: showUnchanged).render(report)
        case .markdown: text = DiffMarkdownRenderer(showUnchanged: showUnchanged).render(report)
        case .html: text = DiffHTMLRenderer().render(report)
        case .json: text = DiffJSONRenderer().render(report)
        }
        try Console.emit(text, to: output.output, inputs: [old, new])
        // Exit here, as `EntryPoint` would, rather than unwinding: freeing two large plans and
        // their report object by object takes a noticeable share of the run, and the system
        // reclaims the memory at once anyway. (Output is already written: `Console` does not buffer.)
        // The checks (plans and flattened points) are kept alive up to here explicitly:
        // otherwise they are released after their last use, freeing both plans point by point
        // on this thread before the report is even rendered.
        let status: Int32 = report.hasDifferences ? 1 : 0
        withExtendedLifetime(checks) { Glibc.exit(status) }
    }
}

extension PlanDiffOptions.MatchMode: ExpressibleByArgument {}
