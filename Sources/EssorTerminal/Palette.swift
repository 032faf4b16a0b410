import CNCurses
import EssorUI

/// Curses attributes and colour pairs for each role of a theme, computed
/// once per theme: colours come down to what the terminal can show, pairs
/// are shared between roles with the same colours, and never exceed the
/// terminal's `COLOR_PAIRS` (roles beyond it keep the default pair).
struct Palette {
    struct Attributes {
        var attributes: attr_t
        var pair: Int16
    }

    let depth: ColorDepth
    private var byRole: [Attributes]

    init(theme: Theme, depth: ColorDepth) {
        self.depth = depth
        let fitted = theme.fitted(to: depth)
        var pairs: [ColorKey: Int16] = [:]
        let available = min(Int(essor_color_pairs()), Int(Int16.max))
        byRole = Role.allCases.map { role in
            let style = fitted.style(role)
            var attributes = essor_a_normal()
            if style.bold { attributes |= essor_a_bold() }
            if style.dim { attributes |= essor_a_dim() }
            if style.underline { attributes |= essor_a_underline() }
            if style.reverse { attributes |= essor_a_reverse() }
            if style.italic { attributes |= essor_a_italic() }
            guard depth > .none else { return Attributes(attributes: attributes, pair: 0) }
            let key = ColorKey(
                foreground: Self.curses(style.foreground), background: Self.curses(style.background))
            if key.foreground == -1 && key.background == -1 {
                return Attributes(attributes: attributes, pair: 0)
            }
            if let pair = pairs[key] { return Attributes(attributes: attributes, pair: pair) }
            let next = pairs.count + 1
            guard next < available, init_extended_pair(Int32(next), key.foreground, key.background) == OK
            else { return Attributes(attributes: attributes, pair: 0) }
            pairs[key] = Int16(next)
            return Attributes(attributes: attributes, pair: Int16(next))
        }
    }

    func attributes(_ role: Role) -> Attributes { byRole[Int(role.rawValue)] }

    private struct ColorKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// A fitted theme colour as a curses colour number: the index for the
    /// standard and 256 colours, the packed RGB value on direct-colour
    /// terminals (where numbers below 8 still mean the standard colours).
    private static func curses(_ color: ThemeColor) -> Int32 {
        switch color {
        case .terminalDefault: return -1
        case .ansi(let n), .indexed(let n): return Int32(n)
        case .rgb(let r, let g, let b): return max(8, Int32(r) << 16 | Int32(g) << 8 | Int32(b))
        }
    }
}
