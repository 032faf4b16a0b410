/// Line-drawing and marker characters: Unicode when the terminal's locale
/// is UTF-8, plain ASCII otherwise.
public struct Glyphs: Equatable, Sendable {
    public let horizontal: String
    public let vertical: String
    public let topLeft: String
    public let topRight: String
    public let bottomLeft: String
    public let bottomRight: String
    public let ellipsis: String
    public let bullet: String
    public let pointer: String
    public let scopeMarker: String
    public let sortAscending: String
    public let arrowUp: String
    public let arrowDown: String
    public let separator: String
    public let dash: String
    public let cursor: String
    /// Marks a meeting in conflict with another.
    public let conflictMark: String
    /// Marks a calendar day with meetings.
    public let dayMark: String

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
        bottomRight: "┘", ellipsis: "…", bullet: "•", pointer: "▸", scopeMarker: "●",
        sortAscending: "▲", arrowUp: "↑", arrowDown: "↓", separator: "·", dash: "–", cursor: "▏",
        conflictMark: "⚠", dayMark: "•")

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
        bottomRight: "+", ellipsis: "~", bullet: "*", pointer: ">", scopeMarker: "*",
        sortAscending: "^", arrowUp: "^", arrowDown: "v", separator: "-", dash: "-", cursor: "_",
        conflictMark: "!", dayMark: "*")
}
