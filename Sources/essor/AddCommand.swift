import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor add structure`: records from scripts, with the form's rules.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Ajoute une fiche au stock (pour les scripts).",
        subcommands: [AddStructureCommand.self])

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
}

struct AddStructureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "structure",
        abstract: "Crée une structure ; écrit son numéro sur la sortie standard.",
        discussion: """
            Les champs se donnent en options ou en arguments champ=valeur : nom, forme, siret, adresse, code-postal,
            commune, departement, secteur, effectif, site, probleme, notes, cohortes (numéros ou noms, séparés par
            des virgules). Mêmes règles que le formulaire ; au moindre champ invalide, rien n'est écrit (code 2).
            Exemple : essor add structure --name "Ressourcerie du Bocage" --postcode 50000 --cohort 1 secteur=Réemploi
            """)

    @ParentCommand var parent: AddCommand
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: "Nom de la structure.") var name: String?
    @Option(name: .long, help: "SIRET (14 chiffres, espaces permis).") var siret: String?
    @Option(name: .long, help: "Code postal.") var postcode: String?
    @Option(name: .long, help: "Commune.") var town: String?
    @Option(name: .customLong("legal-form"), help: "Forme juridique : association, scop, scic, cooperative…")
    var legalForm: String?
    @Option(name: .long, help: "Une cohorte (numéro ou nom) ; répétable.") var cohort: [String] = []
    @Argument(help: "D'autres champs : champ=valeur.") var fields: [String] = []

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
