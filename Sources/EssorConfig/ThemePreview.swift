import EssorUI

/// Theme swatches for `essor themes`, written with the terminal's own
/// escape sequences (SGR) at the colour depth it announces.
public enum ThemePreview {
    /// The roles shown, in order.
    public static let roles: [Role] = [
        .title, .normal, .selection, .muted, .accent, .key, .warning, .error, .success, .conflict,
    ]

    /// The depth a terminal announces through its environment.
    public static func depth(environment: [String: String]) -> ColorDepth {
        let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
        if colorTerm == "truecolor" || colorTerm == "24bit" { return .direct }
        let term = environment["TERM"] ?? ""
        if term.contains("direct") { return .direct }
        if term.contains("256") { return .indexed256 }
        if term.isEmpty || term == "dumb" { return .none }
        return .ansi16
    }

    /// One line of swatches: each role's word in its style.
    public static func line(_ theme: Theme, depth: ColorDepth, label: (Role) -> String) -> String {
        let fitted = theme.fitted(to: depth)
        return roles.map { role in
            sgr(fitted.style(role), depth: depth) + " \(label(role)) " + "\u{1B}[0m"
        }.joined(separator: " ")
    }

    /// The escape sequence that selects `style`.
    public static func sgr(_ style: TextStyle, depth: ColorDepth) -> String {
        var codes: [String] = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.italic { codes.append("3") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if depth > .none {
            codes += color(style.foreground, base: 30)
            codes += color(style.background, base: 40)
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func color(_ color: ThemeColor, base: Int) -> [String] {
        switch color {
        case .terminalDefault: []
        case .ansi(let n): [String(n < 8 ? base + n : base + 60 + n - 8)]
        case .indexed(let n): ["\(base + 8)", "5", "\(n)"]
        case .rgb(let r, let g, let b): ["\(base + 8)", "2", "\(r)", "\(g)", "\(b)"]
        }
    }
}
