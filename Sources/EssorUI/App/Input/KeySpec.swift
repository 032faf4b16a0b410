import EssorCore
import Foundation

/// Keys as people write them in the configuration file: `q`, `Ctrl-Q`,
/// `Alt-b`, `F2`, `Enter`, `PgDn`… French names (`Entrée`, `Échap`,
/// `PgSuiv`) and the names the help overlay shows are accepted too.
public enum KeySpec {
    public static func parse(_ text: String) -> Key? {
        let trimmed = text.trimmingSpaces
        let folded = SearchFolding.fold(trimmed).replacingOccurrences(of: "_", with: "-")
        if let key = named[folded] { return key }
        if trimmed.count == 1, let c = trimmed.first, !c.isWhitespace, !Self.isControl(c) {
            return .char(c)
        }
        for prefix in ["ctrl-", "c-", "^"] where folded.hasPrefix(prefix) {
            let rest = trimmed.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.lowercased().first, c.isASCII, c.isLetter else { return nil }
            return .ctrl(c)
        }
        for prefix in ["alt-", "m-", "meta-"] where folded.hasPrefix(prefix) {
            let rest = trimmed.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, !Self.isControl(c), !c.isWhitespace else { return nil }
            return .alt(c)
        }
        if folded.hasPrefix("f"), let n = Int(folded.dropFirst()), (1...24).contains(n) {
            return .function(n)
        }
        return nil
    }

    private static func isControl(_ c: Character) -> Bool {
        c.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    /// Names of the keys that are not a character, folded (lower case, no accents).
    private static let named: [String: Key] = [
        "enter": .enter, "entree": .enter, "return": .enter, "ret": .enter,
        "esc": .escape, "escape": .escape, "echap": .escape, "echappement": .escape,
        "tab": .tab, "shift-tab": .backTab, "maj-tab": .backTab, "backtab": .backTab,
        "space": .char(" "), "espace": .char(" "),
        "up": .up, "haut": .up, "↑": .up,
        "down": .down, "bas": .down, "↓": .down,
        "left": .left, "gauche": .left, "←": .left,
        "right": .right, "droite": .right, "→": .right,
        "pgup": .pageUp, "pageup": .pageUp, "page-up": .pageUp, "pgprec": .pageUp,
        "pgdn": .pageDown, "pagedown": .pageDown, "page-down": .pageDown, "pgsuiv": .pageDown,
        "home": .home, "debut": .home,
        "end": .end, "fin": .end,
        "insert": .insert, "ins": .insert, "inser": .insert,
        "delete": .delete, "del": .delete, "suppr": .delete,
        "backspace": .backspace, "retour-arriere": .backspace, "retour arriere": .backspace,
    ]
}
