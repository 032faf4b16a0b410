import ArgumentParser
import EssorCore
import EssorExchange
import EssorStore
import EssorUI
import Foundation

/// `essor report partners`: days planned and used per partner and cohort.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Bilans pour les financeurs.",
        subcommands: [PartnersReportCommand.self])

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
}

struct PartnersReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partners",
        abstract: "Jours prévus et utilisés par partenaire et par cohorte, avec les totaux.",
        discussion: """
            Jours utilisés : les séances tenues (chaque demi-journée commencée de 4 h compte 0,5 jour) et les jours
            saisis hors séances. Jours à venir : les séances prévues.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @ParentCommand var parent: ReportCommand
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: "Une seule cohorte (numéro ou nom).") var cohort: String?
    @Option(name: .long, help: "table, csv ou json.") var format: Format = .table

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let lookup = try Lookup(global, lang: lang)
            let scope = try cohort.map { try lookup.resolve(.cohort, $0) }
            let report = PartnerReport(try lookup.store.missionLoads(cohort: scope, now: lookup.now))
            let total = lang == .fr ? "Total" : "Total"
            switch format {
            case .json:
                try Lookup.printJSON(report)
            case .csv:
                Console.document(try report.csv(lang, totalLabel: total))
            case .table:
                let titles = PartnerReport.titles(lang)
                let columns = titles.enumerated().map { index, title in
                    TableColumn(
                        title, .flex(min: 6, weight: 1), priority: index < 2 ? 1 : index == 9 ? 2 : 3,
                        alignRight: index >= 2 && index < 9)
                }
                Lookup.print(
                    TextTable(columns: columns, rows: report.rows(lang, totalLabel: total)).lines(
                        width: lookup.width))
            }
            if report.lines.isEmpty { throw Failure(.emptyList, lang: lang, status: 1) }
        }
    }
}
