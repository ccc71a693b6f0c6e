extension PlanHistory {
    /// The history in the given format. `style` only affects `.text` (colours).
    public func render(format: RenderFormat, style: TerminalStyle = .plain) -> String {
        switch format {
        case .text: return HistoryTextRenderer(style: style).render(self)
        case .markdown: return HistoryMarkdownRenderer().render(self)
        case .html: return HistoryHTMLRenderer().render(self)
        case .json: return HistoryJSONRenderer().render(self)
        }
    }
}
