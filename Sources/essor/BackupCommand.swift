import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor backup FILE`: a consistent copy, safe while others write.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract:
            "Copie cohérente du stock (sauvegarde en ligne SQLite), même pendant que d'autres écrivent.",
        discussion: """
            Ne remplace jamais un fichier existant. Pour restaurer : arrêtez les sessions, puis copiez la sauvegarde
            à la place du stock (ou ouvrez-la avec --store).
            """)

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
    @Argument(help: "Le fichier à créer.") var file: String

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            // A copy of a database is a file: standard output cannot take one.
            if file == "-" { throw Failure(.script(.backupNotStdout), lang: lang) }
            let target = GlobalOptions.absolute(file)
            // A reader: takes no write lock, migrates nothing, and copies a
            // store of any version as it is.
            let store = try Store.openReadOnly(path: global.storePath, allowNewer: true, allowOlder: true)
            do {
                try store.backup(to: target)
            } catch StoreError.file(.exists(let path)) {
                throw Failure(.script(.backupExists(path)), lang: lang)
            }
            Lookup.print([Strings.text(.cli(.script(.backupWritten(target))), lang)])
        }
    }
}
