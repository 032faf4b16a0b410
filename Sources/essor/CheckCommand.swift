import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor check`: SQLite's `integrity_check` and the store's own rules.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: tr(
            "Checks the store: SQLite integrity, foreign keys, search index, versions.", HelpLanguage.fr),
        discussion:
            tr(
                "Exit status: 0 store sound, 1 problems (listed), 2 file unreadable or not a store.",
                HelpLanguage.fr)
    )

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            // Never creates nor migrates; the search index check needs a
            // write transaction (it changes nothing), skipped when the file
            // cannot be written.
            let path = global.storePath
            let store = try Store.openForCheck(path: path)
            let problems = try store.check(french: lang == .fr)
            if problems.isEmpty {
                Lookup.print([Strings.text(.cli(.script(.checkOK(path: path))), lang)])
            } else {
                let text = Strings.text(.cli(.script(.checkProblems(path: path, problems))), lang)
                throw Failure(message: text, status: 1)
            }
        }
    }
}
