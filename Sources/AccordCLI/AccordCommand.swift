import Accord
import ArgumentParser

/// `accord`: author, validate, diff and outline multi-point plans.
struct AccordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accord",
        abstract: "Validate, outline, diff and trace the history of multi-point plans written in YAML.",
        discussion: """
        Exit status: 0 success (valid / no differences), 1 a document is invalid or the \
        versions differ, 2 usage or I/O trouble.
        """,
        version: AccordInfo.version,
        subcommands: [ValidateCommand.self, OutlineCommand.self, DiffCommand.self, HistoryCommand.self, SchemaCommand.self]
    )
}
