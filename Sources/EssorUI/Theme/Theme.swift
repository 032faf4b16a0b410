/// A colour as a theme names it.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 16 standard terminal colours (0 black … 7 white, 8–15 bright).
    case ansi(Int)
}

/// How a role looks: colours and attributes.
public struct TextStyle: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(
        foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
        bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    /// The same attributes without colours (monochrome terminals, NO_COLOR).
    public var monochrome: TextStyle {
        TextStyle(bold: bold, dim: dim, underline: underline, reverse: reverse)
    }
}

/// Roles mapped to styles. The built-in default keeps the terminal's own
/// colours and adds a few accents; `mono` uses attributes only.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [Role: TextStyle]

    public init(name: String, styles: [Role: TextStyle]) {
        self.name = name
        self.styles = styles
    }

    public func style(_ role: Role) -> TextStyle { styles[role] ?? TextStyle() }

    public static let cyan = ThemeColor.ansi(6)
    public static let yellow = ThemeColor.ansi(3)

    public static let builtIn = Theme(
        name: "defaut",
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
        ])

    public static let mono = Theme(
        name: "mono", styles: builtIn.styles.mapValues(\.monochrome))
}
