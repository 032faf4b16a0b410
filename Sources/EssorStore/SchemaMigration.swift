import GRDB

/// One step of the schema, and the runner that applies the missing steps
/// of a store all in one transaction: an older store is either fully
/// migrated or left as it was, never half-way.
struct SchemaMigration: Sendable {
    let identifier: String
    let body: @Sendable (Database) throws -> Void

    /// Collects the steps in order (the shape of GRDB's migrator, whose
    /// own runner commits each step separately).
    struct List {
        var migrations: [SchemaMigration] = []

        mutating func registerMigration(
            _ identifier: String, _ body: @escaping @Sendable (Database) throws -> Void
        ) {
            migrations.append(SchemaMigration(identifier: identifier, body: body))
        }
    }

    /// Applies the steps `queue`'s store lacks, in one `BEGIN IMMEDIATE`
    /// transaction. Foreign keys are checked once at the end, as SQLite
    /// recommends for schema changes. Returns the identifiers applied.
    @discardableResult
    static func migrate(_ queue: DatabaseQueue, with migrations: [SchemaMigration]) throws -> [String] {
        try queue.inDatabase { db in
            // Only outside a transaction does this pragma take effect.
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            var applied: [String] = []
            try db.inTransaction(.immediate) {
                // Read under the write lock: two processes opening an old
                // store at once migrate it once.
                try db.execute(
                    sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                let done = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
                for migration in migrations where !done.contains(migration.identifier) {
                    try migration.body(db)
                    try db.execute(
                        sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)",
                        arguments: [migration.identifier])
                    applied.append(migration.identifier)
                }
                if !applied.isEmpty { try db.checkForeignKeys() }
                return .commit
            }
            return applied
        }
    }
}

extension Schema {
    /// The steps up to and including `identifier` (to build an older store
    /// in tests of migration).
    static func migrations(upTo identifier: String) -> [SchemaMigration] {
        let all = migrations
        guard let last = all.firstIndex(where: { $0.identifier == identifier }) else { return all }
        return Array(all[...last])
    }
}
