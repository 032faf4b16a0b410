import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor edit structure`: changes from scripts, never over someone
/// else's newer save.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: tr("Changes a record of the store (for scripts).", HelpLanguage.fr),
        subcommands: [EditStructureCommand.self])

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
}

struct EditStructureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "structure",
        abstract:
            tr(
                "Changes fields of an organisation: essor edit structure 12 commune=Caen secteur=Réemploi",
                HelpLanguage.fr),
        discussion: tr(
            "Fields: nom, forme, siret, adresse, code-postal, commune, departement, secteur, effectif, date-creation (DD/MM/YYYY), site, probleme, notes, cohortes (replaces the memberships; cohortes= removes them all). Same rules as the form.\nExit status: 0 done, 1 not found, 2 invalid input or ambiguous name, 3 changed by someone else in the meantime (with --if-version, since that version).",
            HelpLanguage.fr))

    @ParentCommand var parent: EditCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The organisation: its number or its name.", HelpLanguage.fr)))
    var structure: String
    @Argument(help: ArgumentHelp(tr("The changes: field=value.", HelpLanguage.fr))) var fields: [String] = []
    @Option(
        name: .customLong("if-version"),
        help:
            ArgumentHelp(
                tr(
                    "Writes only if the record is still at this version (essor show structure N --json gives it).",
                    HelpLanguage.fr))
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
