/// The one escaping layer for text that leaves essor. Text from data
/// (names, notes, imports) may hold control characters and bidirectional
/// overrides: on a terminal they would act (OSC 0 sets the window title,
/// OSC 52 writes the clipboard), and in a file they would hide or reorder
/// what a reader sees. Each destination gets what its format allows:
///
/// - a terminal line: every such character shown as an escape (`\e`,
///   `\r`, `\u{202E}`), see `SafeText`;
/// - a value in a file (CSV, Markdown, HTML, iCalendar): C0 controls other
///   than tab and line feed, DEL and C1 controls are removed, a carriage
///   return ends a line (`\r\n` and `\r` become `\n`; the format writer
///   then writes line breaks its own way), bidirectional controls are shown
///   as `\u{202E}`;
/// - a whole document, on its way to a file or standard output: the same,
///   but its own line ends (CRLF in CSV and iCalendar) are kept;
/// - text inside markup essor builds itself (an SVG chart): the value in
///   a file, with `& < > " '` as entities (templates escape their own);
/// - JSON: `\u` escapes, see `SafeJSON` (nothing is lost).
///
/// Format writers call `clean(_:for:)` on every value they write; the
/// output sinks pass whole documents through `document(_:)` as a last
/// guard. Both are idempotent.
public enum OutputText {
    public enum Destination: Sendable {
        case terminal
        case file
        /// Text or an attribute value in HTML, SVG or XML.
        case markup
    }

    /// `text` as it may be written to `destination`.
    public static func clean(_ text: String, for destination: Destination) -> String {
        switch destination {
        case .terminal: return SafeText.escaped(text)
        case .file: return cleaned(text, keepingCR: false)
        case .markup: return entities(cleaned(text, keepingCR: false))
        }
    }

    /// A whole document (its own line breaks and tabs kept) made safe for
    /// any reader: the last guard before bytes leave for a file, a pipe or
    /// a terminal.
    public static func document(_ text: String) -> String { cleaned(text, keepingCR: true) }

    private static func entities(_ text: String) -> String {
        guard text.contains(where: { "&<>\"'".contains($0) }) else { return text }
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    private static func cleaned(_ text: String, keepingCR: Bool) -> String {
        let unsafe = text.unicodeScalars.contains {
            isDropped($0) || isBidi($0) || (!keepingCR && $0 == "\r")
        }
        if !unsafe { return text }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            if scalar == "\r" && !keepingCR {
                out.append("\n")
                continue
            }
            if scalar == "\n" && afterCR && !keepingCR { continue }
            if isDropped(scalar) { continue }
            if isBidi(scalar) {
                out.append(contentsOf: SafeText.escape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Control characters a file never needs: C0 but tab, line feed and
    /// carriage return; DEL; C1.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0x7F || (0x80...0x9F).contains(v)
    }

    /// Bidirectional embeddings, overrides and isolates.
    static func isBidi(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
