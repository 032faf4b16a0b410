import EssorCore
import Foundation
import GRDB

/// The whole store as JSON, for `essor export json` and `essor import
/// json`: every table's rows as they are (the search indexes aside, which
/// are rebuilt), so that a round trip loses nothing.
struct StoreDump: Codable {
    var format = "essor-store"
    var migrations: [String]
    var tables: [String: [RowSnapshot.Row]]
}

/// What an import did, or why it refused.
public struct StoreImportResult: Equatable, Sendable {
    public var tables: Int
    public var rows: Int
}

extension Store {
    /// Tables that hold data (not SQLite's, not the migrations, not the
    /// full-text indexes), in creation order.
    static func dataTables(_ db: Database) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                AND name != 'grdb_migrations' AND name NOT LIKE '%_fts' AND name NOT LIKE '%_fts_%'
                ORDER BY rowid
                """)
    }

    /// Deletes every row of every data table, inside the caller's
    /// transaction (foreign keys checked at its end), and forgets the
    /// numbers given so far, as in a new store.
    static func clearAllData(_ db: Database) throws {
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        for table in try dataTables(db).reversed() {
            try db.execute(sql: "DELETE FROM \(RowSnapshot.quoted(table))")
        }
        if try db.tableExists("sqlite_sequence") { try db.execute(sql: "DELETE FROM sqlite_sequence") }
    }

    /// The store as JSON (keys sorted, so two exports of the same store
    /// are the same bytes).
    public func exportJSON() throws -> Data {
        let dump = try read { db in
            var tables: [String: [RowSnapshot.Row]] = [:]
            for table in try Self.dataTables(db) {
                let key = try db.primaryKey(table).columns.joined(separator: ", ")
                tables[table] = try RowSnapshot.readAll(db, table: table, orderBy: key).rows
            }
            return StoreDump(
                migrations: try String.fetchAll(
                    db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"),
                tables: tables)
        }
        // Escaped for any reader (`SafeJSON`): decoding gives back every
        // character, so the round trip stays byte for byte.
        return Data(try SafeJSON.encode(dump).utf8)
    }

    public enum ImportProblem: Error, Equatable, Sendable {
        case notAnExport
        /// Nothing in the file.
        case empty
        /// Not UTF-8 text.
        case notUTF8
        /// Not JSON: the first error, at this line and column.
        case syntax(line: Int, column: Int)
        /// JSON that stops before its end.
        case truncated
        /// The file is JSON but not of an export's shape, at this place.
        case malformed(path: String)
        case otherSchema(found: [String])
        case notEmpty
        case unknownTable(String)
        /// Values that break the store's rules (at most `reportLimit`).
        case invalid([ColumnViolation], total: Int)
        /// A key (or a unique column) used by two rows of the file.
        case duplicateKey(table: String, row: Int, firstRow: Int, columns: [String])
        /// Another of SQLite's constraints.
        case constraint(table: String, row: Int, detail: String)
        /// Rows that refer to records the file does not have.
        case danglingReferences([String])
    }

    /// How many problems an import reports before « and N more ».
    public static let reportLimit = 20

    /// Loads an export into this store, in one transaction: all of it or
    /// nothing. A store that holds data is replaced only when asked.
    ///
    /// Only the tables and columns of this essor's schema are accepted, and
    /// every value is checked against its column's rule before anything is
    /// written; search and sort keys are computed again from the rows.
    @discardableResult
    public func importJSON(_ data: Data, replace: Bool) throws -> StoreImportResult {
        guard data.contains(where: { !" \t\r\n".utf8.contains($0) }) else { throw ImportProblem.empty }
        let dump: StoreDump
        do {
            dump = try JSONDecoder().decode(StoreDump.self, from: data)
        } catch let error as DecodingError {
            throw Self.importProblem(error, data)
        } catch {
            throw ImportProblem.notAnExport
        }
        guard dump.format == "essor-store" else { throw ImportProblem.notAnExport }
        guard dump.migrations == Schema.migrationIdentifiers else {
            throw ImportProblem.otherSchema(found: dump.migrations)
        }
        if !replace, try !isEmpty() { throw ImportProblem.notEmpty }
        // Everything is checked on a read before the write lock is taken:
        // a refused file leaves the store's bytes as they were.
        let tables = try read { db in
            let tables = try Self.dataTables(db)
            for name in dump.tables.keys.sorted()
            where !tables.contains(name) || StoreColumns.rules[name] == nil {
                throw ImportProblem.unknownTable(name)
            }
            var problems: [ColumnViolation] = []
            var total = 0
            for table in tables {
                let schema = try StoreColumns.schemaColumns(db, table)
                for (index, row) in (dump.tables[table] ?? []).enumerated() {
                    let found = StoreColumns.violations(
                        table: table, row: row, position: index + 1, schema: schema)
                    total += found.count
                    if problems.count < Self.reportLimit {
                        problems += found.prefix(Self.reportLimit - problems.count)
                    }
                }
            }
            if total > 0 { throw ImportProblem.invalid(problems, total: total) }
            try Self.checkKeys(db, tables: tables, dump: dump)
            return tables
        }
        return try write { db in
            try Self.clearAllData(db)
            var count = 0
            for table in tables {
                for (index, row) in (dump.tables[table] ?? []).enumerated() {
                    do {
                        try RowSnapshot.insert(db, table: table, row: StoreColumns.deriving(table, row))
                    } catch let error as DatabaseError {
                        throw ImportProblem.constraint(
                            table: table, row: index + 1, detail: error.message ?? "\(error.resultCode)")
                    }
                    count += 1
                }
            }
            let dangling = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").prefix(Self.reportLimit).map
            {
                row -> String in
                let table: String = row[0] ?? "?"
                let rowid: Int64 = row[1] ?? 0
                let parent: String = row[2] ?? "?"
                return "\(table) \(rowid) → \(parent)"
            }
            if !dangling.isEmpty { throw ImportProblem.danglingReferences(Array(dangling)) }
            return StoreImportResult(tables: dump.tables.count, rows: count)
        }
    }

    /// Where a file stops being JSON: JSONSerialization says at which
    /// character, turned into a line and a column.
    static func syntaxProblem(_ data: Data) -> ImportProblem {
        guard String(data: data, encoding: .utf8) != nil else { return .notUTF8 }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return .notAnExport
        } catch {
            let detail = (error as NSError).userInfo["NSDebugDescription"] as? String ?? ""
            if detail.contains("end of file") { return .truncated }
            guard let range = detail.range(of: "character "),
                let offset = Int(detail[range.upperBound...].prefix { $0.isNumber })
            else { return .notAnExport }
            var line = 1
            var column = 1
            for byte in data.prefix(offset) {
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return .syntax(line: line, column: column)
        }
    }

    /// Keys used twice and references to rows the file does not have, found
    /// from the schema's unique indexes and foreign keys before writing.
    static func checkKeys(_ db: Database, tables: [String], dump: StoreDump) throws {
        func tuple(_ row: RowSnapshot.Row, _ columns: [String]) -> [RowSnapshot.Value]? {
            let values = columns.map { row[$0] ?? .null }
            return values.contains(.null) ? nil : values
        }
        var keySets: [String: [[String]: Set<[String]>]] = [:]
        func described(_ values: [RowSnapshot.Value]) -> [String] { values.map(\.shortDescription) }
        for table in tables {
            var uniques = [try db.primaryKey(table).columns]
            for index in try db.indexes(on: table) where index.isUnique { uniques.append(index.columns) }
            var sets: [[String]: Set<[String]>] = [:]
            for columns in uniques {
                var seen: [[String]: Int] = [:]
                for (position, row) in (dump.tables[table] ?? []).enumerated() {
                    guard let key = tuple(row, columns).map(described) else { continue }
                    if let first = seen[key] {
                        throw ImportProblem.duplicateKey(
                            table: table, row: position + 1, firstRow: first, columns: columns)
                    }
                    seen[key] = position + 1
                }
                sets[columns] = Set(seen.keys)
            }
            keySets[table] = sets
        }
        var dangling: [String] = []
        for table in tables {
            for foreignKey in try db.foreignKeys(on: table) {
                let from = foreignKey.mapping.map(\.origin)
                let to = foreignKey.mapping.map(\.destination)
                let targets = keySets[foreignKey.destinationTable]?[to] ?? []
                for (position, row) in (dump.tables[table] ?? []).enumerated() {
                    guard let key = tuple(row, from).map(described), !targets.contains(key) else { continue }
                    dangling.append(
                        "tables.\(table)[\(position + 1)].\(from.joined(separator: ",")) = \(key.joined(separator: ",")) → \(foreignKey.destinationTable)"
                    )
                    if dangling.count >= reportLimit { throw ImportProblem.danglingReferences(dangling) }
                }
            }
        }
        if !dangling.isEmpty { throw ImportProblem.danglingReferences(dangling) }
    }

    /// Where a file stops being an export, from the decoder's account.
    static func importProblem(_ error: DecodingError, _ data: Data) -> ImportProblem {
        let context: DecodingError.Context
        switch error {
        case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
            context = c
        @unknown default:
            return .notAnExport
        }
        if context.codingPath.isEmpty, case .dataCorrupted = error { return syntaxProblem(data) }
        let path = context.codingPath.map { key in key.intValue.map { "[\($0 + 1)]" } ?? "." + key.stringValue
        }
        .joined()
        return path.isEmpty ? .notAnExport : .malformed(path: String(path.drop { $0 == "." }))
    }
}
