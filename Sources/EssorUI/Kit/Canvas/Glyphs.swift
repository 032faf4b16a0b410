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

    /// Eight heights for sparklines, lowest first.
    public var sparks: [String] {
        self == .unicode
            ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : ["_", ".", "-", "~", "=", "+", "*", "#"]
    }

    /// A horizontal bar `cells` wide (a fraction ends it in eighths, in
    /// Unicode), and a shade after it up to `reach` cells (what was
    /// planned, beside what was used).
    public func bar(_ cells: Double, reach: Double = 0) -> (bar: String, shade: String) {
        // Anything above nothing shows (an eighth, or one mark in ASCII).
        let eighths = cells > 0 ? max(1, Int((cells * 8).rounded())) : 0
        let marks = cells > 0 ? max(1, Int(cells.rounded())) : 0
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        let bar =
            self == .unicode
            ? String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
            : String(repeating: "#", count: marks)
        let used = self == .unicode ? (eighths + 7) / 8 : marks
        let shade = String(
            repeating: self == .unicode ? "░" : ".", count: max(0, Int(reach.rounded(.up)) - used))
        return (bar, shade)
    }

    /// A sparkline of `values` (nil: a gap), scaled between their
    /// smallest and largest.
    public func sparkline(_ values: [Double?]) -> String {
        let known = values.compactMap { $0 }
        guard let low = known.min(), let high = known.max() else { return "" }
        return values.map { value in
            guard let value else { return " " }
            let level = high > low ? Int(((value - low) / (high - low) * 7).rounded()) : 3
            return sparks[min(7, max(0, level))]
        }.joined()
    }
}
