import Foundation
import GRDB

/// Rows that break the store's rules, refused before anything is written.
struct RowRefusal: Error, Equatable {
    var violations: [ColumnViolation]
}

/// Rows of one or more tables as plain values, kept in the change log as
/// JSON so that any write can be shown and undone later.
struct RowSnapshot: Codable, Equatable, Sendable {
    /// A column value: SQLite's types minus blobs (essor stores none).
    enum Value: Codable, Equatable, Sendable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)

        init(_ value: DatabaseValue) {
            switch value.storage {
            case .null, .blob: self = .null
            case .int64(let v): self = .integer(v)
            case .double(let v): self = .real(v)
            case .string(let v): self = .text(v)
            }
        }

        var databaseValue: DatabaseValue {
            switch self {
            case .null: .null
            case .integer(let v): v.databaseValue
            case .real(let v): v.databaseValue
            case .text(let v): v.databaseValue
            }
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let v = try? container.decode(Int64.self) {
                self = .integer(v)
            } else if let v = try? container.decode(Double.self) {
                self = .real(v)
            } else {
                self = .text(try container.decode(String.self))
            }
        }

        /// JSON writes 26.0 as 26, which reads back as an integer: a REAL
        /// column's whole numbers compare equal to the integers they became.
        static func == (a: Value, b: Value) -> Bool {
            switch (a, b) {
            case (.null, .null): true
            case (.integer(let x), .integer(let y)): x == y
            case (.real(let x), .real(let y)): x == y
            case (.integer(let x), .real(let y)), (.real(let y), .integer(let x)): Double(x) == y
            case (.text(let x), .text(let y)): x == y
            default: false
            }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .null: try container.encodeNil()
            case .integer(let v): try container.encode(v)
            case .real(let v): try container.encode(v)
            case .text(let v): try container.encode(v)
            }
        }
    }

    typealias Row = [String: Value]

    /// Rows of `table`; `owner` names the column linking them to the record
    /// (nil for the record's own row).
    struct Group: Codable, Equatable, Sendable {
        var table: String
        var owner: String?
        var rows: [Row]
    }

    var groups: [Group]

    /// Reads rows into a group.
    static func read(_ db: Database, table: String, owner: String?, where condition: String, _ id: Int64)
        throws -> Group
    {
        let rows = try db.rows(sql: "SELECT * FROM \(table) WHERE \(condition)", arguments: [id])
        return Group(
            table: table, owner: owner,
            rows: rows.map { row in
                Dictionary(
                    uniqueKeysWithValues: row.columnNames.map { ($0, Value(row[$0] as DatabaseValue)) })
            })
    }

    /// The owner of a group that is a whole table (the settings' thresholds).
    static let wholeTable = "*"

    /// Every row of `table`, in `order`; `owned`, they belong to the record
    /// (restoring it replaces the whole table).
    static func readAll(_ db: Database, table: String, orderBy order: String, owned: Bool = false) throws
        -> Group
    {
        let rows = try GRDB.Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)")
        return Group(
            table: table, owner: owned ? wholeTable : nil,
            rows: rows.map { row in
                Dictionary(
                    uniqueKeysWithValues: row.columnNames.map { ($0, Value(row[$0] as DatabaseValue)) })
            })
    }

    /// The record's own row (the first group with no owner).
    var main: Row? { groups.first { $0.owner == nil }?.rows.first }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    static func from(json: String?) throws -> RowSnapshot? {
        guard let json else { return nil }
        return try JSONDecoder().decode(RowSnapshot.self, from: Data(json.utf8))
    }

    /// Writes the rows back: the record's row is inserted or updated in
    /// place (never replaced, which would cascade), owned rows replace the
    /// current ones, linked rows are inserted or updated.
    func restore(_ db: Database, recordID: Int64, replacingOwned: Bool) throws {
        for group in groups {
            if replacingOwned, group.owner == Self.wholeTable {
                try db.execute(sql: "DELETE FROM \(Self.quoted(group.table))")
            } else if replacingOwned, let owner = group.owner, group.table != "assignment" {
                try db.execute(sql: "DELETE FROM \(group.table) WHERE \(owner) = ?", arguments: [recordID])
            }
            for row in group.rows { try Self.upsert(db, table: group.table, row: row) }
        }
    }

    /// Inserts `row` into `table`, or updates the row with its key. Table
    /// and column names are the schema's own (a snapshot naming others is
    /// refused), and every value is checked against its column's rule.
    static func upsert(_ db: Database, table: String, row: Row) throws {
        // Search and sort keys follow the row's values, whatever a snapshot says.
        let row = StoreColumns.hasSources(table, row) ? StoreColumns.deriving(table, row) : row
        let columns = try checkedColumns(db, table: table, row: row)
        // A row that is not there yet is inserted: it must be whole.
        let keys = try db.primaryKey(table).columns
        if keys.allSatisfy({ row[$0] != nil }) {
            let condition = keys.map { "\(quoted($0)) = ?" }.joined(separator: " AND ")
            let exists =
                try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM \(quoted(table)) WHERE \(condition)",
                    arguments: StatementArguments(keys.map { row[$0]!.databaseValue })) ?? false
            let missing = (StoreColumns.requiredColumns[table] ?? []).filter { row[$0] == nil }.sorted()
            if !exists && !missing.isEmpty {
                throw RowRefusal(
                    violations: missing.map {
                        ColumnViolation(table: table, row: 0, column: $0, problem: .missing)
                    })
            }
        }
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        let updates = columns.filter { !keys.contains($0) }.map { "\(quoted($0)) = excluded.\(quoted($0))" }
        let conflict =
            updates.isEmpty
            ? "DO NOTHING" : "DO UPDATE SET \(updates.joined(separator: ", "))"
        try db.execute(
            sql: """
                INSERT INTO \(quoted(table)) (\(columns.map(quoted).joined(separator: ", "))) VALUES (\(placeholders))
                ON CONFLICT(\(keys.map(quoted).joined(separator: ", "))) \(conflict)
                """,
            arguments: StatementArguments(columns.map { row[$0]!.databaseValue }))
    }

    /// Inserts `row` into `table` (an import: a key already taken is an error).
    static func insert(_ db: Database, table: String, row: Row) throws {
        let columns = try checkedColumns(db, table: table, row: row)
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        try db.execute(
            sql:
                "INSERT INTO \(quoted(table)) (\(columns.map(quoted).joined(separator: ", "))) VALUES (\(placeholders))",
            arguments: StatementArguments(columns.map { row[$0]!.databaseValue }))
    }

    /// The row's columns, sorted, once the table, the columns and the
    /// values are known to be the schema's and valid.
    private static func checkedColumns(_ db: Database, table: String, row: Row) throws -> [String] {
        guard StoreColumns.rules[table] != nil, try db.tableExists(table) else {
            throw RowRefusal(violations: [
                ColumnViolation(table: table, row: 0, column: "", problem: .unknownTable)
            ])
        }
        let schema = try StoreColumns.schemaColumns(db, table)
        let problems = StoreColumns.violations(table: table, row: row, position: 0, schema: schema)
            .filter { $0.problem != .missing }
        guard problems.isEmpty else { throw RowRefusal(violations: problems) }
        return row.keys.sorted()
    }

    /// An SQL identifier, quoted (names come from the schema; quoting is
    /// a second guard).
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
