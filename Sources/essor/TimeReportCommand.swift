import ArgumentParser
import EssorCore
import EssorExchange
import EssorStore
import EssorUI
import Foundation

/// `essor report temps`: hours and staff costs of a period, the staff-cost
/// statement of a payment claim.
struct TimeReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "temps",
        abstract: tr("Hours and staff costs per person, month, cohort and task.", HelpLanguage.fr),
        discussion: tr(
            "By default the current month. Each line's cost is its hours × the hourly rate of its year (annual cost / 1,720 h, rounded to the cent), rounded to the cent; a person on a fixed share counts their share of the annual cost, a twelfth a month, for each whole month of the period covered by their mission letter. The operation's flat rate of indirect costs (essor temps reglages indirects=15: 15 %% of direct staff costs, Regulation (EU) 2021/1060 art. 54(b)) is a line of its own; --taux-indirects gives another for this statement (0: none). A missing annual cost is said on standard error and its lines have no cost (code 3).",
            HelpLanguage.fr))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, xlsx
    }

    @ParentCommand var parent: ReportCommand
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(tr("A month: 2026-11.", HelpLanguage.fr))) var month: String?
    @Option(name: .long, help: ArgumentHelp(tr("First day (DD/MM/YYYY).", HelpLanguage.fr))) var from: String?
    @Option(name: .long, help: ArgumentHelp(tr("Last day (DD/MM/YYYY).", HelpLanguage.fr))) var to: String?
    @Option(name: .long, help: ArgumentHelp(tr("One cohort, or gestion.", HelpLanguage.fr))) var cohort:
        String?
    @Option(name: .long, help: ArgumentHelp(tr("One person (number or name).", HelpLanguage.fr))) var person:
        String?
    @Option(
        name: .customLong("par"),
        help: ArgumentHelp(tr("Lines by: detail, person, cohort, task or month.", HelpLanguage.fr)))
    var grouping: String = "detail"
    @Option(
        name: .customLong("taux-indirects"), parsing: .unconditional,
        help: ArgumentHelp(
            tr(
                "The flat rate of indirect costs, in %% of direct staff costs (default: the programme's).",
                HelpLanguage.fr)))
    var indirect: String?
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
            let fr = lang == .fr
            let lookup = try Lookup(global, lang: lang)
            let script = TimeScript(lookup: lookup)
            let words: [String: StaffTimeReport.Grouping] = [
                "detail": .detail, "personne": .person, "person": .person, "cohorte": .cohort,
                "cohort": .cohort,
                "tache": .task, "task": .task, "mois": .month, "month": .month,
            ]
            guard let by = words[SearchFolding.fold(grouping)] else {
                throw Failure(
                    message: tr("--par “%s”: detail, person, cohort, task or month expected", fr, grouping),
                    status: 2)
            }
            // The programme's flat rate, unless the command gives one (0: none).
            var rate = try lookup.store.timeSettings().indirectRate
            if let indirect {
                var text = indirect.trimmingSpaces
                if text.hasSuffix("%") { text = String(text.dropLast()) }
                guard let value = NumberReader.value(text, as: .percent) else {
                    throw Failure(
                        message: tr(
                            "--taux-indirects “%s”: a percentage from 0 to 100 expected", fr, indirect),
                        status: 2)
                }
                rate = value == 0 ? nil : value
            }
            let (first, last) = try script.period(month: month, from: from, to: to)
            let staffID = try person.map { try script.person($0).member.id }
            let cohortID: CohortID?? = try cohort.map { try script.cohort($0) }
            let store = lookup.store
            let staff = try store.staff().map(\.member).filter { staffID == nil || $0.id == staffID }
            let entries = try store.staffTime(staff: staffID, cohort: cohortID, from: first, to: last).map(
                \.entry)
            // A fixed share is of the whole operation: not in one cohort's statement.
            let members = cohortID == nil ? staff : staff.filter { $0.mode == .actual }
            let statement = StaffCostStatement(
                members: members, entries: entries, from: first, to: last, indirectRate: rate)
            let report = StaffTimeReport(
                statement, from: first, to: last, grouping: by, staff: staff,
                cohorts: try script.cohortNames(),
                tasks: try store.timeTasks(), fr: fr)
            let format = try OutputFormatName.chosen(
                self.format, output: output, fallback: .table, lang: lang)
            func table(width: Int?) -> [String] {
                let titles = StaffTimeReport.titles(fr)
                let columns = titles.enumerated().map { index, title in
                    TableColumn(
                        title, .flex(min: index < 4 ? 6 : 8, weight: index < 4 ? 2 : 1),
                        priority: index == 5 ? 3 : 1, alignRight: index >= 4)
                }
                return [tr("%1$s to %2$s", fr, first.dayMonthYear, last.dayMonthYear)]
                    + TextTable(columns: columns, rows: report.rows(lang)).lines(width: width)
            }
            switch (format, output) {
            case (.xlsx, nil), (.xlsx, "-"?):
                throw Failure(
                    message: tr("A workbook is written to a file: -o %s.", fr, "etat.xlsx"), status: 2)
            case (.xlsx, let output?):
                try OutputFile.write(bytes: try report.xlsx(lang), to: output, force: force, lang: lang)
            case (.csv, let output?):
                try OutputFile.write(try report.csv(lang), to: output, force: force, lang: lang)
            case (.csv, nil): Console.document(try report.csv(lang))
            case (.json, let output?):
                try OutputFile.write(
                    try JSONDocument("staffCosts", report).text(), to: output, force: force, lang: lang)
            case (.json, nil): try Lookup.printJSON("staffCosts", report)
            case (.table, let output?):
                try OutputFile.write(
                    table(width: nil).joined(separator: "\n") + "\n", to: output, force: force, lang: lang)
            case (.table, nil): Lookup.print(table(width: lookup.width))
            }
            if !report.missingCosts.isEmpty {
                throw Failure(
                    message: tr(
                        "No annual cost entered for %s: those lines have no cost (essor temps personnes modifier … cout-YYYY=…).",
                        fr, report.missingCosts.joined(separator: ", ")), status: 3)
            }
        }
    }
}
