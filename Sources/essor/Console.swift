import EssorCore
import Foundation

/// essor's standard output and error: every byte a command prints passes
/// the one escaping layer (`OutputText`), whatever it quotes from the
/// store or from a file. (Only `essor themes` writes colour sequences of
/// its own, around names it escapes.)
enum Console {
    /// Lines for people on standard output, each escaped as on a terminal
    /// (table cells escaped already stay as they are: escaping is idempotent).
    static func lines(_ lines: [String]) {
        var out = lines.map(SafeText.escaped).joined(separator: "\n")
        if !out.isEmpty { out += "\n" }
        write(out, to: FileHandle.standardOutput)
    }

    /// A document (CSV, Markdown, iCalendar, JSON, a screen) on standard
    /// output: its line breaks kept, cleaned as a file is.
    static func document(_ text: String) {
        write(OutputText.document(text), to: FileHandle.standardOutput)
    }

    /// A message on standard error, every line escaped.
    static func message(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            SafeText.escaped(String($0))
        }
        write(lines.joined(separator: "\n") + "\n", to: FileHandle.standardError)
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
