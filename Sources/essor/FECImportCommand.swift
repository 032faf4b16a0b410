import ArgumentParser
import EssorCore
import EssorExchange
import EssorStore
import EssorUI
import Foundation

/// `essor import fec FILE --structure S`: a structure's accounts read
/// from its Fichier des Écritures Comptables.
struct FECImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fec",
        abstract: tr(
            "Reads an organisation's accounts for one year from its FEC (Fichier des Écritures Comptables).",
            HelpLanguage.fr),
        discussion: tr(
            "The FEC every French accounting package exports (art. A47 A-1 of the Livre des procédures fiscales): 18 columns JournalCode … Idevise (more are tolerated), tab or | between cells, dates AAAAMMJJ, decimal comma, UTF-8, ISO-8859-15 or Windows-1252. Named SIRENFECAAAAMMJJ.txt: the SIREN must be the organisation's, and the closing date gives the year (else --annee).\nEach account's balance is rebuilt (opening entries included) and the figures are read by account prefix: essor fec comptes prints the table. Unbalanced entries, total debit ≠ total credit, a result of classes 7 − 6 other than account 12's and accounts outside the plan are reported with their line, and nothing is written. The full-time equivalents are not in a FEC and keep their stored figure. --dry-run prints the figures and what would change, stored → new. u in the interface undoes the import.",
            HelpLanguage.fr))

    @ParentCommand var parent: ImportCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The FEC file (-: standard input).", HelpLanguage.fr))) var file: String
    @Option(
        name: .customLong("structure"),
        help: ArgumentHelp(
            tr("The organisation whose books these are (number, name or SIRET).", HelpLanguage.fr)))
    var structure: String
    @Option(
        name: .customLong("annee"),
        help: ArgumentHelp(
            tr(
                "The year of the figures, when the file's name does not give its closing date.",
                HelpLanguage.fr)))
    var year: String?
    @Flag(
        name: .customLong("dry-run"),
        help: ArgumentHelp(
            tr("Checks the file and prints the figures without writing anything.", HelpLanguage.fr)))
    var dryRun = false

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            func text(_ msg: FinanceMsg) -> String { Strings.text(.cli(.finance(msg)), lang) }
            let (data, label) = try InputFile.read(file, lang: lang)
            let name = file == "-" ? "stdin" : file
            let contents: FECFile.Contents
            switch FECFile.parse(data) {
            case .success(let found): contents = found
            case .failure(let list):
                let lines = list.problems.map { text(.fecProblem(file: name, $0)) }
                throw Failure(
                    message: Launcher.problems(lines, lang: lang), status: list.problems == [.noLines] ? 1 : 2
                )
            }
            let named = file == "-" ? nil : FECFile.Name(path: label)
            var given: Int?
            if let year {
                guard let value = NumberReader.whole(year, as: .year) else {
                    throw Failure(message: text(.fecBadYear(year)), status: 2)
                }
                given = value
            }
            if let named, named.siren.count != 9 {
                throw Failure(message: text(.fecBadSiren(file: name, named.siren)), status: 2)
            }
            if let closing = named?.closing, let given, closing.year != given {
                throw Failure(
                    message: text(.fecYearMismatch(file: name, named: closing.year, given: given)), status: 2)
            }
            guard let figuresYear = given ?? named?.closing?.year else {
                throw Failure(message: text(.fecNoYear(file: name)), status: 2)
            }
            let ledger = Ledger(contents.lines)
            let outside = named?.closing.map { Ledger.datedOutside(contents.lines, closing: $0) } ?? []
            guard ledger.problems.isEmpty, outside.isEmpty else {
                let lines = (outside + ledger.problems).map { text(.ledgerProblem(file: name, $0)) }
                throw Failure(message: Launcher.problems(lines, lang: lang), status: 2)
            }
            let readings = ledger.readings
            for reading in readings {
                if case .failure = NumberReader.check(reading.euros, as: .amount) {
                    throw Failure(
                        message: text(.fecFigureOutOfRange(reading.figure, reading.euros)), status: 2)
                }
            }
            let store =
                dryRun
                ? try Store.openReadOnly(path: global.storePath)
                : try Launcher.openStore(global.storePath, lang: lang, options: global)
            let lookup = Lookup(store: store, global: global, lang: lang)
            let id = try Self.structure(structure, in: store, lookup: lookup, lang: lang)
            guard let record = try store.structureRecord(id: id) else {
                throw Failure(.notFound(.structure, structure), lang: lang, status: 1)
            }
            let owner = record.structure.name
            let siret = Siret.normalize(record.structure.siret)
            var notes: [String] = []
            if let named {
                if siret.isEmpty {
                    notes.append(text(.fecSirenUnchecked(structure: owner)))
                } else if Siret.siren(siret) != named.siren {
                    throw Failure(
                        message: text(
                            .fecSirenMismatch(
                                file: name, siren: named.siren, structure: owner,
                                siret: Siret.formatted(siret))),
                        status: 2)
                }
            } else {
                notes.append(text(.fecNoSirenInName(structure: owner)))
            }
            let update = FinancialYearUpdate(
                structureID: id, year: figuresYear, values: ledger.values,
                columns: Set(AccountMapping.figures))
            var lines = [
                text(
                    .fecRead(
                        file: name, lines: ledger.lineCount, accounts: ledger.accounts.count,
                        encoding: contents.encoding, separator: contents.separator,
                        columns: contents.columnCount, year: figuresYear))
            ]
            lines += readings.map { text(.fecReading($0)) }
            lines += notes
            if dryRun {
                let outcome = try store.outcomes(of: [update])[0]
                lines.append(text(.fecChanges(structure: owner, year: figuresYear, outcome)))
                lines.append(
                    text(.checked(rows: 1, structures: 1, figures: outcome.changes.count)))
                Lookup.print(lines)
                return
            }
            let author = ChangeAuthor(name: ChangeAuthor.login(), session: "import-" + UUID().uuidString)
            let outcome = try store.importFinancialYears([update], by: author, at: Launcher.now)[0]
            lines.append(text(.fecChanges(structure: owner, year: figuresYear, outcome)))
            lines.append(
                outcome.changes.isEmpty
                    ? text(.fecNothingToChange(year: figuresYear))
                    : text(.imported(rows: 1, structures: 1, figures: outcome.changes.count)))
            Lookup.print(lines)
        }
    }
}

extension FECImportCommand {
    /// The structure `text` designates: by SIRET or SIREN when it is one
    /// (digits and spaces, 14 or 9 of them), else as every look-up does.
    static func structure(_ text: String, in store: Store, lookup: Lookup, lang: Lang) throws -> StructureID {
        let digits = Siret.normalize(text)
        guard text.allSatisfy({ $0.isNumber || $0 == " " }), digits.count == 14 || digits.count == 9 else {
            return try lookup.resolve(.structure, text)
        }
        let ids =
            try digits.count == 14 ? store.structureIDs(siret: digits) : store.structureIDs(siren: digits)
        if ids.count == 1 { return ids[0] }
        if ids.isEmpty { return try lookup.resolve(.structure, text) }
        throw Failure(
            message: Strings.text(.cli(.finance(.fecSharedSiren(text, count: ids.count))), lang), status: 2)
    }
}

/// `essor fec comptes`: how figures are read from a FEC.
struct FECCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fec",
        abstract: tr("About the FEC: comptes (which accounts make each figure).", HelpLanguage.fr),
        subcommands: [FECAccountsCommand.self])

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
}

struct FECAccountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comptes",
        abstract: tr(
            "Prints which accounts of the Plan comptable make each figure read from a FEC.", HelpLanguage.fr))

    @ParentCommand var parent: FECCommand
    @OptionGroup var own: GlobalOptions

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            func text(_ msg: FinanceMsg) -> String { Strings.text(.cli(.finance(msg)), lang) }
            Lookup.print(AccountMapping.rules.map { text(.fecRule($0)) } + ["", text(.fecRulesFooter)])
        }
    }
}
