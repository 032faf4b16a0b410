import ArgumentParser
import EssorCore
import EssorExchange
import EssorStore
import EssorUI
import Foundation

/// `essor import finances FILE.csv`: accounts from a spreadsheet.
struct FinanceImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finances",
        abstract:
            tr(
                "Imports organisations' annual accounts from a CSV file (one line per organisation and year).",
                HelpLanguage.fr),
        discussion: tr(
            "Header: siret;annee;produits;subventions;charges;masse_salariale;resultat;fonds_propres;total_bilan;tresorerie;dettes_financieres;amortissements;ressources_stables;actif_immobilise;actif_circulant;dettes_exploitation;etp (nom may replace siret; amount columns may be missing). Separator “;”, UTF-8 or Windows-1252, decimal comma, spaces between thousands.\nAt the first problem, every faulty line is reported and nothing is written. A year already entered is merged column by column: a column the file leaves out, or an empty cell, keeps the stored figure (with --vider-vides an empty cell makes it unknown). --dry-run lists every figure that would change, stored → new. u in the interface undoes the whole import.",
            HelpLanguage.fr))

    @ParentCommand var parent: ImportCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The .csv file (-: standard input).", HelpLanguage.fr))) var file: String
    @Flag(
        name: .customLong("dry-run"),
        help: ArgumentHelp(tr("Checks the file without writing anything.", HelpLanguage.fr))) var dryRun =
        false
    @Flag(
        name: .customLong("vider-vides"),
        help: ArgumentHelp(
            tr(
                "An empty cell makes the figure unknown (by default it keeps the stored figure).",
                HelpLanguage.fr))) var clearEmpty = false

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let (data, _) = try InputFile.read(file, lang: lang)
            let rows: [FinanceCSV.Row]
            switch FinanceCSV.parse(data) {
            case .success(let found): rows = found
            case .failure(let list):
                let lines = list.problems.map {
                    Strings.text(.cli(.finance(.csvProblem(file: file, $0))), lang)
                }
                throw Failure(
                    message: Launcher.problems(lines, lang: lang), status: list.problems == [.noRows] ? 1 : 2)
            }
            let store =
                dryRun
                ? try Store.openReadOnly(path: global.storePath)
                : try Launcher.openStore(global.storePath, lang: lang, options: global)
            var updates: [FinancialYearUpdate] = []
            var keys: [String] = []
            var problems: [String] = []
            for row in rows {
                let (ids, text): ([StructureID], String) =
                    switch row.key {
                    case .siret(let siret): (try store.structureIDs(siret: siret), siret)
                    case .name(let name): (try store.structureIDs(exactName: name), name)
                    }
                if ids.count == 1 {
                    updates.append(row.update(of: ids[0], clearingEmpty: clearEmpty))
                    keys.append(text)
                } else if ids.isEmpty {
                    problems.append(
                        Strings.text(.cli(.finance(.unknownStructure(line: row.line, text))), lang))
                } else {
                    problems.append(
                        Strings.text(
                            .cli(.finance(.ambiguousStructure(line: row.line, text, count: ids.count))), lang)
                    )
                }
            }
            guard problems.isEmpty else {
                throw Failure(
                    message: Launcher.problems(
                        problems.map { file + (lang == .fr ? " : " : ": ") + $0 }, lang: lang), status: 2)
            }
            let structures = Set(updates.map(\.structureID)).count
            if dryRun {
                let outcomes = try store.outcomes(of: updates)
                var lines = zip(zip(rows, keys), outcomes).map { row, outcome in
                    Strings.text(
                        .cli(.finance(.rowChanges(line: row.0.line, key: row.1, year: row.0.year, outcome))),
                        lang)
                }
                let figures = outcomes.map(\.changes.count).reduce(0, +)
                lines.append(
                    Strings.text(
                        .cli(
                            .finance(.checked(rows: updates.count, structures: structures, figures: figures))),
                        lang))
                Lookup.print(lines)
                return
            }
            let author = ChangeAuthor(name: ChangeAuthor.login(), session: "import-" + UUID().uuidString)
            let outcomes = try store.importFinancialYears(updates, by: author, at: Launcher.now)
            let figures = outcomes.map(\.changes.count).reduce(0, +)
            Lookup.print([
                figures == 0
                    ? Strings.text(.cli(.finance(.nothingToChange(rows: updates.count))), lang)
                    : Strings.text(
                        .cli(
                            .finance(.imported(rows: updates.count, structures: structures, figures: figures))
                        ),
                        lang)
            ])
        }
    }
}
