/// Why the full-screen interface cannot start.
public enum TerminalError: Error, Equatable, Sendable {
    /// stdin or stdout is not a terminal (a pipe, a file).
    case notATerminal
    /// `TERM` is unset, `dumb`, or unknown to terminfo.
    case unsupportedTerminal(String)
}
