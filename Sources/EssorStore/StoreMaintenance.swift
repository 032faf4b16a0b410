import EssorCore
import Foundation
import GRDB

extension Store {
    /// A consistent copy of the store at `path`, made with SQLite's online
    /// backup: safe while others write. Never replaces an existing file,
    /// and never leaves a partial one at `target` (see `copyDatabase`).
    public func backup(to target: String) throws {
        try Self.checkNewFile(target)
        let started = Elapsed()
        do {
            try Self.copyDatabase(queue, to: target)
        } catch let error as DatabaseError {
            throw StoreError.classify(error, path: target, since: started)
        }
    }

    /// Refuses a target that exists, or that is a link, a FIFO or a device.
    static func checkNewFile(_ target: String) throws {
        if let problem = FilePublishing.problem(writing: target, replacing: false) {
            throw StoreError.file(problem)
        }
    }

    /// Copies the database of `queue` to `target` through a temporary file
    /// in the same folder, given its name only once complete (`link(2)`,
    /// which never replaces a file): a copy killed half-way leaves no file
    /// at `target` to block the next attempt.
    static func copyDatabase(_ queue: DatabaseQueue, to target: String) throws {
        let temporary = FilePublishing.temporaryName(beside: target, tag: "copie")
        defer {
            unlink(temporary)
            unlink(temporary + "-journal")
        }
        let copy = try DatabaseQueue(path: temporary, configuration: connection(label: "essor.copy"))
        do {
            try queue.backup(to: copy)
            try copy.close()
        } catch {
            try? copy.close()
            throw error
        }
        if let code = FilePublishing.publish(temporary, as: target, replacing: false) {
            if code == EEXIST { throw StoreError.file(.exists(path: target)) }
            throw StoreError.file(.refused(path: target, reason: FileProblem(errno: code)))
        }
    }

    /// SQLite's `integrity_check`, foreign keys, the search indexes, and the
    /// store's own rules. Empty when all is well.
    /// A store of another version gets SQLite's checks only.
    /// Values that break a rule say what was expected, in French unless
    /// `french` is false.
    public func check(french: Bool = true) throws -> [String] {
        let current = try schemaIsCurrent()
        return try read { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems += integrity.map { "integrity_check: \($0)" } }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                problems.append("foreign_key_check: \(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0)")
            }
            guard current, problems.isEmpty else { return problems }
            // Every value must be one the store's rules allow (a store written
            // by hand or by an older essor may hold others); records are read
            // as models only once they are known to decode.
            problems += try Self.ruleViolations(db, french: french)
            guard problems.isEmpty else { return problems }
            // Search keys must say what the records hold.
            for row in try Row.fetchAll(db, sql: "SELECT * FROM structure") {
                let keys = StructureKeys(Structure(row: row))
                if keys.search != row["search_key"] as String {
                    problems.append("structure \(row["id"] as Int64): search_key")
                }
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, title, place, search_key FROM meeting") {
                if MeetingKeys.search(title: row["title"], place: row["place"]) != row["search_key"] as String
                {
                    problems.append("meeting \(row["id"] as Int64): search_key")
                }
            }
            let badVersions =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT (SELECT COUNT(*) FROM structure WHERE version < 1) + (SELECT COUNT(*) FROM cohort WHERE version < 1)
                            + (SELECT COUNT(*) FROM meeting WHERE version < 1)
                        """) ?? 0
            if badVersions > 0 { problems.append("versions < 1: \(badVersions)") }
            let dupUID =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM (SELECT uid FROM meeting GROUP BY uid HAVING COUNT(*) > 1)"
                ) ?? 0
            if dupUID > 0 { problems.append("meeting uid: \(dupUID) shared") }
            return problems
        } + (isReadOnly || !current ? [] : try searchIndexProblems())
    }

    /// The values that break their column's rule, at most
    /// `importReportLimit`, as `table id column: value`.
    static func ruleViolations(_ db: Database, french: Bool) throws -> [String] {
        var problems: [String] = []
        for table in try dataTables(db) {
            let schema = try StoreColumns.schemaColumns(db, table)
            let key = try db.primaryKey(table).columns
            let cursor = try GRDB.Row.fetchCursor(db, sql: "SELECT * FROM \(RowSnapshot.quoted(table))")
            while let row = try cursor.next() {
                var values: RowSnapshot.Row = [:]
                for column in row.columnNames {
                    values[column] = RowSnapshot.Value(row[column] as DatabaseValue)
                }
                let id = key.compactMap { values[$0]?.shortDescription }.joined(separator: ",")
                for violation in StoreColumns.violations(
                    table: table, row: values, position: 0, schema: schema)
                {
                    guard case .badValue(let value, let expectedFR, let expectedEN) = violation.problem else {
                        continue
                    }
                    let expected = french ? expectedFR : expectedEN
                    problems.append(
                        "\(table) \(id) \(violation.column): \(value) (\(french ? "attendu " : "expected ")\(expected))"
                    )
                    if problems.count >= reportLimit { return problems }
                }
            }
        }
        return problems
    }

    /// FTS5's own check of the search indexes (a command written as an
    /// INSERT, so it runs in a write transaction; it changes nothing).
    private func searchIndexProblems() throws -> [String] {
        try write { db in
            var problems: [String] = []
            for table in ["structure", "meeting"] {
                do {
                    try db.execute(sql: "INSERT INTO \(table)_fts(\(table)_fts) VALUES('integrity-check')")
                } catch {
                    problems.append("\(table)_fts: \(error)")
                }
            }
            return problems
        }
    }
}
