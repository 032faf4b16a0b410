import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor demo`: the interface on the demonstration programme.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Ouvre le programme de démonstration (créé au premier usage).")

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions

    @Flag(name: .long, help: "Recrée le stock de démonstration avant de l'ouvrir.")
    var reset = false

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let path =
                global.store.map(GlobalOptions.absolute)
                ?? StoreLocation.demoStore(environment: global.environment)
            let store =
                global.readOnly && !reset
                ? try Store.openForInterface(path: path, readOnly: true)
                : try Self.prepare(path: path, reset: reset, lang: lang)
            try Launcher.runInterface(store: store, lang: lang, options: global)
        }
    }

    /// Opens the demo store, creating (or with `reset`, recreating) it.
    /// Only a store essor made as a demo is ever deleted.
    static func prepare(path: String, reset: Bool, lang: Lang) throws -> Store {
        var store = try Store.open(path: path)
        if reset {
            guard try store.isDemo() || store.isEmpty() else { throw Failure(.notADemo(path), lang: lang) }
            try store.close()
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                try FileManager.default.removeItem(atPath: path + suffix)
            }
            store = try Store.open(path: path)
        }
        if try store.isEmpty() {
            try DemoProgramme.install(into: store, today: WallClock.paris.today(now: Launcher.now))
        } else if !(try store.isDemo()) {
            throw Failure(.notADemo(path), lang: lang)
        }
        return store
    }
}
