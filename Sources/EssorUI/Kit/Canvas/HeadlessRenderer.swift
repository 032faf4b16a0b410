/// Renders a canvas to plain text (and a parallel map of roles) for tests
/// and for `snapshot`-style output: no terminal involved.
public enum HeadlessRenderer {
    /// The canvas as lines of text, trailing spaces removed.
    public static func text(_ canvas: Canvas) -> String {
        lines(canvas).joined(separator: "\n")
    }

    public static func lines(_ canvas: Canvas) -> [String] {
        (0..<canvas.height).map { y in
            var line = ""
            for x in 0..<canvas.width {
                line += canvas[x, y].text
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// One character per cell giving its role (see `code(for:)`), so tests
    /// can check where selection, headers or escapes are.
    public static func roles(_ canvas: Canvas) -> String {
        (0..<canvas.height).map { y in
            String((0..<canvas.width).map { x in code(for: canvas[x, y].role) })
        }.joined(separator: "\n")
    }

    public static func code(for role: Role) -> Character {
        switch role {
        case .normal: "."
        case .title: "T"
        case .tab: "t"
        case .tabActive: "A"
        case .border: "|"
        case .borderFocused: "F"
        case .selection: "S"
        case .selectionDim: "s"
        case .header: "H"
        case .muted: "m"
        case .accent: "a"
        case .warning: "W"
        case .error: "E"
        case .success: "G"
        case .status: "_"
        case .key: "k"
        case .escaped: "X"
        case .input: "I"
        case .overlay: "O"
        case .today: "D"
        case .conflict: "C"
        case .present: "P"
        case .absent: "N"
        case .timer: "Y"
        case .bar: "B"
        }
    }
}
