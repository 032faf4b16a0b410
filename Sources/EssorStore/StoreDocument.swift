import EssorCore
import Foundation

/// The whole store in essor's JSON (`schema/store.schema.json`, version 2):
/// tables and columns named in camelCase, instants with their offset,
/// enumerations as their codes, JSON columns as JSON, search and sort keys
/// left out (they are computed from the rest). The conversion goes both
/// ways through each column's rule, so a file exported, imported and
/// exported again gives the same bytes.
struct StoreDocument: Codable {
    var format = "essor-store"
    var schemaVersion = ExchangeJSON.schemaVersion
    var migrations: [String]
    var tables: [String: [[String: JSONValue]]]
}

/// The names and conversions between the store's rows and the document's.
enum StoreNaming {
    /// `project_line` → `projectLine`.
    static func camel(_ name: String) -> String {
        let parts = name.split(separator: "_", omittingEmptySubsequences: false)
        guard let first = parts.first else { return name }
        return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A column's name in the document: its camelCase, but for the
    /// accounts' figures, which the store names in French
    /// (`fonds_propres`), named in English as in every other document
    /// (`equity`, `FinancialYear.Figure`).
    static func name(_ column: String, in table: String) -> String {
        if table == "financial_year", let figure = FinancialYear.Figure(rawValue: column) {
            return figure.code
        }
        return camel(column)
    }

    /// The document's name of a table or a column, for messages (no column
    /// elsewhere has a figure's name).
    static func documentName(_ name: String) -> String {
        FinancialYear.Figure(rawValue: name)?.code ?? camel(name)
    }

    /// Each document name of a table, or of a table's column, to the store's.
    static let tables: [String: String] = Dictionary(
        StoreColumns.rules.keys.map { (camel($0), $0) }, uniquingKeysWith: { a, _ in a })
    static let columns: [String: [String: String]] = Dictionary(
        uniqueKeysWithValues: StoreColumns.rules.map { table, rules in
            (table, Dictionary(rules.keys.map { (name($0, in: table), $0) }, uniquingKeysWith: { a, _ in a }))
        })

    /// A row of `table` as the document writes it.
    static func exported(_ table: String, _ row: RowSnapshot.Row, _ clock: WallClock) -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        let rules = StoreColumns.rules[table] ?? [:]
        for (column, value) in row {
            let rule = rules[column]
            if rule?.isDerived == true { continue }
            out[name(column, in: table)] = exported(value, rule, clock)
        }
        return out
    }

    private static func exported(_ value: RowSnapshot.Value, _ rule: ColumnRule?, _ clock: WallClock)
        -> JSONValue
    {
        switch (rule, value) {
        case (_, .null): return .null
        case (.instant?, .integer(let instant)): return .string(ISODateTime.format(instant, clock))
        case (.choice(let words, let codes)?, .text(let word)):
            return .string(words.firstIndex(of: word).map { codes[$0] } ?? word)
        case (.json(let shape)?, .text(let text)):
            if shape == .snapshot, let snapshot = try? RowSnapshot.from(json: text) {
                return exported(snapshot, clock)
            }
            return JSONValue(json: Data(text.utf8)) ?? .string(text)
        case (_, .integer(let v)): return .integer(v)
        case (_, .real(let v)): return .real(v)
        case (_, .text(let v)): return .string(v)
        }
    }

    /// A change-log snapshot, its rows named and written as the tables'.
    private static func exported(_ snapshot: RowSnapshot, _ clock: WallClock) -> JSONValue {
        .object([
            "groups": .array(
                snapshot.groups.map { group in
                    var object: [String: JSONValue] = [
                        "table": .string(camel(group.table)),
                        "rows": .array(group.rows.map { .object(exported(group.table, $0, clock)) }),
                    ]
                    if let owner = group.owner {
                        object["owner"] = .string(
                            owner == RowSnapshot.wholeTable ? owner : name(owner, in: group.table))
                    }
                    return .object(object)
                })
        ])
    }

    /// A value the document's form cannot give: its column (the
    /// document's name) and why.
    struct Refusal: Error {
        var column: String
        var problem: ColumnViolation.Problem
    }

    /// A row of the document as the store keeps it, and the values it
    /// could not be given (a key the table does not have, an instant or a
    /// code that is not one): those are left out of the row.
    static func imported(_ table: String, _ row: [String: JSONValue]) -> (RowSnapshot.Row, [Refusal]) {
        let names = columns[table] ?? [:]
        let rules = StoreColumns.rules[table] ?? [:]
        var out: RowSnapshot.Row = [:]
        var refused: [Refusal] = []
        for (key, value) in row.sorted(by: { $0.key < $1.key }) {
            guard let column = names[key], let rule = rules[column] else {
                refused.append(Refusal(column: key, problem: .unknownColumn))
                continue
            }
            if rule.isDerived { continue }
            do throws(Refusal) {
                out[column] = try imported(value, rule, column: key)
            } catch {
                refused.append(error)
            }
        }
        return (out, refused)
    }

    private static func imported(_ value: JSONValue, _ rule: ColumnRule, column: String) throws(Refusal)
        -> RowSnapshot.Value
    {
        func refuse(_ expected: (Bool) -> String) -> Refusal {
            Refusal(
                column: column,
                problem: .badValue(
                    value: value.shortDescription, expectedFR: expected(true), expectedEN: expected(false)))
        }
        let expectedInstant = { (fr: Bool) in
            tr("an ISO 8601 date and time with its offset (%s)", fr, "2026-11-30T14:30:00+01:00")
        }
        switch (rule, value) {
        case (_, .null): return .null
        case (.instant, .string(let text)):
            guard let instant = ISODateTime.parse(text) else { throw refuse(expectedInstant) }
            return .integer(instant)
        case (.instant, _):
            throw refuse(expectedInstant)
        case (.choice(let words, let codes), .string(let code)):
            guard let index = codes.firstIndex(of: code) else {
                throw refuse { tr("one of: %s", $0, codes.joined(separator: ", ")) }
            }
            return .text(words[index])
        case (.json(.snapshot), .object):
            // A snapshot that is not one is kept as written: the rule refuses it.
            return .text(snapshot(value) ?? value.compactText)
        case (.json(.any), _), (.json, .array), (.json, .object):
            return .text(value.compactText)
        case (_, .integer(let v)): return .integer(v)
        case (_, .real(let v)): return .real(v)
        case (_, .string(let v)): return .text(v)
        case (_, .bool), (_, .array), (_, .object):
            throw refuse(rule.expected)
        }
    }

    /// A change-log snapshot written as the document's rows, back in the
    /// store's form; nil when `value` is not one (an amount list, a clock).
    private static func snapshot(_ value: JSONValue) -> String? {
        guard case .object(let object) = value, case .array(let groups)? = object["groups"], object.count == 1
        else { return nil }
        var restored: [RowSnapshot.Group] = []
        for group in groups {
            guard case .object(let g) = group, case .string(let name)? = g["table"],
                let table = tables[name], case .array(let rows)? = g["rows"]
            else { return nil }
            var owner: String?
            if case .string(let o)? = g["owner"] {
                owner = o == RowSnapshot.wholeTable ? o : columns[table]?[o] ?? o
            }
            var converted: [RowSnapshot.Row] = []
            for row in rows {
                guard case .object(let fields) = row else { return nil }
                let (back, refused) = imported(table, fields)
                guard refused.isEmpty else { return nil }
                // Search and sort keys are left out of the document: undo
                // needs them whole.
                converted.append(
                    StoreColumns.hasSources(table, back) ? StoreColumns.deriving(table, back) : back)
            }
            restored.append(RowSnapshot.Group(table: table, owner: owner, rows: converted))
        }
        return try? RowSnapshot(groups: restored).json()
    }
}

extension JSONValue {
    /// The value as a message quotes it, as a stored value is quoted
    /// (`RowSnapshot.Value.shortDescription`: a text in quotes, cut short).
    var shortDescription: String {
        switch self {
        case .string(let v): RowSnapshot.Value.text(v).shortDescription
        default: compactText.count > 40 ? String(compactText.prefix(40)) + "…" : compactText
        }
    }
}
