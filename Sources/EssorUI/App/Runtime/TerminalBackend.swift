/// What the main loop needs of a terminal. The ncurses backend implements
/// it for real; tests implement it with a script of keys and signals, so
/// that the loop itself (signals, keys read before one draw, resizes,
/// pastes) is tested without tmux.
public protocol TerminalBackend: AnyObject {
    /// The terminal's size, in cells.
    var size: Size { get }
    /// Line drawing the terminal can show.
    var glyphs: Glyphs { get }
    /// The signal that asked essor to stop (SIGINT, SIGTERM, SIGHUP), if any.
    var pendingSignal: Int32? { get }
    /// Marks the pending signal as handled.
    func clearSignal()
    /// Waits up to `timeoutMilliseconds` for a key; nil on timeout.
    func readKey(timeoutMilliseconds: Int32) -> Key?
    /// Shows `canvas`: only what changed, or every cell when `full`.
    func draw(_ canvas: Canvas, full: Bool)
    /// Shows `theme` from the next draw on.
    func apply(_ theme: Theme)
    /// Whether the real size moved without a resize key (then `size` is
    /// the new one).
    func catchUpWithSize() -> Bool
    /// Ctrl-Z: gives the terminal back and stops until `fg`.
    func suspend()
}
