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
    case blankAndFilled
    case formatContradictsName(format: String, file: String)
    case periodReversed(from: String, to: String)
    case periodTooLong(years: Int)
    case unknownProgrammeKey(String)
    case programmeKeyWithoutValue(String)
    /// Each refused key with what is wrong with its value.
    case programmeRefused([String: FieldIssue])
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
        case .unknownTable: return tr("%s: unknown table", fr, place)
        case .unknownColumn:
            return tr("%s: no such column in this store", fr, place)
        case .missing: return tr("%s: missing", fr, place)
        case .badValue(let value, let expectedFR, let expectedEN):
            return tr("%1$s: %2$s — expected %3$s", fr, place, value, fr ? expectedFR : expectedEN)
        }
    }

    static func text(_ msg: ScriptMsg, _ fr: Bool) -> String {
        switch msg {
        case .openedReadOnly(let reason):
            return tr(
                "Store opened read-only (%s): nothing will be written.", fr,
                CommandLineStrings.readOnlyReason(reason, fr))
        case .unknownField(let name):
            let names = StructureDraft.Field.scriptable.map { $0.scriptNames[0] }.joined(separator: ", ")
            return tr("Unknown field “%1$s”; the fields: %2$s", fr, name, names)
        case .notAnAssignment(let text):
            return tr("“%s”: field=value expected, for example commune=Caen", fr, text)
        case .badLegalForm(let value):
            let forms = LegalForm.allCases.map(\.rawValue).joined(separator: ", ")
            return tr("Unknown legal form “%1$s”: %2$s", fr, value, forms)
        case .invalid(let field, let issue):
            return "\(field.scriptNames.first ?? "?") : \(FormStrings.issue(issue, fr))"
        case .warning(let field, let issue):
            return (tr("Warning, ", fr))
                + "\(field.scriptNames.first ?? "?") : \(FormStrings.issue(issue, fr))"
        case .added(let id, let name):
            return tr("Organisation #%1$s “%2$s” created.", fr, id, name)
        case .edited(let id, let name, let fields):
            let list = fields.compactMap(\.scriptNames.first).joined(separator: ", ")
            return tr("Organisation #%1$s “%2$s” changed (%3$s).", fr, id, name, list)
        case .unchanged(let id, let name):
            return tr(
                "Organisation #%1$s “%2$s”: nothing to change, it already has these values.", fr, id, name)
        case .deleted(let id, let name):
            return tr("Organisation #%1$s “%2$s” deleted (u in the interface undoes it).", fr, id, name)
        case .nothingToChange:
            return tr("Nothing to change: give at least one field=value, for example commune=Caen", fr)
        case .conflict(let id, let name):
            return tr(
                "Organisation #%1$s “%2$s” was changed or deleted by someone else meanwhile: nothing was written; run the command again.",
                fr, id, name)
        case .versionMismatch(let id, let expected, let found):
            return tr(
                "Organisation #%1$s: version %2$s in the store, %3$s expected (changed since): nothing was written.",
                fr, id, found, expected)
        case .checkOK(let path):
            return tr("“%s”: the store is sound.", fr, path)
        case .checkProblems(let path, let problems):
            return
                (tr("“%1$s”: %2$s problem(s):", fr, path, problems.count))
                + problems.map { "\n  " + $0 }.joined()
        case .backupWritten(let path):
            return tr("Consistent backup written: %s", fr, path)
        case .backupNotStdout:
            return tr("A backup is written to a file: give its name (essor backup copy.sqlite).", fr)
        case .backupExists(let path):
            return tr("“%s” already exists: a backup never replaces a file; choose another name.", fr, path)
        case .unknownThreshold(let text):
            let keys = FinanceThresholds.Key.allCases.map(\.rawValue).joined(separator: ", ")
            return tr("Unknown threshold “%1$s”; the thresholds: %2$s", fr, text, keys)
        case .badThresholdValue(let key, let text):
            return tr(
                "%1$s: “%2$s” is not a number (80 for 80 %%, 30 for 30 days); nothing was changed", fr, key,
                text)
        case .blankAndFilled: return tr("--blank and --filled: choose one.", fr)
        case .formatContradictsName(let format, let file):
            return tr("--format %1$s and the name %2$s say two formats: give one.", fr, format, file)
        case .periodReversed(let from, let to):
            return tr("--to (%1$s) is before --from (%2$s).", fr, to, from)
        case .periodTooLong(let years):
            return tr("A report covers %d years at most: give a shorter period.", fr, years)
        case .unknownProgrammeKey(let key):
            return tr(
                "Unknown setting “%1$s”. Settings: %2$s.", fr, key,
                ProgrammeDraft.Field.allCases.map(\.key).joined(separator: ", "))
        case .programmeKeyWithoutValue(let key):
            return tr("%1$s: give its value, for example %1$s=… (essor programme show lists them)", fr, key)
        case .programmeRefused(let issues):
            return tr("Nothing was changed:", fr) + "\n"
                + ProgrammeDraft.Field.allCases.compactMap { field in
                    issues[field.key].map { "  \(field.key)\(fr ? " :" : ":") " + FormStrings.issue($0, fr) }
                }.joined(separator: "\n")
        case .thresholdWithoutValue(let key):
            return tr("%1$s: give its value, for example %1$s=45 (essor seuils alone lists them)", fr, key)
        case .thresholdOutOfRange(let key, let text, let range):
            return tr(
                "%1$s = %2$s: %3$s (nothing was changed)", fr, key, text,
                FormStrings.outOfRange(range, fr).lowercasedFirst)
        case .thresholdsInverted(let red, let orange):
            return tr("%1$s must be stricter than %2$s: nothing was changed", fr, red, orange)
        case .jsonImported(let tables, let rows):
            return tr("Imported: %1$s rows in %2$s tables.", fr, rows, tables)
        case .importNotAnExport(let file):
            return tr("“%s” is not an essor JSON export (essor export json): nothing was imported.", fr, file)
        case .importOtherSchema(let file):
            return tr(
                "“%s” comes from another essor version: import it with the version that exported it.", fr,
                file)
        case .importNotEmpty(let path):
            return tr(
                "The store “%s” already holds data: nothing was imported. --replace replaces it (run essor backup first).",
                fr, path)
        case .importUnknownTable(let table):
            return tr("Unknown table “%s” in the export: nothing was imported.", fr, table)
        case .importEmpty(let file):
            return tr("“%s” is empty: nothing was imported.", fr, file)
        case .importNotUTF8(let file):
            return tr("“%s” is not UTF-8 text: not an essor export; nothing was imported.", fr, file)
        case .importSyntax(let file, let line, let column):
            return tr(
                "%1$s, line %2$s, column %3$s: no longer valid JSON; nothing was imported.", fr, file, line,
                column)
        case .importTruncated(let file):
            return tr(
                "“%s” stops before the end of its JSON (a truncated file?): nothing was imported.", fr, file)
        case .importMalformed(let file, let path):
            return tr(
                "“%1$s”: unexpected value at “%2$s” (not the shape of an essor export): nothing was imported.",
                fr, file, path)
        case .importInvalid(let file, let violations, let total):
            var lines = violations.map { "\(file) : " + violation($0, fr) }
            if total > violations.count {
                lines.append(
                    tr("… and %s more", fr, total - violations.count))
            }
            lines.append(tr("Nothing was imported.", fr))
            return lines.joined(separator: "\n")
        case .importConstraint(let file, let table, let row, let detail):
            return tr(
                "%1$s: tables.%2$s[%3$s] refused by the store (%4$s): nothing was imported.", fr, file, table,
                row, detail)
        case .importDuplicateKey(let file, let table, let row, let first, let columns):
            let what = columns.joined(separator: ", ")
            return tr(
                "%1$s: tables.%2$s[%3$s] has the same %4$s as tables.%2$s[%5$s]: nothing was imported.", fr,
                file, table, row,
                what, first)
        case .importDangling(let file, let references):
            let lines = references.map {
                tr("%1$s: %2$s: record missing from the file", fr, file, $0)
            }
            return (lines + [tr("Nothing was imported.", fr)]).joined(separator: "\n")
        }
    }
}
