import EssorCore
import Foundation
import GRDB

/// The one shared model store: an SQLite file in WAL mode, read and written
/// by every panel and command, and by other essor processes at the same time.
public final class Store: Sendable {
    public let path: String
    let queue: DatabaseQueue

    /// How long a writer waits for another process's transaction.
    public static let busyTimeout: TimeInterval = 5

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Opens the essor store at `path`, creating the file and its folder
    /// when missing and migrating it to the current schema. A file that is
    /// not an essor store is reported and left untouched.
    public static func open(path: String) throws -> Store {
        let url = URL(fileURLWithPath: path)
        let kind = try StoreFile.inspect(path: path, knownMigrations: Schema.migrationIdentifiers)
        if kind == .absent {
            try createFolder(url.deletingLastPathComponent().path)
        }
        try checkWritable(path: path, exists: kind == .essor)
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "essor"
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try Schema.migrator.migrate(queue)
            return Store(path: path, queue: queue)
        } catch let error as DatabaseError {
            throw StoreError.classify(error, path: path)
        }
    }

    /// Opens an existing store for reading only; never creates, migrates
    /// or locks anything (for look-ups that must not disturb writers).
    public static func openReadOnly(path: String) throws -> Store {
        // Read-only access cannot change the file: the checks run on the
        // connection that is then used (one open, not two).
        guard try StoreFile.hasDatabaseHeader(path) else { throw StoreError.missingStore(path: path) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "essor.readonly"
        // Map the file: a look-up scanning an index reads pages without a
        // system call and a copy each.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 268435456") }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                let known = Schema.migrationIdentifiers
                guard try StoreFile.kind(of: db, path: path, knownMigrations: known) == .essor else {
                    throw StoreError.missingStore(path: path)
                }
                guard try Schema.migrator.appliedIdentifiers(db).count == known.count else {
                    throw StoreError.needsMigration(path: path)
                }
            }
            return Store(path: path, queue: queue)
        } catch let error as DatabaseError {
            throw StoreError.classify(error, path: path)
        }
    }

    /// Closes the connection (tests and commands that reopen files).
    public func close() throws { try queue.close() }

    /// SQLite's `data_version`: changes whenever another connection (this
    /// process or another) commits. Polled to refresh open views.
    public func dataVersion() throws -> Int {
        try read { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as DatabaseError {
            throw StoreError.classify(error, path: path)
        }
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction: a writer waits for
    /// others (up to the busy timeout) instead of failing half-way.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            var result: T?
            try queue.inDatabase { db in
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
            }
            return result!
        } catch let error as DatabaseError {
            throw StoreError.classify(error, path: path)
        }
    }

    /// Creates `folder` and its missing parents, reporting the first refusal.
    private static func createFolder(_ folder: String) throws {
        var path = ""
        for component in folder.split(separator: "/", omittingEmptySubsequences: true) {
            path += "/" + component
            var info = stat()
            if stat(path, &info) == 0 {
                if info.st_mode & S_IFMT != S_IFDIR {
                    throw StoreError.cannotCreateFolder(path: path, reason: .notAFolder)
                }
                continue
            }
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw StoreError.cannotCreateFolder(path: path, reason: FileProblem(errno: errno))
            }
        }
    }

    private static func checkWritable(path: String, exists: Bool) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        // WAL needs to create the -wal and -shm files next to the store.
        if access(folder, W_OK) != 0 {
            throw StoreError.notWritable(path: folder, reason: FileProblem(errno: errno))
        }
        if exists && access(path, W_OK) != 0 {
            throw StoreError.notWritable(path: path, reason: FileProblem(errno: errno))
        }
    }

}
