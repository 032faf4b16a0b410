import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor edit structure`: changes from scripts, never over someone
/// else's newer save.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Modifie une fiche du stock (pour les scripts).",
        subcommands: [EditStructureCommand.self])

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
}

struct EditStructureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "structure",
        abstract:
            "Modifie des champs d'une structure : essor edit structure 12 commune=Caen secteur=Réemploi",
        discussion: """
            Champs : nom, forme, siret, adresse, code-postal, commune, departement, secteur, effectif, site, probleme,
            notes, cohortes (remplace les adhésions ; cohortes= les retire toutes). Mêmes règles que le formulaire.
            Codes de sortie : 0 fait, 1 introuvable, 2 saisie invalide ou nom ambigu, 3 modifiée par quelqu'un d'autre
            entre-temps (avec --if-version, depuis cette version).
            """)

    @ParentCommand var parent: EditCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: "La structure : son numéro ou son nom.") var structure: String
    @Argument(help: "Les changements : champ=valeur.") var fields: [String] = []
    @Option(
        name: .customLong("if-version"),
        help:
            "N'écrit que si la fiche en est toujours à cette version (essor show structure N --json la donne)."
    )
    var ifVersion: Int?

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let store = try Launcher.openStore(global.storePath, lang: lang, options: global)
            let script = StructureScript(lookup: Lookup(store: store, global: global, lang: lang))
            let assignments = try fields.map(script.assignment)
            guard !assignments.isEmpty else { throw Failure(.script(.nothingToChange), lang: lang) }
            let id = try script.lookup.resolve(.structure, structure)
            guard let old = try store.structureRecord(id: id) else {
                throw Failure(.notFound(.structure, structure), lang: lang, status: 1)
            }
            if let ifVersion, ifVersion != old.version {
                throw Failure(
                    message: Strings.text(
                        .cli(.script(.versionMismatch(id: id, expected: ifVersion, found: old.version))), lang
                    ),
                    status: 3)
            }
            var draft = StructureDraft(
                old.structure, contacts: old.contacts, cohortIDs: old.cohortIDs, lang: lang)
            try script.apply(assignments, to: &draft)
            try script.validate(draft, excluding: id)
            guard let structure = draft.structure(id: id) else { return }
            let new = StructureRecord(
                structure: structure, contacts: old.contacts, cohortIDs: draft.cohortIDs, version: old.version
            )
            let changed = StructureScript.changedFields(old, new)
            guard !changed.isEmpty else {
                script.tell(.unchanged(id: id, name: old.structure.name))
                return
            }
            do {
                try store.save(new, by: StructureScript.author, at: Launcher.now)
            } catch StoreError.conflict {
                throw script.conflict(id, old.structure.name)
            }
            script.tell(.edited(id: id, name: structure.name, fields: changed))
        }
    }
}
