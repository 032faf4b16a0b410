import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor demo`: the interface on the demonstration programme.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: tr("Opens the demonstration programme (created on first use).", HelpLanguage.fr))

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions

    @Flag(
        name: .long,
        help: ArgumentHelp(tr("Recreates the demonstration store before opening it.", HelpLanguage.fr)))
    var reset = false

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            // Before anything changes: a command refused for want of a
            // terminal leaves no demo made or reset behind it.
            let path =
                global.store.map(GlobalOptions.absolute)
                ?? StoreLocation.demoStore(environment: global.environment)
            try Store.probe(path: path)
            try Launcher.requireTerminal(lang: lang)
            let store =
                global.readOnly && !reset
                ? try Store.openForInterface(path: path, readOnly: true)
                : try Self.prepare(path: path, reset: reset, lang: lang)
            try Launcher.runInterface(store: store, lang: lang, options: global)
        }
    }

    /// Opens the demo store, creating (or with `reset`, filling again) it.
    /// Only a store essor made as a demo is ever reset, and in place: a
    /// link stays a link, and a session with it open sees the new demo.
    static func prepare(path: String, reset: Bool, lang: Lang) throws -> Store {
        let store = try Store.open(path: path)
        if reset {
            guard try store.isDemo() || store.isEmpty() else { throw Failure(.notADemo(path), lang: lang) }
            try DemoProgramme.reinstall(into: store, today: WallClock.paris.today(now: Launcher.now))
            return store
        }
        if try store.isEmpty() {
            try DemoProgramme.install(into: store, today: WallClock.paris.today(now: Launcher.now))
        } else if !(try store.isDemo()) {
            throw Failure(.notADemo(path), lang: lang)
        }
        return store
    }
}
