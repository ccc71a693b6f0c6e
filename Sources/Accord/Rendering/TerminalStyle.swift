/// ANSI styling for text meant for a terminal. `.plain` emits no escape sequences at all.
///
/// Whether to colour is decided once by the caller (`TerminalStyle.detect(isTTY:environment:)`),
/// never by the renderers themselves.
public struct TerminalStyle: Sendable {
    public var colors: Bool

    public init(colors: Bool) { self.colors = colors }

    public static let plain = TerminalStyle(colors: false)
    public static let colored = TerminalStyle(colors: true)

    /// Colour when writing to a terminal, unless `NO_COLOR` is set (any value) or `TERM=dumb`.
    public static func detect(isTTY: Bool, environment: [String: String]) -> TerminalStyle {
        if environment["NO_COLOR"] != nil { return .plain }
        if environment["TERM"] == "dumb" { return .plain }
        return TerminalStyle(colors: isTTY)
    }

    public enum Color: Int, Sendable {
        case red = 31, green = 32, yellow = 33, blue = 34, magenta = 35, cyan = 36, gray = 90
    }

    /// `text` (already sanitised) wrapped in the given colour.
    public func color(_ text: String, _ c: Color) -> String {
        colors ? "\u{1B}[\(c.rawValue)m\(text)\u{1B}[0m" : text
    }
    public func bold(_ text: String) -> String { colors ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    public func dim(_ text: String) -> String { colors ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    public func strike(_ text: String) -> String { colors ? "\u{1B}[9m\(text)\u{1B}[0m" : text }
    public func underline(_ text: String) -> String { colors ? "\u{1B}[4m\(text)\u{1B}[0m" : text }
}
