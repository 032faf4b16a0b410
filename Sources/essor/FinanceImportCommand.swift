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
            "Header: siret;annee;produits;subventions;charges;masse_salariale;resultat;fonds_propres;total_bilan;tresorerie;dettes_financieres;amortissements;etp (nom may replace siret; amount columns may be missing). Separator “;”, UTF-8 or Windows-1252, decimal comma, spaces between thousands.\nAt the first problem, every faulty line is reported and nothing is written. A year already entered is replaced; u in the interface undoes the whole import.",
            HelpLanguage.fr))

    @ParentCommand var parent: ImportCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The .csv file (-: standard input).", HelpLanguage.fr))) var file: String
    @Flag(
        name: .customLong("dry-run"),
        help: ArgumentHelp(tr("Checks the file without writing anything.", HelpLanguage.fr))) var dryRun =
        false

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
            var years: [FinancialYear] = []
            var problems: [String] = []
            for row in rows {
                let (ids, text): ([StructureID], String) =
                    switch row.key {
                    case .siret(let siret): (try store.structureIDs(siret: siret), siret)
                    case .name(let name): (try store.structureIDs(exactName: name), name)
                    }
                if ids.count == 1 {
                    years.append(FinancialYear(structureID: ids[0], year: row.year, values: row.values))
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
            let structures = Set(years.map(\.structureID)).count
            if dryRun {
                Lookup.print([
                    Strings.text(.cli(.finance(.checked(rows: years.count, structures: structures))), lang)
                ])
                return
            }
            let author = ChangeAuthor(name: ChangeAuthor.login(), session: "import-" + UUID().uuidString)
            try store.importFinancialYears(years, by: author, at: Launcher.now)
            Lookup.print([
                Strings.text(.cli(.finance(.imported(rows: years.count, structures: structures))), lang)
            ])
        }
    }
}
