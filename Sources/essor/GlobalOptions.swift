import ArgumentParser
import EssorConfig
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// Options every command takes, before or after the subcommand's name.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            tr(
                "The store's file (default: $ESSOR_STORE, else store in config.toml, else $XDG_DATA_HOME/essor/essor.sqlite; demo.sqlite beside it for essor demo).",
                HelpLanguage.fr)),
        completion: .file(extensions: ["sqlite"]))
    var store: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            tr("The interface's language: fr or en (default: config.toml, else the locale).", HelpLanguage.fr)
        ),
        completion: .list(["fr", "en"]))
    var lang: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            tr("Theme: a name (essor themes lists them) or the path of a .toml file.", HelpLanguage.fr)),
        completion: .list(["defaut", "nuit", "clair", "contraste", "mono"]))
    var theme: String?

    @Flag(
        name: .customLong("read-only"),
        help: ArgumentHelp(
            tr(
                "Opens the store read-only: nothing is written to it (looking up, projector).",
                HelpLanguage.fr)))
    var readOnly = false

    @Option(
        name: [.customLong("attendre"), .customLong("wait")], parsing: .unconditional,
        help: ArgumentHelp(
            tr(
                "How long a write waits for another coordinator's, in seconds, 0 to 3600 (default: 30 for a command, 5 in the interface).",
                HelpLanguage.fr)))
    var wait: String?

    /// `--attendre`, read by the one number reader; nil when not given.
    func waitSeconds(_ lang: Lang) throws -> TimeInterval? {
        guard let wait else { return nil }
        guard let seconds = NumberReader.value(wait, as: .waitSeconds) else {
            throw Failure(
                message: tr(
                    "--attendre “%s”: a number of seconds from 0 to 3600 expected", lang == .fr, wait),
                status: 2)
        }
        return seconds
    }

    /// `--attendre` is checked when the command line is read, whatever the
    /// command (a look-up that never writes included).
    func validate() throws {
        guard let wait, NumberReader.value(wait, as: .waitSeconds) == nil else { return }
        throw ValidationError(
            tr("--attendre “%s”: a number of seconds from 0 to 3600 expected", HelpLanguage.fr, wait))
    }

    /// This command's options, or the root command's when given before the
    /// subcommand (`essor --store x demo`).
    func merged(with parent: GlobalOptions?) -> GlobalOptions {
        var result = self
        result.store = store ?? parent?.store
        result.lang = lang ?? parent?.lang
        result.theme = theme ?? parent?.theme
        result.readOnly = readOnly || (parent?.readOnly ?? false)
        result.wait = wait ?? parent?.wait
        return result
    }

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The configuration file (`$XDG_CONFIG_HOME/essor/config.toml`), read
    /// afresh: it is small, and another session may have just rewritten it.
    var configuration: Configuration {
        Configuration.load(path: ConfigPaths.configFile(environment: environment))
    }

    /// `--lang`, else the configuration's `language`, else the locale.
    func language() throws -> Lang {
        let explicit = lang ?? configuration.language?.rawValue
        guard let lang = Lang.resolve(explicit: explicit, environment: environment) else {
            throw Failure(.unknownLanguage(lang ?? ""), lang: .fr)
        }
        return lang
    }

    /// `--store`, else `ESSOR_STORE`, else the configuration's `store`,
    /// else the XDG data folder.
    var storePath: String {
        if let store { return Self.absolute(store) }
        if let path = environment["ESSOR_STORE"], !path.isEmpty { return path }
        if let path = configuration.store { return Self.absolute(path) }
        return StoreLocation.defaultStore(environment: environment)
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            return home + path.dropFirst(1)
        }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}

/// A command-line failure: a message for stderr and an exit status.
struct Failure: Error {
    let message: String
    let status: Int32

    init(_ msg: CLIMsg, lang: Lang, status: Int32 = 2) {
        message = Strings.text(.cli(msg), lang)
        self.status = status
    }

    init(message: String, status: Int32) {
        self.message = message
        self.status = status
    }
}
