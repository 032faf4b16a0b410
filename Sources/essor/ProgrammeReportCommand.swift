import ArgumentParser
import EssorCore
import EssorExchange
import EssorStore
import EssorUI
import Foundation

/// `essor report programme`: the indicators the Région reports to the EU,
/// for the programme or one cohort over a period, with their evidence.
struct ProgrammeReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: tr(
            "The FEDER indicators (RCO01–RCO05, RCR01) with their rules and what each counts.",
            HelpLanguage.fr),
        discussion: tr(
            "The period is the calendar year by default; --from alone runs to the end of its year, --to alone from the start of its year. Formats: table (on the terminal), md, html, pdf (with WeasyPrint), csv (the indicator table), xlsx (every table, one sheet each), json (every figure and list). Without -o, table, md, csv and json go to standard output and html, pdf and xlsx to rapport-….html, .pdf or .xlsx in the current folder.",
            HelpLanguage.fr))

    @ParentCommand var parent: ReportCommand
    @OptionGroup var own: GlobalOptions
    @OptionGroup var period: PeriodOptions
    @Option(
        name: .long,
        help: ArgumentHelp(
            tr("The format (default: from the extension of -o, else table).", HelpLanguage.fr)))
    var format: IndicatorReportDocument.Format?
    @Option(
        name: .shortAndLong, help: ArgumentHelp(tr("File to write (-: standard output).", HelpLanguage.fr)))
    var output: String?
    @Flag(name: .long, help: ArgumentHelp(tr("Replaces the file if it exists.", HelpLanguage.fr))) var force =
        false

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let days = try period.days(lang)
            let lookup = try Lookup(global, lang: lang)
            // A missing end is the end of the other's calendar year (or this one's).
            let year = ReportPeriod.year(of: days.from ?? days.to ?? WallClock.paris.local(lookup.now).date)
            let range = ReportPeriod(from: days.from ?? year.from, to: days.to ?? year.to)!
            let chosen = try chosenFormat(lang)
            let scope = try period.cohort.map { try lookup.resolve(.cohort, $0) }
            let scopeName = try scope.flatMap {
                try lookup.store.cohortDetail(id: $0, now: lookup.now)?.cohort.name
            }
            // The table prints the figures alone, which need no lists.
            let report =
                chosen == .table
                ? try lookup.store.indicatorFigures(cohort: scope, period: range, now: lookup.now)
                : IndicatorReport(
                    try lookup.store.indicatorFacts(cohort: scope, period: range, now: lookup.now))
            let templates = DocumentOptions.documents(lookup, global: global, lang: lang).templates
            let document = IndicatorReportDocument(
                report, programme: try lookup.store.programme(),
                scopeName: scopeName,
                lang: lang,
                now: lookup.now, templates: templates)
            try write(document, format: chosen, lookup: lookup, lang: lang)
        }
    }

    func chosenFormat(_ lang: Lang) throws -> IndicatorReportDocument.Format {
        try OutputFormatName.chosen(format, output: output, fallback: .table, lang: lang)
    }

    func write(
        _ document: IndicatorReportDocument, format: IndicatorReportDocument.Format, lookup: Lookup,
        lang: Lang
    ) throws {
        let target =
            output
            ?? (format == .html || format == .pdf || format == .xlsx
                ? "\(document.baseName).\(format.rawValue)" : "-")
        switch format {
        case .table:
            let text = Self.table(
                document.report, scope: document.scopeName, lang: lang,
                width: target == "-" ? lookup.width : nil)
            if target == "-" {
                Lookup.print(text)
            } else {
                try OutputFile.write(
                    text.joined(separator: "\n") + "\n", to: target, force: force, lang: lang)
            }
        case .md: try OutputFile.write(document.markdown(), to: target, force: force, lang: lang)
        case .html: try OutputFile.write(document.html(), to: target, force: force, lang: lang)
        case .csv: try OutputFile.write(try document.csv(), to: target, force: force, lang: lang)
        case .json:
            try OutputFile.write(
                try JSONDocument("programmeReport", document.json()).text(), to: target, force: force,
                lang: lang)
        case .xlsx:
            guard target != "-" else {
                throw Failure(
                    message: tr("A workbook is written to a file: -o %s.", lang == .fr, "rapport.xlsx"),
                    status: 2)
            }
            try OutputFile.write(bytes: try document.xlsx(), to: target, force: force, lang: lang)
        case .pdf: try DocumentOptions.writePDF(html: document.html(), to: target, force: force, lang: lang)
        }
    }

    /// The indicator table as the terminal shows it, with RCO01's split by
    /// size and the figures around it.
    static func table(_ report: IndicatorReport, scope: String?, lang: Lang, width: Int?) -> [String] {
        let fr = lang == .fr
        let columns = [
            TableColumn("Code", .fixed(5), priority: 1),
            TableColumn(tr("Indicator", fr), .flex(min: 12, weight: 1), priority: 1),
            TableColumn(tr("Value", fr), .fixed(7), priority: 1, alignRight: true),
            TableColumn(tr("Amount", fr), .fixed(12), priority: 2, alignRight: true),
        ]
        let rows = report.indicators.map { indicator in
            [
                indicator.code.rawValue, indicator.code.title(fr),
                IndicatorTexts.value(indicator, fr),
                indicator.amount.map { DecimalFormat.euros($0, lang: lang) } ?? "",
            ]
        }
        let rco01 = report.indicator(.rco01)
        let sizes = EnterpriseSize.allCases.map { "\($0.name(fr)) \(rco01.bySize[$0] ?? 0)" }.joined(
            separator: " · ")
        let colon = fr ? " : " : ": "
        return [
            tr("Scope", fr) + colon + (scope ?? tr("All cohorts", fr)),
            tr("Period", fr) + colon
                + tr(
                    "from %1$s to %2$s", fr, IndicatorTexts.date(report.period.from, fr),
                    IndicatorTexts.date(report.period.to, fr)),
            tr("Support threshold (RCO04)", fr) + colon + IndicatorTexts.hours(report.thresholdMinutes),
            "",
        ] + TextTable(columns: columns, rows: rows).lines(width: width) + [
            "",
            "RCO01" + colon + sizes,
            tr("Hours of support", fr) + colon + IndicatorTexts.hours(report.supportMinutes) + " · "
                + tr("Distinct participants", fr) + colon + String(report.participants),
            tr("What each indicator counts: --format md, html, pdf or json.", fr),
        ]
    }
}
extension IndicatorReportDocument.Format: ExpressibleByArgument {}
