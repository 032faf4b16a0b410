import EssorCore

/// A key press, decoded by a terminal backend (or written by a test).
public enum Key: Hashable, Sendable {
    /// A printable character.
    case char(Character)
    /// Ctrl with a letter, lower-case (`ctrl("l")`).
    case ctrl(Character)
    /// Alt (or Esc then the key) with a character.
    case alt(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case insert, delete, backspace
    case enter, escape, tab, backTab
    case function(Int)
    /// The terminal changed size.
    case resize
    /// Text pasted at once (bracketed paste): it goes into the field that
    /// has focus, never read as keys.
    case paste(String)

    /// Keys as typed text: `"/econ"` gives `/`, `e`, `c`, `o`, `n`.
    public static func typing(_ text: String) -> [Key] { text.map { .char($0) } }

    /// Pasted text for a one-line field: line breaks and tabs become
    /// spaces, other control characters go; no longer than a field takes.
    public static func oneLine(_ text: String) -> String {
        var out = ""
        var afterBreak = false
        for c in pasted(text) {
            if c == "\n" {
                // Consecutive line breaks (a terminal may send CR CR for CRLF) make one space.
                if !afterBreak { out.append(" ") }
                afterBreak = true
                continue
            }
            afterBreak = false
            out.append(c == "\t" ? " " : c)
        }
        return out
    }

    /// Pasted text with its line breaks as `\n` (a terminal sends `\r`),
    /// without other control characters, cut at `TextLimit.long`.
    public static func pasted(_ text: String) -> String {
        var out = ""
        var count = 0
        for c in text {
            guard count < TextLimit.long else { break }
            if c == "\r\n" || c == "\r" || c == "\n" {
                out.append("\n")
            } else if c == "\t" {
                out.append(c)
            } else if c.unicodeScalars.allSatisfy({
                $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value)
            }) {
                out.append(c)
            } else {
                continue
            }
            count += 1
        }
        return out
    }
}
