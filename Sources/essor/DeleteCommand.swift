import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor delete structure`: a deletion from a script, logged and
/// undoable from the interface like any other.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Supprime une fiche du stock (pour les scripts).",
        subcommands: [DeleteStructureCommand.self])

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
}

struct DeleteStructureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "structure",
        abstract: "Supprime une structure, ses contacts et ses adhésions (u dans l'interface l'annule).",
        discussion: """
            Codes de sortie : 0 fait, 1 introuvable, 2 nom ambigu, 3 modifiée entre-temps (avec --if-version).
            """)

    @ParentCommand var parent: DeleteCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: "La structure : son numéro ou son nom.") var structure: String
    @Option(
        name: .customLong("if-version"), help: "Ne supprime que si la fiche en est toujours à cette version.")
    var ifVersion: Int?

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let store = try Launcher.openStore(global.storePath, lang: lang, options: global)
            let script = StructureScript(lookup: Lookup(store: store, global: global, lang: lang))
            let id = try script.lookup.resolve(.structure, structure)
            guard let record = try store.structureRecord(id: id) else {
                throw Failure(.notFound(.structure, structure), lang: lang, status: 1)
            }
            do {
                try store.delete(
                    .structure, id: id, version: ifVersion, by: StructureScript.author, at: Launcher.now)
            } catch StoreError.conflict {
                throw script.conflict(id, record.structure.name)
            }
            script.tell(.deleted(id: id, name: record.structure.name))
        }
    }
}
