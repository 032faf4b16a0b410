/// A colour as a theme names it.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 16 standard terminal colours (0 black … 7 white, 8–15 bright).
    case ansi(Int)
    /// One of the 256 indexed colours.
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    /// Its red, green and blue, with the 16 standard colours as xterm draws
    /// them; nil for the terminal's default.
    public var components: (r: Int, g: Int, b: Int)? {
        switch self {
        case .terminalDefault: return nil
        case .ansi(let n): return ColorDepth.xtermComponents(min(max(n, 0), 15))
        case .indexed(let n): return ColorDepth.xtermComponents(min(max(n, 0), 255))
        case .rgb(let r, let g, let b): return (Int(r), Int(g), Int(b))
        }
    }
}

/// How a role looks: colours and attributes.
public struct TextStyle: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool
    public var italic: Bool

    public init(
        foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
        bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false,
        italic: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
        self.italic = italic
    }

    /// The same attributes without colours (monochrome terminals, NO_COLOR).
    public var monochrome: TextStyle {
        TextStyle(bold: bold, dim: dim, underline: underline, reverse: reverse, italic: italic)
    }
}

/// Roles mapped to styles. The built-in default keeps the terminal's own
/// colours and adds a few accents; `mono` uses attributes only. Theme
/// files (TOML, in `themes/`) may set some roles; the others keep the
/// built-in default's.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var summary: String
    public var styles: [Role: TextStyle]

    public init(name: String, summary: String = "", styles: [Role: TextStyle]) {
        self.name = name
        self.summary = summary
        self.styles = styles
    }

    public func style(_ role: Role) -> TextStyle { styles[role] ?? Theme.builtIn.styles[role] ?? TextStyle() }

    /// Whether the theme uses no colour at all.
    public var isMonochrome: Bool {
        styles.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault }
    }

    static let cyan = ThemeColor.ansi(6)
    static let yellow = ThemeColor.ansi(3)

    public static let builtIn = Theme(
        name: "defaut", summary: "Les couleurs du terminal, et quelques accents",
        styles: [
            .normal: TextStyle(),
            .title: TextStyle(bold: true, reverse: true),
            .tab: TextStyle(),
            .tabActive: TextStyle(bold: true, reverse: true),
            .border: TextStyle(dim: true),
            .borderFocused: TextStyle(foreground: cyan, bold: true),
            .selection: TextStyle(bold: true, reverse: true),
            .selectionDim: TextStyle(underline: true),
            .header: TextStyle(bold: true),
            .muted: TextStyle(dim: true),
            .accent: TextStyle(foreground: cyan),
            .warning: TextStyle(foreground: yellow, bold: true),
            .error: TextStyle(foreground: .ansi(1), bold: true),
            .success: TextStyle(foreground: .ansi(2)),
            .status: TextStyle(),
            .key: TextStyle(foreground: cyan, bold: true),
            .escaped: TextStyle(foreground: .ansi(5), bold: true),
            .input: TextStyle(bold: true),
            .overlay: TextStyle(),
            .today: TextStyle(foreground: yellow, bold: true),
            .conflict: TextStyle(foreground: .ansi(1), bold: true, reverse: true),
            .present: TextStyle(foreground: .ansi(2)),
            .absent: TextStyle(foreground: .ansi(1)),
            .timer: TextStyle(bold: true),
            .bar: TextStyle(foreground: cyan, reverse: true),
        ])

    public static let mono = Theme(
        name: "mono", summary: "Sans couleur : gras, souligné, vidéo inverse",
        styles: builtIn.styles.mapValues(\.monochrome))
}
