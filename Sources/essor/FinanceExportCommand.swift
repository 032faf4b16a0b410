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
        abstract: tr(
            "Ratios, flags, effects of the collective project and financing of a cohort's organisations.",
            HelpLanguage.fr),
        discussion:
            tr(
                "md (default): a table and a section per organisation; csv: one line per organisation, the header essor import finances reads back; xlsx (with -o): the same as a workbook; json: everything.",
                HelpLanguage.fr)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, csv, json, xlsx
    }

    @ParentCommand var parent: ExportCommand
    @OptionGroup var own: GlobalOptions
    @Option(
        name: .long,
        help: ArgumentHelp(
            tr("The cohort (number or name); without it, every organisation.", HelpLanguage.fr))) var cohort:
        String?
    @Option(name: .long, help: ArgumentHelp(tr("md, csv, json or xlsx.", HelpLanguage.fr))) var format:
        Format?
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(tr("File to write (-: standard output).", HelpLanguage.fr))) var output = "-"
    @Flag(name: .long, help: ArgumentHelp(tr("Replaces the file if it exists.", HelpLanguage.fr))) var force =
        false

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let lookup = try Lookup(global, lang: lang)
            let scope = try cohort.map { try lookup.resolve(.cohort, $0) }
            let name = try scope.flatMap { try lookup.store.cohortRows([$0]).first?.cohort.name } ?? "essor"
            let export = FinanceExport(
                title: "Finances — " + name, details: try lookup.store.financeDetails(cohort: scope))
            let format = try OutputFormatName.chosen(self.format, output: output, fallback: .md, lang: lang)
            let text: String
            switch format {
            case .md: text = export.markdown(lang)
            case .csv: text = try export.csv(lang)
            case .json: text = try export.json()
            case .xlsx:
                guard output != "-" else {
                    throw Failure(
                        message: tr("A workbook is written to a file: -o %s.", lang == .fr, "finances.xlsx"),
                        status: 2)
                }
                try OutputFile.write(bytes: try export.xlsx(lang), to: output, force: force, lang: lang)
                return
            }
            try OutputFile.write(text, to: output, force: force, lang: lang)
        }
    }
}
