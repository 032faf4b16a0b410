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
            let lang: Lang = fr ? .fr : .en
            let listed = outcome.changes.map { change in
                func value(_ v: Double?) -> String {
                    v.map { DecimalFormat.figure($0, change.figure, lang: lang) } ?? tr("unknown", fr)
                }
                return tr(
                    "%1$s %2$s → %3$s", fr, change.figure.column, value(change.stored), value(change.new))
            }.joined(separator: fr ? " ; " : "; ")
            let what = outcome.changes.isEmpty ? tr("nothing changes", fr) : listed
            return outcome.isNew
                ? tr("line %1$s, %2$s %3$s (new year): %4$s", fr, line, key, String(year), what)
                : tr("line %1$s, %2$s %3$s: %4$s", fr, line, key, String(year), what)
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
