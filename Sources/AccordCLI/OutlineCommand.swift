import Accord
import ArgumentParser

/// `accord outline FILE`: areas and their points.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print a plan's areas and their points.",
        discussion: "Exit status: 0 printed, 1 the plan is invalid (its problems are printed to standard error), 2 trouble."
    )

    @Argument(help: "A plan file, or - for standard input.")
    var file: String

    @Option(name: .shortAndLong, help: "Output format: text, markdown, html or json.")
    var format: RenderFormat = .text

    @Option(help: "Levels of points to show (1 = top-level points only).")
    var depth: Int?

    @Option(help: "Group by areas (in their defined order) or follow document order.")
    var order: Outline.Order = .areas

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let depth, depth < 1 { throw ValidationError("--depth must be at least 1") }
    }

    func run() throws {
        let plan = try PlanInput.load(file, input: input, output: output)
        let outline = Outline(plan: plan, options: .init(order: order, depth: depth))
        let text: String
        switch format {
        case .text: text = OutlineTextRenderer(style: output.style()).render(outline)
        case .markdown: text = OutlineMarkdownRenderer().render(outline)
        case .html: text = OutlineHTMLRenderer().render(outline)
        case .json: text = OutlineJSONRenderer().render(outline)
        }
        try Console.emit(text, to: output.output, inputs: [file])
    }
}

extension Outline.Order: ExpressibleByArgument {}
