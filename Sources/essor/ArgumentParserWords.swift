import ArgumentParser
import EssorCore
import Foundation

/// ArgumentParser writes its own words around essor's help texts (the
/// headings, the `--help` and `--version` lines, usage errors) in English.
/// This is the one place where they meet the catalogue: its output is
/// rewritten phrase by phrase through `tr`, so that `essor --help` is
/// French by default like the rest.
///
/// Machine outputs (completion scripts, `--experimental-dump-help`) are
/// left untouched: a shell script or JSON must stay exactly as generated.
enum ArgumentParserWords {
    static func translates(_ arguments: [String]) -> Bool {
        !arguments.contains {
            $0.hasPrefix("--generate-completion-script") || $0 == "--experimental-dump-help"
        }
    }

    static func translate(_ text: String, fr: Bool) -> String {
        guard fr else { return text }
        var out = text
        for (english, french) in phrases {
            out = out.replacingOccurrences(of: english, with: french)
        }
        for (pattern, template) in patterns {
            out = out.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        return out
    }

    /// Fixed phrases, as ArgumentParser 1.8 writes them.
    static var phrases: [(String, String)] {
        let fr = true
        return [
            ("OVERVIEW: ", tr("OVERVIEW: ", fr)),
            ("\nUSAGE: ", "\n" + tr("USAGE: ", fr)),
            ("\nARGUMENTS:\n", "\n" + tr("ARGUMENTS:", fr) + "\n"),
            ("\nOPTIONS:\n", "\n" + tr("OPTIONS:", fr) + "\n"),
            ("\nSUBCOMMANDS:\n", "\n" + tr("SUBCOMMANDS:", fr) + "\n"),
            ("Show help information.", tr("Show help information.", fr)),
            ("Show the version.", tr("Show the version.", fr)),
            ("Error: ", tr("Error: ", fr)),
            ("Usage: ", tr("Usage: ", fr)),
            ("Help:  ", tr("Help:  ", fr)),
        ]
    }

    /// Phrases with a part that varies (a command's name, an option, a
    /// value), as regular expressions and their French with `$1`, `$2`.
    static var patterns: [(String, String)] {
        let fr = true
        return [
            (
                #"See '([^']+) <subcommand>' for detailed help\."#,
                tr("See “%s <subcommand>” for detailed help.", fr, "$1")
            ),
            (#"See '([^']+)' for more information\."#, tr("See “%s” for more information.", fr, "$1")),
            (#"\(default: ([^)]*)\)"#, tr("(default: %s)", fr, "$1")),
            (#"\(values: ([^;)]*)\)"#, tr("(values: %s)", fr, "$1")),
            (#"\(values: ([^;)]*); default: ([^)]*)\)"#, tr("(values: %1$s; default: %2$s)", fr, "$1", "$2")),
            (#"Missing expected argument '([^']+)'"#, tr("Missing expected argument “%s”", fr, "$1")),
            (#"Unknown option '([^']+)'"#, tr("Unknown option “%s”", fr, "$1")),
            (#"Unexpected argument '([^']+)'"#, tr("Unexpected argument “%s”", fr, "$1")),
            (#"Unexpected arguments (.+)"#, tr("Unexpected arguments %s", fr, "$1")),
            (#"Missing value for '([^']+)'"#, tr("Missing value for “%s”", fr, "$1")),
            (
                #"The value '([^']*)' is invalid for '([^']+)'"#,
                tr("The value “%1$s” is invalid for “%2$s”", fr, "$1", "$2")
            ),
        ]
    }
}

extension Essor {
    /// ArgumentParser's `main`, with its messages through the catalogue.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // A usage error exits 2, as the README says (ArgumentParser's
            // own code is 64).
            let parsed = exitCode(for: error)
            let code = parsed == .validationFailure ? ExitCode(2) : parsed
            var message = fullMessage(for: error)
            if ArgumentParserWords.translates(CommandLine.arguments) {
                message = ArgumentParserWords.translate(message, fr: HelpLanguage.fr)
            }
            if !message.isEmpty {
                if code == .success {
                    print(message)
                } else {
                    FileHandle.standardError.write(Data((message + "\n").utf8))
                }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
