import CNCurses
import EssorUI

/// Curses attributes and colour pairs for each role of a theme, computed
/// once; pairs are shared between roles with the same colours and never
/// exceed what the terminal offers.
struct Palette {
    struct Attributes {
        var attributes: attr_t
        var pair: Int16
    }

    private var byRole: [Attributes]

    init(theme: Theme, colors: Bool) {
        var pairs: [ColorKey: Int16] = [:]
        let available = Int(essor_color_pairs())
        let colorCount = Int(essor_colors())
        byRole = Role.allCases.map { role in
            let style = theme.style(role)
            var attributes = essor_a_normal()
            if style.bold { attributes |= essor_a_bold() }
            if style.dim { attributes |= essor_a_dim() }
            if style.underline { attributes |= essor_a_underline() }
            if style.reverse { attributes |= essor_a_reverse() }
            guard colors else { return Attributes(attributes: attributes, pair: 0) }
            let key = ColorKey(
                foreground: Self.curses(style.foreground, colorCount),
                background: Self.curses(style.background, colorCount))
            if key.foreground == -1 && key.background == -1 {
                return Attributes(attributes: attributes, pair: 0)
            }
            if let pair = pairs[key] { return Attributes(attributes: attributes, pair: pair) }
            let next = Int16(pairs.count + 1)
            guard Int(next) < available else { return Attributes(attributes: attributes, pair: 0) }
            init_pair(next, key.foreground, key.background)
            pairs[key] = next
            return Attributes(attributes: attributes, pair: next)
        }
    }

    func attributes(_ role: Role) -> Attributes { byRole[Int(role.rawValue)] }

    private struct ColorKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// A theme colour as a curses colour number; bright colours fall back
    /// to their normal counterpart on 8-colour terminals.
    private static func curses(_ color: ThemeColor, _ count: Int) -> Int16 {
        switch color {
        case .terminalDefault: return -1
        case .ansi(let n): return Int16(n >= count ? n % 8 : n)
        }
    }
}
