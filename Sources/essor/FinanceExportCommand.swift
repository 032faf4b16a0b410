import ArgumentParser
import EssorCore
import EssorExchange
import EssorStore
import EssorUI
import Foundation

/// `essor export finances`: a cohort's finances for France Active and the
/// funders.
struct FinanceExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finances",
        abstract: "Ratios, états, effets du projet collectif et financements des structures d'une cohorte.",
        discussion:
            "md (défaut) : un tableau et une section par structure ; csv : une ligne par structure ; json : tout."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, csv, json
    }

    @ParentCommand var parent: ExportCommand
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: "La cohorte (numéro ou nom) ; sans elle, toutes les structures.") var cohort:
        String?
    @Option(name: .long, help: "md, csv ou json.") var format: Format = .md
    @Option(name: .shortAndLong, help: "Fichier à écrire (défaut : sortie standard).") var output = "-"
    @Flag(name: .long, help: "Remplace le fichier s'il existe.") var force = false

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let lookup = try Lookup(global, lang: lang)
            let scope = try cohort.map { try lookup.resolve(.cohort, $0) }
            let name = try scope.flatMap { try lookup.store.cohortRows([$0]).first?.cohort.name } ?? "essor"
            let export = FinanceExport(
                title: "Finances — " + name, details: try lookup.store.financeDetails(cohort: scope))
            let text: String
            switch format {
            case .md: text = export.markdown(lang)
            case .csv: text = try export.csv(lang)
            case .json: text = try export.json()
            }
            try OutputFile.write(text, to: output, force: force, lang: lang)
        }
    }
}
