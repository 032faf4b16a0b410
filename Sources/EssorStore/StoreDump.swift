import EssorCore
import Foundation
import GRDB

/// Every table's rows in the store's own form (its names, seconds since
/// 1970, the stored words): what `import json` loads, read from a file of
/// the first, unversioned form or converted from a `StoreDocument`.
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

    /// The store as JSON (`StoreDocument`, keys sorted, so two exports of
    /// the same store are the same bytes), its instants in `clock`'s zone.
    public func exportJSON(clock: WallClock = .paris) throws -> Data {
        let document = try read { db in
            var tables: [String: [[String: JSONValue]]] = [:]
            for table in try Self.dataTables(db) {
                let key = try db.primaryKey(table).columns.joined(separator: ", ")
                tables[StoreNaming.camel(table)] = try RowSnapshot.readAll(db, table: table, orderBy: key)
                    .rows
                    .map { StoreNaming.exported(table, $0, clock) }
            }
            return StoreDocument(
                migrations: try String.fetchAll(
                    db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"),
                tables: tables)
        }
        // Escaped for any reader (`SafeJSON`): decoding gives back every
        // character, so the round trip stays byte for byte.
        return Data(try SafeJSON.encode(document).utf8)
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
        struct Probe: Decodable { var schemaVersion: JSONValue? }
        let probe = try? JSONDecoder().decode(Probe.self, from: data)
        guard let version = probe?.schemaVersion else {
            // No version: the first form, with the store's own names and values.
            return try load(try Self.decoded(StoreDump.self, data), replace: replace, naming: { $0 })
        }
        guard case .integer(let number) = version else {
            throw ImportProblem.malformed(path: "schemaVersion")
        }
        guard number == ExchangeJSON.schemaVersion else { throw ImportProblem.otherSchema(found: []) }
        let document = try Self.decoded(StoreDocument.self, data)
        guard document.format == "essor-store" else { throw ImportProblem.notAnExport }
        var tables: [String: [RowSnapshot.Row]] = [:]
        var refusals: [String: [Int: [ColumnViolation]]] = [:]
        for (name, rows) in document.tables.sorted(by: { $0.key < $1.key }) {
            guard let table = StoreNaming.tables[name] else { throw ImportProblem.unknownTable(name) }
            tables[table] = rows.enumerated().map { index, fields in
                let (row, refused) = StoreNaming.imported(table, fields)
                if !refused.isEmpty {
                    refusals[table, default: [:]][index] = refused.map {
                        ColumnViolation(table: name, row: index + 1, column: $0.column, problem: $0.problem)
                    }
                }
                return row
            }
        }
        return try load(
            StoreDump(migrations: document.migrations, tables: tables), replace: replace,
            naming: StoreNaming.documentName, refusals: refusals)
    }

    /// The file decoded as `type`, or the problem that says where it is not.
    private static func decoded<T: Decodable>(_ type: T.Type, _ data: Data) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw importProblem(error, data)
        } catch {
            throw ImportProblem.notAnExport
        }
    }

    /// Loads rows in the store's form; `naming` gives the file's name of a
    /// table or column, for messages; `refusals` are the values the file's
    /// form could not give (by table and row), reported with the rest.
    private func load(
        _ dump: StoreDump, replace: Bool, naming: @escaping (String) -> String,
        refusals: [String: [Int: [ColumnViolation]]] = [:]
    ) throws -> StoreImportResult {
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
                    let refused = refusals[table]?[index] ?? []
                    // A value the file's form refused is not also missing.
                    let found =
                        (refused
                        + StoreColumns.violations(table: table, row: row, position: index + 1, schema: schema)
                        .filter { v in
                            !(v.problem == .missing && refused.contains { naming(v.column) == $0.column })
                        }
                        .map { v in
                            var v = v
                            v.table = naming(v.table)
                            v.column = naming(v.column)
                            return v
                        })
                        .sorted { $0.column < $1.column }
                    total += found.count
                    if problems.count < Self.reportLimit {
                        problems += found.prefix(Self.reportLimit - problems.count)
                    }
                }
            }
            if total > 0 { throw ImportProblem.invalid(problems, total: total) }
            try Self.checkKeys(db, tables: tables, dump: dump, naming: naming)
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
                            table: naming(table), row: index + 1,
                            detail: error.message ?? "\(error.resultCode)")
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
                return "\(naming(table)) \(rowid) → \(naming(parent))"
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
    static func checkKeys(
        _ db: Database, tables: [String], dump: StoreDump, naming: (String) -> String = { $0 }
    ) throws {
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
                            table: naming(table), row: position + 1, firstRow: first,
                            columns: columns.map(naming))
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
                        "tables.\(naming(table))[\(position + 1)].\(from.map(naming).joined(separator: ",")) = \(key.joined(separator: ",")) → \(naming(foreignKey.destinationTable))"
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
