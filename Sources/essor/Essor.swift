import ArgumentParser
import EssorCore
import EssorStore
import EssorTerminal
import EssorUI
import Foundation

@main
struct Essor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "essor",
        abstract: tr("Coordinating social-economy cooperation programmes, at the keyboard.", HelpLanguage.fr),
        discussion: tr(
            "Without a subcommand, opens the interface on the default store.\nKeys: ? in the interface. Demonstration: essor demo.",
            HelpLanguage.fr),
        version: EssorVersion.current,
        subcommands: [
            DemoCommand.self, FindCommand.self, ShowCommand.self, AgendaCommand.self, ListCommand.self,
            SnapshotCommand.self, GenerateCommand.self, ThemesCommand.self, ExportCommand.self,
            ImportCommand.self, WorkshopCommand.self, ReportCommand.self, AddCommand.self, EditCommand.self,
            DeleteCommand.self, CheckCommand.self, BackupCommand.self, ThresholdsCommand.self,
            InstrumentsCommand.self, TimeCommand.self,
            ProgrammeCommand.self, FECCommand.self,
        ])

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Launcher.guarded(global) { lang in
            // What is wrong with the store first, then the terminal; nothing
            // is created or migrated before both are known to be fine.
            try Store.probe(path: global.storePath)
            try Launcher.requireTerminal(lang: lang)
            let store = try Launcher.openInterfaceStore(global.storePath, lang: lang, options: global)
            try Launcher.runInterface(store: store, lang: lang, options: global)
        }
    }
}
