/// The output formats of Accord's commands.
public enum RenderFormat: String, Sendable, CaseIterable {
    /// Human-readable text for a terminal (coloured when the terminal style allows).
    case text
    case markdown
    /// A standalone HTML page.
    case html
    /// Machine-readable JSON.
    case json
}
