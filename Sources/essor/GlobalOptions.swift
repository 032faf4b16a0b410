import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// Options every command takes, before or after the subcommand's name.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "Fichier du stock (défaut : $ESSOR_STORE, sinon $XDG_DATA_HOME/essor/essor.sqlite).")
    var store: String?

    @Option(name: .long, help: "Langue de l'interface : fr ou en (défaut : selon la locale).")
    var lang: String?

    /// This command's options, or the root command's when given before the
    /// subcommand (`essor --store x demo`).
    func merged(with parent: GlobalOptions?) -> GlobalOptions {
        var result = self
        result.store = store ?? parent?.store
        result.lang = lang ?? parent?.lang
        return result
    }

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    func language() throws -> Lang {
        guard let lang = Lang.resolve(explicit: lang, environment: environment) else {
            throw Failure(.unknownLanguage(lang ?? ""), lang: .fr)
        }
        return lang
    }

    /// `--store`, else `ESSOR_STORE`, else the XDG data folder.
    var storePath: String {
        store.map(Self.absolute) ?? StoreLocation.defaultStore(environment: environment)
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
