import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor add structure`: records from scripts, with the form's rules.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: tr("Adds a record to the store (for scripts).", HelpLanguage.fr),
        subcommands: [AddStructureCommand.self])

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
}

struct AddStructureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "structure",
        abstract: tr("Creates an organisation; writes its number on standard output.", HelpLanguage.fr),
        discussion: tr(
            "Fields are given as options or as field=value arguments: nom, forme, siret, adresse, code-postal, commune, departement, secteur, effectif, date-creation (DD/MM/YYYY), site, probleme, notes, cohortes (numbers or names, separated by commas). Same rules as the form; if any field is invalid, nothing is written (code 2).\nExample: essor add structure --name \"Ressourcerie du Bocage\" --postcode 50000 --cohort 1 secteur=Réemploi",
            HelpLanguage.fr))

    @ParentCommand var parent: AddCommand
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(tr("The organisation's name.", HelpLanguage.fr))) var name:
        String?
    @Option(name: .long, help: ArgumentHelp(tr("SIRET (14 digits, spaces allowed).", HelpLanguage.fr)))
    var siret: String?
    @Option(name: .long, help: ArgumentHelp(tr("Postcode.", HelpLanguage.fr))) var postcode: String?
    @Option(name: .long, help: ArgumentHelp(tr("Town.", HelpLanguage.fr))) var town: String?
    @Option(
        name: .customLong("legal-form"),
        help: ArgumentHelp(tr("Legal form: association, scop, scic, cooperative…", HelpLanguage.fr)))
    var legalForm: String?
    @Option(
        name: .long, help: ArgumentHelp(tr("A cohort (number or name); may be repeated.", HelpLanguage.fr)))
    var cohort: [String] = []
    @Argument(help: ArgumentHelp(tr("Other fields: field=value.", HelpLanguage.fr))) var fields: [String] = []

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let store = try Launcher.openStore(global.storePath, lang: lang, options: global)
            let script = StructureScript(lookup: Lookup(store: store, global: global, lang: lang))
            var assignments: [(StructureDraft.Field, String)] = []
            let options: [(StructureDraft.Field, String?)] = [
                (.name, name), (.siret, siret), (.postcode, postcode), (.town, town), (.legalForm, legalForm),
            ]
            for case (let field, let value?) in options { assignments.append((field, value)) }
            if !cohort.isEmpty { assignments.append((.cohorts, cohort.joined(separator: ","))) }
            assignments += try fields.map(script.assignment)
            var draft = StructureDraft()
            try script.apply(assignments, to: &draft)
            try script.validate(draft, excluding: 0)
            guard let structure = draft.structure(id: 0) else { return }
            let record = StructureRecord(
                structure: structure, contacts: [], cohortIDs: draft.cohortIDs, version: 0)
            let (id, _) = try store.save(record, by: StructureScript.author, at: Launcher.now)
            Lookup.print([String(id)])
            script.tell(.added(id: id, name: structure.name))
        }
    }
}
