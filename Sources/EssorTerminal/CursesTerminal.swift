import CNCurses
import EssorUI
import Glibc

/// The ncurses backend: the only code that talks to curses. It starts and
/// always restores the terminal, decodes keys, and copies canvases to the
/// screen, cell by changed cell; ncurses then sends only what changed.
public final class CursesTerminal: TerminalBackend {
    public let glyphs: Glyphs
    private let utf8: Bool
    private var palette: Palette
    private var screen: OpaquePointer?
    private var previous: Canvas?
    private var running = true

    /// Starts curses on the controlling terminal and shows `theme` with
    /// the colours the terminal has (attributes only when it has none).
    public init(theme: Theme) throws {
        setlocale(LC_ALL, "")
        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalError.notATerminal }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        if term.isEmpty || term == "dumb" { throw TerminalError.unsupportedTerminal(term) }
        guard let screen = newterm(nil, essor_stdout(), essor_stdin()) else {
            throw TerminalError.unsupportedTerminal(term)
        }
        self.screen = screen
        set_term(screen)
        SignalTrap.install()
        SignalTrap.installCrashGuard()
        SignalTrap.startWatchdog()
        utf8 = String(cString: essor_codeset()) == "UTF-8"
        glyphs = utf8 ? .unicode : .ascii
        // Raw, not cbreak: with the terminal's own signal keys on, a Ctrl-C
        // or Ctrl-Z byte inside pasted text would interrupt or suspend essor
        // before it could see the paste. Those keys arrive as keys instead,
        // and the main loop gives them their usual meaning.
        raw()
        noecho()
        nonl()
        Self.disableFlowControl()
        intrflush(essor_stdscr(), false)
        keypad(essor_stdscr(), true)
        // Let ncurses scroll with the terminal's insert/delete-line instead
        // of repainting every line when a full-width list scrolls.
        idlok(essor_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        Self.startBracketedPaste()
        var depth = ColorDepth.none
        if has_colors() {
            start_color()
            use_default_colors()
            depth = ColorDepth(colors: Int(essor_colors()))
        }
        palette = Palette(theme: theme, depth: depth)
    }

    /// How many colours the terminal shows.
    public var colorDepth: ColorDepth { palette.depth }

    /// Shows `theme` from the next draw on, repainting every cell.
    public func apply(_ theme: Theme) {
        palette = Palette(theme: theme, depth: palette.depth)
        previous = nil
    }

    deinit { stop() }

    /// Ctrl-S saves and Ctrl-Q is free: neither may pause the terminal
    /// (XON/XOFF). Saved as curses' program mode, so the shell's own
    /// setting comes back with `endwin`.
    private static func disableFlowControl() {
        var modes = termios()
        guard tcgetattr(0, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(0, TCSANOW, &modes)
        def_prog_mode()
    }

    /// Leaves curses and gives the terminal back as it was. Safe to call twice.
    public func stop() {
        guard running else { return }
        running = false
        curs_set(1)
        Self.writeRaw(Self.pasteOff)
        endwin()
        SignalTrap.removeCrashGuard()
        if let screen { delscreen(screen) }
        screen = nil
    }

    public var size: Size { Size(width: Int(essor_cols()), height: Int(essor_lines())) }

    /// Whether the terminal's real size differs from curses' idea of it, in
    /// which case curses is told (a SIGWINCH can be lost when several come
    /// at once: a window dragged, or a resize storm).
    public func catchUpWithSize() -> Bool {
        var window = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &window) == 0, window.ws_row > 0, window.ws_col > 0 else {
            return false
        }
        let rows = Int32(window.ws_row)
        let columns = Int32(window.ws_col)
        guard rows != essor_lines() || columns != essor_cols() else { return false }
        resizeterm(rows, columns)
        return true
    }

    /// Ctrl-Z typed: gives the terminal back and stops, as the shell's job
    /// control expects (ncurses' own handler restores the screen on `fg`).
    public func suspend() {
        raise(SIGTSTP)
    }

    /// The signal that asked essor to stop (SIGINT, SIGTERM, SIGHUP), if any.
    public var pendingSignal: Int32? { SignalTrap.received }

    /// Marks the pending signal as handled (Ctrl-C turned into a key).
    public func clearSignal() { SignalTrap.clear() }

    // MARK: Bracketed paste

    /// Key codes ncurses gives for the markers around pasted text.
    static let pasteStartCode: Int32 = 0x7E00
    static let pasteEndCode: Int32 = 0x7E01
    static let pasteOn = "\u{1B}[?2004h"
    static let pasteOff = "\u{1B}[?2004l"
    /// The most a paste keeps (a text field takes no more).
    static let pasteLimit = 1 << 20

    /// Asks the terminal to mark pasted text (`ESC [200~` … `ESC [201~`),
    /// so that a paste is never read as keys (« dossier » pasted in a list
    /// would delete a record and confirm it); ncurses reports the markers
    /// as two key codes of their own.
    private static func startBracketedPaste() {
        define_key("\u{1B}[200~", pasteStartCode)
        define_key("\u{1B}[201~", pasteEndCode)
        writeRaw(pasteOn)
    }

    private static func writeRaw(_ sequence: String) {
        fputs(sequence, essor_stdout())
        fflush(essor_stdout())
    }

    /// The text up to the end marker (or until the terminal falls silent
    /// for a second, should the marker be lost), as one key.
    private func readPaste() -> Key {
        var scalars = String.UnicodeScalarView()
        var count = 0
        wtimeout(essor_stdscr(), 1000)
        while true {
            var value: wint_t = 0
            let result = wget_wch(essor_stdscr(), &value)
            if result == KEY_CODE_YES {
                if Int32(value) == Self.pasteEndCode { break }
                if Int32(value) == KEY_ENTER, count < Self.pasteLimit { scalars.append("\n") }
                continue  // other function keys inside a paste are dropped
            }
            guard result == OK else { break }
            count += 1
            if count <= Self.pasteLimit, let scalar = Unicode.Scalar(UInt32(value)) { scalars.append(scalar) }
        }
        return .paste(String(scalars))
    }

    /// Waits up to `timeoutMilliseconds` for a key; nil on timeout.
    public func readKey(timeoutMilliseconds: Int32) -> Key? {
        wtimeout(essor_stdscr(), timeoutMilliseconds)
        var value: wint_t = 0
        let result = wget_wch(essor_stdscr(), &value)
        switch result {
        case KEY_CODE_YES:
            if Int32(value) == Self.pasteStartCode { return readPaste() }
            if Int32(value) == Self.pasteEndCode { return nil }
            return KeyDecoder.functionKey(Int32(value))
        case OK:
            if value == 27 { return escapeOrAlt() }
            return KeyDecoder.character(UInt32(value))
        default:
            return nil
        }
    }

    /// Esc followed at once by a character is Alt with that character.
    private func escapeOrAlt() -> Key {
        wtimeout(essor_stdscr(), 0)
        var next: wint_t = 0
        let result = wget_wch(essor_stdscr(), &next)
        if result == OK, case .char(let c)? = KeyDecoder.character(UInt32(next)) {
            return .alt(c)
        }
        if result == OK || result == KEY_CODE_YES {
            unget_wch(wchar_t(next))
        }
        return .escape
    }

    /// Copies `canvas` to the screen: only cells that changed since the last
    /// draw, or every cell when `full` (after a resize or Ctrl-L).
    public func draw(_ canvas: Canvas, full: Bool = false) {
        let window = essor_stdscr()
        let repaint = full || previous?.width != canvas.width || previous?.height != canvas.height
        if repaint {
            werase(window)
            if full { clearok(essor_curscr(), true) }
        }
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let cell = canvas[x, y]
                if !repaint, let previous, previous[x, y] == cell { continue }
                put(cell, x: x, y: y)
            }
        }
        previous = canvas
        wnoutrefresh(window)
        doupdate()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let style = palette.attributes(cell.role)
        var text = cell.text
        if cell.isContinuation {
            // The wide character to the left covers this cell; ASCII mode
            // drew a single-width replacement, so blank the second half.
            guard !utf8 else { return }
            text = " "
        }
        if !utf8 { text = AsciiFallback.transliterate(text) }
        var scalars: [wchar_t] = text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        if scalars.isEmpty { scalars = [32] }
        scalars.append(0)
        _ = essor_put_cell(Int32(y), Int32(x), scalars, style.attributes, style.pair)
    }
}
