import Accord
import ArgumentParser

/// `accord history V1 V2 V3 …`: how each point evolved across several versions of a plan.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show how each point evolved across several versions of a plan.",
        discussion: """
        Consecutive versions are compared as `accord diff` does, and the pairs are chained into \
        a table: one row per point, one column per version (oldest first), with marks for \
        reworded, renumbered, moved, split, merged, added and removed. Exit status as \
        `accord diff`: 0 all versions are the same, 1 some differ, 2 trouble (including an \
        invalid plan).
        """
    )

    @Argument(help: "Two or more versions of the plan, oldest first.")
    var versions: [String]

    @Option(name: .shortAndLong, help: "Output format: text, markdown, html or json.")
    var format: RenderFormat = .text

    @Option(help: "Pair points by: auto (ids where they agree with content), id, or content.")
    var match: PlanDiffOptions.MatchMode = .auto

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard versions.count >= 2 else { throw ValidationError("give at least two versions, oldest first") }
        guard versions.filter({ $0 == "-" }).count <= 1 else {
            throw ValidationError("only one version can be standard input")
        }
    }

    func run() throws {
        let plans = try PlanInput.load(versions, input: input, output: output, invalidStatus: 2)
        let history = PlanHistory.build(plans, options: PlanDiffOptions(matchMode: match))
        try Console.emit(history.render(format: format, style: output.style()), to: output.output, inputs: versions)
        if history.diffs.contains(where: \.hasDifferences) { throw ExitCode(1) }
    }
}
