import EssorCore
import EssorExchange

/// Messages and labels of the finances: figures, ratios, flags, rules,
/// instruments, and the import's problems.
public enum FinanceMsg: Equatable, Sendable {
    case csvProblem(file: String, FinanceCSV.Problem)
    case unknownStructure(line: Int, String)
    case ambiguousStructure(line: Int, String, count: Int)
    case checked(rows: Int, structures: Int, figures: Int)
    case imported(rows: Int, structures: Int, figures: Int)
    /// An import that changes nothing the store holds.
    case nothingToChange(rows: Int)
    /// What one row of an import would do (`--dry-run`).
    case rowChanges(line: Int, key: String, year: Int, FinancialYearUpdate.Outcome)
    /// A FEC that cannot be read.
    case fecProblem(file: String, FECFile.Problem)
    /// A FEC read, whose books do not hold together.
    case ledgerProblem(file: String, Ledger.Problem)
    /// A FEC whose name does not give its closing date, and no `--annee`.
    case fecNoYear(file: String)
    case fecBadYear(String)
    case fecYearMismatch(file: String, named: Int, given: Int)
    case fecSirenMismatch(file: String, siren: String, structure: String, siret: String)
    case fecSirenUnchecked(structure: String)
    case fecNoSirenInName(structure: String)
    case fecBadSiren(file: String, String)
    case fecNothingToChange(year: Int)
    /// Several structures have the SIRET or SIREN given as `--structure`.
    case fecSharedSiren(String, count: Int)
    /// A figure read from a FEC beyond what essor keeps.
    case fecFigureOutOfRange(FinancialYear.Figure, Double)
    /// What was read: the file's lines, accounts, encoding, separator.
    case fecRead(
        file: String, lines: Int, accounts: Int, encoding: LegacyText.Encoding, separator: Character,
        columns: Int,
        year: Int)
    /// One figure read from a FEC, with the accounts it adds up.
    case fecReading(Ledger.Reading)
    /// What a FEC's import changes for one structure's year.
    case fecChanges(structure: String, year: Int, FinancialYearUpdate.Outcome)
    /// One rule of the mapping (`essor fec comptes`).
    case fecRule(AccountMapping.Rule)
    /// What `essor fec comptes` says after the rules.
    case fecRulesFooter
}

enum FinanceStrings {
    static func text(_ msg: FinanceMsg, _ fr: Bool) -> String {
        switch msg {
        case .csvProblem(let file, let problem): return file + tr(": %s", fr, csvProblem(problem, fr))
        case .unknownStructure(let line, let key):
            return tr("line %1$s: no organisation matches “%2$s”", fr, line, key)
        case .ambiguousStructure(let line, let key, let count):
            return tr("line %1$s: %2$s organisations are called “%3$s”; give the SIRET", fr, line, count, key)
        case .checked(let rows, let structures, let figures):
            let what = counts(rows, structures, fr)
            let changed = trn("%d figure would change", "%d figures would change", figures, fr)
            return tr("Valid file: %1$s; %2$s; nothing was written (--dry-run).", fr, what, changed)
        case .imported(let rows, let structures, let figures):
            let what = counts(rows, structures, fr)
            let changed = trn("%d figure changed", "%d figures changed", figures, fr)
            return tr("Imported: %1$s; %2$s (u in the interface undoes the whole import).", fr, what, changed)
        case .nothingToChange(let rows):
            return trn(
                "Nothing to change: the store already holds the figures of this file (%d line).",
                "Nothing to change: the store already holds the figures of this file (%d lines).", rows, fr)
        case .rowChanges(let line, let key, let year, let outcome):
            let what = changes(outcome, fr)
            return outcome.isNew
                ? tr("line %1$s, %2$s %3$s (new year): %4$s", fr, line, key, String(year), what)
                : tr("line %1$s, %2$s %3$s: %4$s", fr, line, key, String(year), what)
        case .fecProblem(let file, let problem): return file + tr(": %s", fr, fecProblem(problem, fr))
        case .ledgerProblem(let file, let problem): return file + tr(": %s", fr, ledgerProblem(problem, fr))
        case .fecNoYear(let file):
            return tr(
                "%s: the file's name does not give the closing date of the financial year (SIRENFECAAAAMMJJ.txt): give the year with --annee",
                fr, file)
        case .fecBadYear(let text):
            return tr("--annee “%s”: not a year (1900 to 2200)", fr, text)
        case .fecYearMismatch(let file, let named, let given):
            return tr(
                "%1$s: the file's name closes the financial year in %2$s, not in %3$s (--annee)", fr, file,
                String(named), String(given))
        case .fecSirenMismatch(let file, let siren, let structure, let siret):
            return tr(
                "%1$s: the file is the books of SIREN %2$s, but “%3$s” has SIRET %4$s: nothing was written",
                fr, file, siren, structure, siret)
        case .fecSirenUnchecked(let structure):
            return tr("“%s” has no SIRET: the file's SIREN was not checked.", fr, structure)
        case .fecNoSirenInName(let structure):
            return tr(
                "The file's name does not give a SIREN (SIRENFECAAAAMMJJ.txt): nothing checked that these are the books of “%s”.",
                fr, structure)
        case .fecBadSiren(let file, let digits):
            return tr(
                "%1$s: “%2$s” before FEC is not a SIREN (9 digits): name the file SIRENFECAAAAMMJJ.txt", fr,
                file,
                digits)
        case .fecSharedSiren(let text, let count):
            return tr(
                "%1$s organisations have the SIRET or SIREN %2$s: give the organisation's number (essor find)",
                fr,
                count, text)
        case .fecNothingToChange(let year):
            return tr("Nothing to change: the store already holds these figures for %s.", fr, String(year))
        case .fecFigureOutOfRange(let figure, let value):
            return tr(
                "%1$s (%2$s) would be %3$s: beyond what essor keeps; nothing was written", fr,
                FinanceUIStrings.figure(figure, fr), figure.column,
                DecimalFormat.euros(value, lang: fr ? .fr : .en))
        case .fecRead(let file, let lines, let accounts, let encoding, let separator, let columns, let year):
            let read = trn("%d line", "%d lines", lines, fr)
            let used = trn("%d account", "%d accounts", accounts, fr)
            return tr(
                "%1$s: %2$s, %3$s (%4$s, separator %5$s, %6$s columns); figures of %7$s:", fr, file, read,
                used, encoding == .eitherLatin ? tr("ISO-8859-15 or Windows-1252", fr) : encoding.rawValue,
                separator == "\t" ? tr("tab", fr) : String(separator), columns, String(year))
        case .fecReading(let reading):
            let lang: Lang = fr ? .fr : .en
            func euros(_ cents: Int64) -> String {
                DecimalFormat.euros(Double(cents) / 100, lang: lang, cents: true)
            }
            var parts = reading.parts.map { part in
                let accounts = trn("%d account", "%d accounts", part.accounts, fr)
                return tr(
                    "%1$s: %2$s (%3$s)", fr, prefixLabel(part.prefix, part.term, fr), euros(part.cents),
                    accounts)
            }
            if let added = reading.addedResult {
                parts.append(tr("the year's result %s", fr, euros(added)))
            }
            let made = parts.isEmpty ? tr("no account", fr) : parts.joined(separator: " + ")
            return tr(
                "  %1$s (%2$s): %3$s = %4$s", fr, FinanceUIStrings.figure(reading.figure, fr),
                reading.figure.column, euros(reading.cents), made)
        case .fecChanges(let structure, let year, let outcome):
            let what = changes(outcome, fr)
            return outcome.isNew
                ? tr("%1$s %2$s (new year): %3$s", fr, structure, String(year), what)
                : tr("%1$s %2$s: %3$s", fr, structure, String(year), what)
        case .fecRule(let rule):
            var terms = rule.terms.map { term in
                var accounts = term.prefixes.joined(separator: ", ")
                if !term.excluding.isEmpty {
                    accounts = tr("%1$s except %2$s", fr, accounts, term.excluding.joined(separator: ", "))
                }
                switch term.side {
                case .debit: accounts = tr("%s (accounts with a debit balance)", fr, accounts)
                case .credit: accounts = tr("%s (accounts with a credit balance)", fr, accounts)
                case nil: break
                }
                let sense = term.sense == .debit ? tr("debit − credit", fr) : tr("credit − debit", fr)
                return tr("%1$s [%2$s]", fr, accounts, sense)
            }
            if rule.addsUnpostedResult {
                terms.append(tr("the year's result (classes 7 − 6) while account 12 does not hold it", fr))
            }
            return tr(
                "%1$s (%2$s) = %3$s", fr, rule.figure.column, FinanceUIStrings.figure(rule.figure, fr),
                terms.joined(separator: " + "))
        case .fecRulesFooter:
            return tr(
                "etp is not in a FEC: an import keeps the stored figure. Balances include the opening entries (journal AN, RAN or ANO, or “à nouveau”). Account 12 holds the year's result when its closing balance is neither zero nor its opening balance; it must then equal classes 7 − 6. Accounts outside classes 1 to 8 are refused.",
                fr)
        }
    }

    /// A prefix as a part of a figure names it: `74`, `4 (debit balances)`.
    static func prefixLabel(_ prefix: String, _ term: AccountMapping.Term, _ fr: Bool) -> String {
        switch term.side {
        case .debit: tr("%s (debit balances)", fr, prefix)
        case .credit: tr("%s (credit balances)", fr, prefix)
        case nil: prefix
        }
    }

    /// What an import changes: `figure stored → new; …`.
    static func changes(_ outcome: FinancialYearUpdate.Outcome, _ fr: Bool) -> String {
        let lang: Lang = fr ? .fr : .en
        guard !outcome.changes.isEmpty else { return tr("nothing changes", fr) }
        return outcome.changes.map { change in
            func value(_ v: Double?) -> String {
                v.map { DecimalFormat.figure($0, change.figure, lang: lang) } ?? tr("unknown", fr)
            }
            return tr("%1$s %2$s → %3$s", fr, change.figure.column, value(change.stored), value(change.new))
        }.joined(separator: fr ? " ; " : "; ")
    }

    static func fecProblem(_ problem: FECFile.Problem, _ fr: Bool) -> String {
        switch problem {
        case .empty: return tr("empty file", fr)
        case .tooFewColumns(let found):
            return tr(
                "the header has %s columns: a FEC has 18 (JournalCode … Idevise), separated by a tab or |",
                fr, found)
        case .unexpectedColumn(let position, let found, let expected):
            return tr(
                "column %1$s of the header is “%2$s”, where a FEC has “%3$s”", fr, position, found, expected)
        case .tooFewCells(let line, let found):
            return tr("line %1$s: %2$s cells instead of 18", fr, line, found)
        case .badDate(let line, let column, let text):
            return tr("line %1$s: “%2$s” is not a date (column %3$s; YYYYMMDD)", fr, line, text, column)
        case .missingDate(let line):
            return tr("line %s: no date (EcritureDate)", fr, line)
        case .missingAccount(let line):
            return tr("line %s: no account number (CompteNum)", fr, line)
        case .missingEntry(let line):
            return tr("line %s: no entry number (EcritureNum)", fr, line)
        case .badAmount(let line, let column, let text):
            return tr(
                "line %1$s: “%2$s” is not an amount (column %3$s; e.g. 1234,56)", fr, line, text, column)
        case .amountOutOfRange(let line, let column, let text, let range):
            return tr("line %1$s: “%2$s” (column %3$s): ", fr, line, text, column)
                + FormStrings.outOfRange(range, fr).lowercasedFirst
        case .badSense(let line, let text):
            return tr("line %1$s: “%2$s” is not a direction (Sens: D or C)", fr, line, text)
        case .noLines:
            return tr("no entry under the header: nothing was imported", fr)
        }
    }

    static func ledgerProblem(_ problem: Ledger.Problem, _ fr: Bool) -> String {
        let lang: Lang = fr ? .fr : .en
        func euros(_ cents: Int64) -> String {
            DecimalFormat.euros(Double(cents) / 100, lang: lang, cents: true)
        }
        switch problem {
        case .unbalancedEntry(let journal, let entry, let line, let debit, let credit):
            return tr(
                "entry %1$s of journal %2$s (line %3$s) is not balanced: debit %4$s, credit %5$s", fr, entry,
                journal, line, euros(debit), euros(credit))
        case .unbalancedTotals(let debit, let credit):
            return tr("total debit %1$s ≠ total credit %2$s", fr, euros(debit), euros(credit))
        case .unknownClass(let account, let line):
            return tr("line %1$s: account “%2$s” belongs to no class of the plan (1 to 8)", fr, line, account)
        case .resultMismatch(let classes, let account12):
            return tr(
                "the result of classes 7 − 6 is %1$s, but account 12 holds %2$s", fr, euros(classes),
                euros(account12))
        case .tooLarge(let line):
            return tr("line %s: the sums go beyond what essor can add up", fr, line)
        case .outsideYear(let line, let date, let closing):
            return tr(
                "line %1$s: an entry of %2$s, outside the financial year closed on %3$s (the file's name)",
                fr, line,
                date.dayMonthYear, closing.dayMonthYear)
        }
    }

    static func counts(_ rows: Int, _ structures: Int, _ fr: Bool) -> String {
        let years = trn("%d year", "%d years", rows, fr)
        let orgs = trn("%d organisation", "%d organisations", structures, fr)
        return tr("%1$s for %2$s", fr, years, orgs)
    }

    static func csvProblem(_ problem: FinanceCSV.Problem, _ fr: Bool) -> String {
        switch problem {
        case .empty: return tr("empty file", fr)
        case .unreadable(let detail): return tr("unreadable (%s)", fr, detail)
        case .missingColumn(let name):
            return tr("missing column “%s” (expected header: siret;annee;produits;…)", fr, name)
        case .unknownColumn(let name):
            let known = FinancialYear.Figure.allCases.map(\.column).joined(separator: ", ")
            return tr("unknown column “%1$s”; the columns: siret or nom, annee, %2$s", fr, name, known)
        case .wrongCellCount(let line, let expected, let found):
            return tr("line %1$s: %2$s cells instead of %3$s", fr, line, found, expected)
        case .missingKey(let line):
            return tr("line %s: neither SIRET nor name", fr, line)
        case .badYear(let line, let text):
            return tr("line %1$s: invalid year “%2$s”", fr, line, text)
        case .badNumber(let line, let column, let text):
            return tr(
                "line %1$s: “%2$s” is not an amount (column %3$s; e.g. 1 234,56)", fr, line, text, column)
        case .finerThanCent(let line, let column, let text):
            return tr(
                "line %1$s: “%2$s” (column %3$s) is finer than the cent: write it to the cent (1 234,56; 1 234 for a thousand)",
                fr, line, text, column)
        case .numberOutOfRange(let line, let column, let text, let range):
            return
                (tr("line %1$s: “%2$s” (column %3$s): ", fr, line, text, column))
                + FormStrings.outOfRange(range, fr).lowercasedFirst
        case .noRows:
            return tr("no row of accounts under the header: nothing was imported", fr)
        case .unterminatedQuote(let line):
            return tr("line %s: a quote is opened and never closed", fr, line)
        case .keyTooLong(let line):
            return tr("line %1$s: name or SIRET longer than %2$s characters", fr, line, TextLimit.name)
        case .duplicate(let line, let first):
            return tr("line %1$s: same organisation and year as line %2$s", fr, line, first)
        }
    }
}
