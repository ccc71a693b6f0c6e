import Accord
import ArgumentParser

/// When to colour text output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// Options every rendering command shares.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write the result to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Colour text output: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    /// The terminal style for text written to stdout (never colour in files).
    func style(forStderr: Bool = false) -> TerminalStyle {
        switch color {
        case .always: return .colored
        case .never: return .plain
        case .auto:
            if output != nil && !forStderr { return .plain }
            return TerminalStyle.detect(
                isTTY: forStderr ? Console.stderrIsTerminal : Console.stdoutIsTerminal,
                environment: Console.environment)
        }
    }
}

/// Limits on input documents.
struct InputOptions: ParsableArguments {
    @Option(help: "Largest input file accepted, in bytes.")
    var maxFileSize: Int = LoadLimits.default.maxFileSize

    @Option(help: "Deepest nesting of YAML/JSON collections accepted.")
    var maxDepth: Int = LoadLimits.default.maxDepth

    var limits: LoadLimits {
        var limits = LoadLimits.default
        limits.maxFileSize = maxFileSize
        limits.maxDepth = maxDepth
        return limits
    }
}

extension RenderFormat: ExpressibleByArgument {}
