import ArgumentParser
import EssorCore
import EssorExchange
import EssorStore
import EssorUI
import Foundation

/// `essor report partners`: days planned and used per partner and cohort;
/// `essor report programme`: the FEDER indicators with their evidence.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: tr("Reports for the funders.", HelpLanguage.fr),
        subcommands: [PartnersReportCommand.self, ProgrammeReportCommand.self, TimeReportCommand.self])

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
}

struct PartnersReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partners",
        abstract: tr("Days planned and used per partner and per cohort, with the totals.", HelpLanguage.fr),
        discussion: tr(
            "Days used: the meetings held (each started half-day of 4 h counts 0.5 day) and the days entered outside meetings. Days to come: the planned meetings.",
            HelpLanguage.fr))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, xlsx
    }

    @ParentCommand var parent: ReportCommand
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(tr("One cohort only (number or name).", HelpLanguage.fr)))
    var cohort: String?
    @Option(name: .long, help: ArgumentHelp(tr("table, csv, json or xlsx (with -o).", HelpLanguage.fr)))
    var format: Format?
    @Option(
        name: .shortAndLong, help: ArgumentHelp(tr("File to write (-: standard output).", HelpLanguage.fr)))
    var output: String?
    @Flag(name: .long, help: ArgumentHelp(tr("Replaces the file if it exists.", HelpLanguage.fr))) var force =
        false

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let lookup = try Lookup(global, lang: lang)
            let scope = try cohort.map { try lookup.resolve(.cohort, $0) }
            let report = PartnerReport(try lookup.store.missionLoads(cohort: scope, now: lookup.now))
            let total = tr("Total", lang == .fr)
            let chosen = try OutputFormatName.chosen(format, output: output, fallback: .table, lang: lang)
            let table = TextTable(
                columns: PartnerReport.titles(lang).enumerated().map { index, title in
                    TableColumn(
                        title, .flex(min: 6, weight: 1), priority: index < 2 ? 1 : index == 9 ? 2 : 3,
                        alignRight: index >= 2 && index < 9)
                }, rows: report.rows(lang, totalLabel: total))
            switch (chosen, output) {
            case (.json, nil), (.json, "-"?):
                try Lookup.printJSON("partnerDays", report)
            case (.json, let output?):
                try OutputFile.write(
                    try JSONDocument("partnerDays", report).text(), to: output, force: force, lang: lang)
            case (.csv, nil), (.csv, "-"?):
                Console.document(try report.csv(lang, totalLabel: total))
            case (.csv, let output?):
                try OutputFile.write(
                    try report.csv(lang, totalLabel: total), to: output, force: force, lang: lang)
            case (.xlsx, nil), (.xlsx, "-"?):
                throw Failure(
                    message: tr(
                        "A workbook is written to a file: -o %s.", lang == .fr, "jours-partenaires.xlsx"),
                    status: 2)
            case (.xlsx, let output?):
                try OutputFile.write(
                    bytes: try report.xlsx(lang, totalLabel: total), to: output, force: force, lang: lang)
            case (.table, let output?) where output != "-":
                try OutputFile.write(
                    table.lines(width: nil).joined(separator: "\n") + "\n", to: output, force: force,
                    lang: lang)
            case (.table, _):
                Lookup.print(table.lines(width: lookup.width))
            }
            if report.lines.isEmpty { throw Failure(.emptyList, lang: lang, status: 1) }
        }
    }
}
