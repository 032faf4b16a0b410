import EssorCore
import Foundation
import GRDB

extension Store {
    /// A consistent copy of the store at `path`, made with SQLite's online
    /// backup: safe while others write. Never replaces an existing file.
    public func backup(to target: String) throws {
        if FileManager.default.fileExists(atPath: target) {
            throw StoreError.notWritable(path: target, reason: .other("exists"))
        }
        do {
            let copy = try DatabaseQueue(path: target)
            try queue.backup(to: copy)
            try copy.close()
        } catch let error as DatabaseError {
            try? FileManager.default.removeItem(atPath: target)
            throw StoreError.classify(error, path: target)
        }
    }

    /// SQLite's `integrity_check`, foreign keys, the search indexes, and the
    /// store's own rules. Empty when all is well.
    /// A store of another version gets SQLite's checks only.
    public func check() throws -> [String] {
        let current = try schemaIsCurrent()
        return try read { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems += integrity.map { "integrity_check: \($0)" } }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                problems.append("foreign_key_check: \(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0)")
            }
            guard current, problems.isEmpty else { return problems }
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
