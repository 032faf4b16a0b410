import Foundation
import GRDB

/// Checks what a path holds before essor opens it, so that a file which is
/// not an essor store is reported and never modified.
enum StoreFile {
    /// `PRAGMA application_id` of essor stores: "ESSR".
    static let applicationID: Int32 = 0x4553_5352

    enum Kind: Equatable {
        /// Nothing there yet, or an empty file: essor may create its store.
        case absent
        /// An essor store (possibly needing migrations).
        case essor
    }

    /// Stores up to this size get SQLite's `quick_check` each time they are
    /// opened for writing (a few milliseconds per megabyte); larger ones
    /// rely on SQLite's own checks as pages are read, and `essor check`.
    static let quickCheckLimit = 32 << 20

    /// Inspects `path` through a read-only connection of its own; with
    /// `quickCheck`, a damaged store is reported before anything writes.
    static func inspect(path: String, knownMigrations: [String], quickCheck: Bool = false) throws -> Kind {
        guard try hasDatabaseHeader(path) else { return .absent }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "essor.inspect"
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                let kind = try kind(of: db, path: path, knownMigrations: knownMigrations)
                if quickCheck, kind == .essor, size(of: path) <= quickCheckLimit {
                    let result = try String.fetchAll(db, sql: "PRAGMA quick_check(5)")
                    if result != ["ok"] {
                        throw StoreError.corrupt(path: path, detail: result.joined(separator: "; "))
                    }
                }
                return kind
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.classify(error, path: path)
        }
    }

    static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Whether `path` is a file starting like an SQLite database; false when
    /// absent or empty; an error for a folder or any other file.
    static func hasDatabaseHeader(_ path: String) throws -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return false }
        if isDirectory.boolValue { throw StoreError.isDirectory(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.notWritable(path: path, reason: .permissionDenied)
        }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if header.isEmpty { return false }
        guard header == Data("SQLite format 3\0".utf8) else { throw StoreError.notSQLite(path: path) }
        return true
    }

    /// What an open database is: an empty one, an essor store, or an error
    /// (another application's database, a newer essor's store).
    static func kind(of db: Database, path: String, knownMigrations: [String]) throws -> Kind {
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if appID != applicationID {
            let tables =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
                ?? 0
            if tables == 0 && appID == 0 { return .absent }
            throw StoreError.foreignDatabase(path: path)
        }
        let applied = (try? String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) ?? []
        let unknown = applied.filter { !knownMigrations.contains($0) }
        if !unknown.isEmpty { throw StoreError.newerSchema(path: path, migrations: unknown) }
        return .essor
    }
}

extension StoreError {
    static func classify(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .corrupt(path: path, detail: error.message ?? "\(error.resultCode)")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return .notWritable(path: path, reason: .other(error.message ?? "\(error.resultCode)"))
        default:
            return .sqlite(path: path, detail: error.message ?? "\(error.resultCode)")
        }
    }
}
