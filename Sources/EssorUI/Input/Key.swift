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

    /// Keys as typed text: `"/econ"` gives `/`, `e`, `c`, `o`, `n`.
    public static func typing(_ text: String) -> [Key] { text.map { .char($0) } }
}
