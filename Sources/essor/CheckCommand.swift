import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor check`: SQLite's `integrity_check` and the store's own rules.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Vérifie le stock : intégrité SQLite, clés étrangères, index de recherche, versions.",
        discussion:
            "Code de sortie : 0 stock intègre, 1 problèmes (listés), 2 fichier illisible ou qui n'est pas un stock."
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
