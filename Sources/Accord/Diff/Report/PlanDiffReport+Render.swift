extension PlanDiffReport {
    /// The report in the given format. `style` only affects `.text` (colours).
    public func render(format: RenderFormat, style: TerminalStyle = .plain) -> String {
        switch format {
        case .text: return DiffTextRenderer(style: style).render(self)
        case .json: return DiffJSONRenderer().render(self)
        case .markdown: return DiffMarkdownRenderer().render(self)
        case .html: return DiffHTMLRenderer().render(self)
        }
    }
}
