import EssorCore
import EssorExchange

/// Messages and labels of the finances: figures, ratios, flags, rules,
/// instruments, and the import's problems.
public enum FinanceMsg: Equatable, Sendable {
    case csvProblem(file: String, FinanceCSV.Problem)
    case unknownStructure(line: Int, String)
    case ambiguousStructure(line: Int, String, count: Int)
    case checked(rows: Int, structures: Int)
    case imported(rows: Int, structures: Int)
}

enum FinanceStrings {
    static func text(_ msg: FinanceMsg, _ fr: Bool) -> String {
        switch msg {
        case .csvProblem(let file, let problem): return file + (fr ? " : " : ": ") + csvProblem(problem, fr)
        case .unknownStructure(let line, let key):
            return fr
                ? "ligne \(line) : aucune structure ne correspond à « \(key) »"
                : "line \(line): no organisation matches “\(key)”"
        case .ambiguousStructure(let line, let key, let count):
            return fr
                ? "ligne \(line) : \(count) structures s'appellent « \(key) » ; donnez le SIRET"
                : "line \(line): \(count) organisations are called “\(key)”; give the SIRET"
        case .checked(let rows, let structures):
            let what = counts(rows, structures, fr)
            return fr
                ? "Fichier valide : \(what) ; rien n'a été écrit (--dry-run)."
                : "Valid file: \(what); nothing was written (--dry-run)."
        case .imported(let rows, let structures):
            let what = counts(rows, structures, fr)
            return fr
                ? "Importé : \(what) (u dans l'interface annule tout l'import)."
                : "Imported: \(what) (u in the interface undoes the whole import)."
        }
    }

    static func counts(_ rows: Int, _ structures: Int, _ fr: Bool) -> String {
        let years = Strings.plural(rows, fr ? "exercice" : "year", fr ? "exercices" : "years", fr)
        let orgs = Strings.plural(structures, "structure", fr ? "structures" : "organisations", fr)
        return fr ? "\(years) pour \(orgs)" : "\(years) for \(orgs)"
    }

    static func csvProblem(_ problem: FinanceCSV.Problem, _ fr: Bool) -> String {
        switch problem {
        case .empty: return fr ? "fichier vide" : "empty file"
        case .unreadable(let detail): return fr ? "illisible (\(detail))" : "unreadable (\(detail))"
        case .missingColumn(let name):
            return fr
                ? "colonne « \(name) » manquante (en-tête attendu : siret;annee;produits;…)"
                : "missing column “\(name)” (expected header: siret;annee;produits;…)"
        case .unknownColumn(let name):
            let known = FinancialYear.Figure.allCases.map(\.column).joined(separator: ", ")
            return fr
                ? "colonne inconnue « \(name) » ; les colonnes : siret ou nom, annee, \(known)"
                : "unknown column “\(name)”; the columns: siret or nom, annee, \(known)"
        case .wrongCellCount(let line, let expected, let found):
            return fr
                ? "ligne \(line) : \(found) cellules au lieu de \(expected)"
                : "line \(line): \(found) cells instead of \(expected)"
        case .missingKey(let line):
            return fr ? "ligne \(line) : ni SIRET ni nom" : "line \(line): neither SIRET nor name"
        case .badYear(let line, let text):
            return fr ? "ligne \(line) : année invalide « \(text) »" : "line \(line): invalid year “\(text)”"
        case .badNumber(let line, let column, let text):
            return fr
                ? "ligne \(line) : « \(text) » n'est pas un montant (colonne \(column) ; ex. 1 234,56)"
                : "line \(line): “\(text)” is not an amount (column \(column); e.g. 1 234,56)"
        case .numberOutOfRange(let line, let column, let text, let range):
            return
                (fr
                ? "ligne \(line) : « \(text) » (colonne \(column)) : "
                : "line \(line): “\(text)” (column \(column)): ")
                + FormStrings.outOfRange(range, fr).lowercasedFirst
        case .noRows:
            return fr
                ? "aucune ligne de comptes sous l'en-tête : rien n'a été importé"
                : "no row of accounts under the header: nothing was imported"
        case .unterminatedQuote(let line):
            return fr
                ? "ligne \(line) : un guillemet ouvert n'est jamais fermé"
                : "line \(line): a quote is opened and never closed"
        case .keyTooLong(let line):
            return fr
                ? "ligne \(line) : nom ou SIRET de plus de \(TextLimit.name) caractères"
                : "line \(line): name or SIRET longer than \(TextLimit.name) characters"
        case .duplicate(let line, let first):
            return fr
                ? "ligne \(line) : même structure et même année qu'à la ligne \(first)"
                : "line \(line): same organisation and year as line \(first)"
        }
    }
}
