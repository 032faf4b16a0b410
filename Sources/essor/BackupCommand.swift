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
            tr(
                "A consistent copy of the store (SQLite online backup), even while others write.",
                HelpLanguage.fr),
        discussion: tr(
            "Never replaces an existing file. To restore: stop the sessions, then copy the backup in place of the store (or open it with --store).",
            HelpLanguage.fr))

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The file to create.", HelpLanguage.fr))) var file: String

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
