import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor delete structure`: a deletion from a script, logged and
/// undoable from the interface like any other.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: tr("Deletes a record from the store (for scripts).", HelpLanguage.fr),
        subcommands: [DeleteStructureCommand.self])

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
}

struct DeleteStructureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "structure",
        abstract: tr(
            "Deletes an organisation, its contacts and its memberships (u in the interface undoes it).",
            HelpLanguage.fr),
        discussion: tr(
            "Exit status: 0 done, 1 not found, 2 ambiguous name, 3 changed in the meantime (with --if-version).",
            HelpLanguage.fr))

    @ParentCommand var parent: DeleteCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The organisation: its number or its name.", HelpLanguage.fr)))
    var structure: String
    @Option(
        name: .customLong("if-version"),
        help: ArgumentHelp(tr("Deletes only if the record is still at this version.", HelpLanguage.fr)))
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
