import EssorCore
import EssorStore

/// Messages of the commands that write to the store (`essor add`, `edit`,
/// `delete`, `check`, `backup`, `export json`, `import json`).
public enum ScriptMsg: Equatable, Sendable {
    case openedReadOnly(ReadOnlyReason)
    case unknownField(String)
    case notAnAssignment(String)
    case badLegalForm(String)
    case invalid(field: StructureDraft.Field, FieldIssue)
    case warning(field: StructureDraft.Field, FieldIssue)
    case added(id: Int64, name: String)
    case edited(id: Int64, name: String, fields: [StructureDraft.Field])
    case unchanged(id: Int64, name: String)
    case deleted(id: Int64, name: String)
    case nothingToChange
    case conflict(id: Int64, name: String)
    case versionMismatch(id: Int64, expected: Int, found: Int)
    case checkOK(path: String)
    case checkProblems(path: String, [String])
    case backupWritten(String)
    case backupExists(String)
    case backupNotStdout
    case unknownThreshold(String)
    case badThresholdValue(key: String, text: String)
    case thresholdWithoutValue(String)
    case thresholdOutOfRange(key: String, text: String, ClosedRange<Double>)
    case thresholdsInverted(red: String, orange: String)
    case jsonImported(tables: Int, rows: Int)
    case importNotAnExport(String)
    case importOtherSchema(String)
    case importNotEmpty(String)
    case importUnknownTable(String)
    case importMalformed(file: String, path: String)
    case importNotUTF8(String)
    case importEmpty(String)
    case importSyntax(file: String, line: Int, column: Int)
    case importTruncated(String)
    case importInvalid(file: String, [ColumnViolation], total: Int)
    case importConstraint(file: String, table: String, row: Int, detail: String)
    case importDuplicateKey(file: String, table: String, row: Int, firstRow: Int, columns: [String])
    case importDangling(file: String, [String])
}

enum ScriptStrings {
    /// `tables.meeting[3].starts_at : "demain" — attendu un instant …`
    static func violation(_ v: ColumnViolation, _ fr: Bool) -> String {
        let place = "tables.\(v.table)[\(v.row)]" + (v.column.isEmpty ? "" : ".\(v.column)")
        switch v.problem {
        case .unknownTable: return place + (fr ? " : table inconnue" : ": unknown table")
        case .unknownColumn:
            return place + (fr ? " : colonne inconnue de ce stock" : ": no such column in this store")
        case .missing: return place + (fr ? " : manquant" : ": missing")
        case .badValue(let value, let expectedFR, let expectedEN):
            return fr
                ? "\(place) : \(value) — attendu \(expectedFR)"
                : "\(place): \(value) — expected \(expectedEN)"
        }
    }

    static func text(_ msg: ScriptMsg, _ fr: Bool) -> String {
        switch msg {
        case .openedReadOnly(let reason):
            return fr
                ? "Stock ouvert en lecture seule (\(CommandLineStrings.readOnlyReason(reason, fr))) : rien n'y sera écrit."
                : "Store opened read-only (\(CommandLineStrings.readOnlyReason(reason, fr))): nothing will be written."
        case .unknownField(let name):
            let names = StructureDraft.Field.scriptable.map { $0.scriptNames[0] }.joined(separator: ", ")
            return fr
                ? "Champ inconnu « \(name) » ; les champs : \(names)"
                : "Unknown field “\(name)”; the fields: \(names)"
        case .notAnAssignment(let text):
            return fr
                ? "« \(text) » : attendu champ=valeur, par exemple commune=Caen"
                : "“\(text)”: field=value expected, for example commune=Caen"
        case .badLegalForm(let value):
            let forms = LegalForm.allCases.map(\.rawValue).joined(separator: ", ")
            return fr
                ? "Forme juridique inconnue « \(value) » : \(forms)"
                : "Unknown legal form “\(value)”: \(forms)"
        case .invalid(let field, let issue):
            return "\(field.scriptNames.first ?? "?") : \(FormStrings.issue(issue, fr))"
        case .warning(let field, let issue):
            return (fr ? "Attention, " : "Warning, ")
                + "\(field.scriptNames.first ?? "?") : \(FormStrings.issue(issue, fr))"
        case .added(let id, let name):
            return fr ? "Structure n° \(id) « \(name) » créée." : "Organisation #\(id) “\(name)” created."
        case .edited(let id, let name, let fields):
            let list = fields.compactMap(\.scriptNames.first).joined(separator: ", ")
            return fr
                ? "Structure n° \(id) « \(name) » modifiée (\(list))."
                : "Organisation #\(id) “\(name)” changed (\(list))."
        case .unchanged(let id, let name):
            return fr
                ? "Structure n° \(id) « \(name) » : rien à changer, elle a déjà ces valeurs."
                : "Organisation #\(id) “\(name)”: nothing to change, it already has these values."
        case .deleted(let id, let name):
            return fr
                ? "Structure n° \(id) « \(name) » supprimée (u dans l'interface l'annule)."
                : "Organisation #\(id) “\(name)” deleted (u in the interface undoes it)."
        case .nothingToChange:
            return fr
                ? "Rien à modifier : donnez au moins un champ=valeur, par exemple commune=Caen"
                : "Nothing to change: give at least one field=value, for example commune=Caen"
        case .conflict(let id, let name):
            return fr
                ? "Structure n° \(id) « \(name) » modifiée ou supprimée par quelqu'un d'autre au même moment : rien n'a été écrit ; relancez la commande."
                : "Organisation #\(id) “\(name)” was changed or deleted by someone else meanwhile: nothing was written; run the command again."
        case .versionMismatch(let id, let expected, let found):
            return fr
                ? "Structure n° \(id) : version \(found) dans le stock, \(expected) attendue (modifiée depuis) : rien n'a été écrit."
                : "Organisation #\(id): version \(found) in the store, \(expected) expected (changed since): nothing was written."
        case .checkOK(let path):
            return fr ? "« \(path) » : stock intègre." : "“\(path)”: the store is sound."
        case .checkProblems(let path, let problems):
            return
                (fr
                ? "« \(path) » : \(problems.count) problème(s) :"
                : "“\(path)”: \(problems.count) problem(s):")
                + problems.map { "\n  " + $0 }.joined()
        case .backupWritten(let path):
            return fr ? "Sauvegarde cohérente écrite : \(path)" : "Consistent backup written: \(path)"
        case .backupNotStdout:
            return fr
                ? "Une sauvegarde s'écrit dans un fichier : donnez son nom (essor backup copie.sqlite)."
                : "A backup is written to a file: give its name (essor backup copy.sqlite)."
        case .backupExists(let path):
            return fr
                ? "« \(path) » existe déjà : une sauvegarde ne remplace jamais un fichier ; choisissez un autre nom."
                : "“\(path)” already exists: a backup never replaces a file; choose another name."
        case .unknownThreshold(let text):
            let keys = FinanceThresholds.Key.allCases.map(\.rawValue).joined(separator: ", ")
            return fr
                ? "Seuil inconnu « \(text) » ; les seuils : \(keys)"
                : "Unknown threshold “\(text)”; the thresholds: \(keys)"
        case .badThresholdValue(let key, let text):
            return fr
                ? "\(key) : « \(text) » n'est pas un nombre (0,8 pour 80 %, 30 pour 30 jours) ; rien n'a été modifié"
                : "\(key): “\(text)” is not a number (0.8 for 80 %, 30 for 30 days); nothing was changed"
        case .thresholdWithoutValue(let key):
            return fr
                ? "\(key) : donnez sa valeur, par exemple \(key)=45 (essor seuils sans argument les liste)"
                : "\(key): give its value, for example \(key)=45 (essor seuils alone lists them)"
        case .thresholdOutOfRange(let key, let text, let range):
            return "\(key) = \(text) : " + FormStrings.outOfRange(range, fr).lowercasedFirst
                + (fr ? " (rien n'a été modifié)" : " (nothing was changed)")
        case .thresholdsInverted(let red, let orange):
            return fr
                ? "\(red) doit être plus strict que \(orange) : rien n'a été modifié"
                : "\(red) must be stricter than \(orange): nothing was changed"
        case .jsonImported(let tables, let rows):
            return fr
                ? "Importé : \(rows) lignes dans \(tables) tables."
                : "Imported: \(rows) rows in \(tables) tables."
        case .importNotAnExport(let file):
            return fr
                ? "« \(file) » n'est pas un export JSON d'essor (essor export json) : rien n'a été importé."
                : "“\(file)” is not an essor JSON export (essor export json): nothing was imported."
        case .importOtherSchema(let file):
            return fr
                ? "« \(file) » vient d'une autre version d'essor : importez-le avec la version qui l'a exporté, ou ouvrez son stock d'origine."
                : "“\(file)” comes from another essor version: import it with the version that exported it."
        case .importNotEmpty(let path):
            return fr
                ? "Le stock « \(path) » contient déjà des données : rien n'a été importé. --replace les remplace (faites d'abord essor backup)."
                : "The store “\(path)” already holds data: nothing was imported. --replace replaces it (run essor backup first)."
        case .importUnknownTable(let table):
            return fr
                ? "Table inconnue « \(table) » dans l'export : rien n'a été importé."
                : "Unknown table “\(table)” in the export: nothing was imported."
        case .importEmpty(let file):
            return fr
                ? "« \(file) » est vide : rien n'a été importé." : "“\(file)” is empty: nothing was imported."
        case .importNotUTF8(let file):
            return fr
                ? "« \(file) » n'est pas un texte UTF-8 : ce n'est pas un export d'essor ; rien n'a été importé."
                : "“\(file)” is not UTF-8 text: not an essor export; nothing was imported."
        case .importSyntax(let file, let line, let column):
            return fr
                ? "\(file), ligne \(line), colonne \(column) : ce n'est plus du JSON valide ; rien n'a été importé."
                : "\(file), line \(line), column \(column): no longer valid JSON; nothing was imported."
        case .importTruncated(let file):
            return fr
                ? "« \(file) » s'arrête avant la fin du JSON (fichier tronqué ?) : rien n'a été importé."
                : "“\(file)” stops before the end of its JSON (a truncated file?): nothing was imported."
        case .importMalformed(let file, let path):
            return fr
                ? "« \(file) » : valeur inattendue à « \(path) » (ce n'est pas la forme d'un export essor) : rien n'a été importé."
                : "“\(file)”: unexpected value at “\(path)” (not the shape of an essor export): nothing was imported."
        case .importInvalid(let file, let violations, let total):
            var lines = violations.map { "\(file) : " + violation($0, fr) }
            if total > violations.count {
                lines.append(
                    fr ? "… et \(total - violations.count) autres" : "… and \(total - violations.count) more")
            }
            lines.append(fr ? "Rien n'a été importé." : "Nothing was imported.")
            return lines.joined(separator: "\n")
        case .importConstraint(let file, let table, let row, let detail):
            return fr
                ? "\(file) : tables.\(table)[\(row)] refusée par le stock (\(detail)) : rien n'a été importé."
                : "\(file): tables.\(table)[\(row)] refused by the store (\(detail)): nothing was imported."
        case .importDuplicateKey(let file, let table, let row, let first, let columns):
            let what = columns.joined(separator: ", ")
            return fr
                ? "\(file) : tables.\(table)[\(row)] a le même \(what) que tables.\(table)[\(first)] : rien n'a été importé."
                : "\(file): tables.\(table)[\(row)] has the same \(what) as tables.\(table)[\(first)]: nothing was imported."
        case .importDangling(let file, let references):
            let lines = references.map {
                "\(file) : \($0)" + (fr ? " : fiche absente du fichier" : ": record missing from the file")
            }
            return (lines + [fr ? "Rien n'a été importé." : "Nothing was imported."]).joined(separator: "\n")
        }
    }
}
