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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(dump)
    }

    public enum ImportProblem: Error, Equatable, Sendable {
        case notAnExport
        case otherSchema(found: [String])
        case notEmpty
        case unknownTable(String)
    }

    /// Loads an export into this store, in one transaction: all of it or
    /// nothing. A store that holds data is replaced only when asked.
    @discardableResult
    public func importJSON(_ data: Data, replace: Bool) throws -> StoreImportResult {
        guard let dump = try? JSONDecoder().decode(StoreDump.self, from: data), dump.format == "essor-store"
        else {
            throw ImportProblem.notAnExport
        }
        guard dump.migrations == Schema.migrationIdentifiers else {
            throw ImportProblem.otherSchema(found: dump.migrations)
        }
        if !replace, try !isEmpty() { throw ImportProblem.notEmpty }
        return try write { db in
            let tables = try Self.dataTables(db)
            for name in dump.tables.keys where !tables.contains(name) {
                throw ImportProblem.unknownTable(name)
            }
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            for table in tables.reversed() { try db.execute(sql: "DELETE FROM \(table)") }
            var count = 0
            for table in tables {
                for row in dump.tables[table] ?? [] {
                    try RowSnapshot.upsert(db, table: table, row: row)
                    count += 1
                }
            }
            return StoreImportResult(tables: dump.tables.count, rows: count)
        }
    }
}
