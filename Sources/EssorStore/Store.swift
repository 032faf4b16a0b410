import EssorCore
import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// The one shared model store: an SQLite file in WAL mode, read and written
/// by every panel and command, and by other essor processes at the same time.
public final class Store: Sendable {
    public let path: String
    let queue: DatabaseQueue
    /// Why nothing may be written, when opened read-only.
    public let readOnly: ReadOnlyReason?

    /// How long a writer of the interface waits for another process's
    /// transaction (the form stays open when it gives up).
    public static let busyTimeout: TimeInterval = 5
    /// How long a command waits (`--attendre`): a script is patient.
    public static let commandWait: TimeInterval = 30

    /// Waits for the lock in short, randomised steps until `wait` has
    /// passed (by the clock: a busy machine sleeps longer than asked).
    /// SQLite's own timeout backs off to 100 ms sleeps, so with several
    /// writers a patient one keeps losing the lock to newcomers and can
    /// starve; 0.5–3.5 ms steps give every waiter a fair chance.
    static func busyMode(wait: TimeInterval) -> Database.BusyMode {
        // When this connection's wait began: SQLite counts the tries of
        // each wait from 0.
        let began = Mutex<ContinuousClock.Instant>(.now)
        let limit = Duration.milliseconds(Int64(wait * 1000))
        return .callback { tries in
            let now = ContinuousClock.now
            let since = began.withLock { start in
                if tries == 0 { start = now }
                return start
            }
            guard now - since < limit else { return false }
            usleep(UInt32.random(in: 500...3_500))
            return true
        }
    }

    /// The file itself when `path` is a symbolic link: SQLite keeps the
    /// -wal and -shm beside it, and that is where changes are watched.
    let filePath: String

    private init(path: String, queue: DatabaseQueue, readOnly: ReadOnlyReason? = nil) {
        self.path = path
        self.queue = queue
        self.readOnly = readOnly
        filePath =
            Glibc.realpath(path, nil).map { resolved in
                defer { free(resolved) }
                return String(cString: resolved)
            } ?? path
    }

    public var isReadOnly: Bool { readOnly != nil }

    /// Opens the store for the interface: read-write when possible, else
    /// read-only with the reason (asked for, a file or folder that cannot
    /// be written, a store from a newer essor), so that nothing is ever
    /// written by mistake.
    public static func openForInterface(path: String, readOnly asked: Bool, wait: TimeInterval = busyTimeout)
        throws -> Store
    {
        if asked { return try openReadOnly(path: path, allowNewer: true, reason: .asked) }
        do {
            _ = try StoreFile.inspect(path: path, knownMigrations: Schema.migrationIdentifiers)
        } catch StoreError.newerSchema {
            return try openReadOnly(path: path, allowNewer: true, reason: .newerSchema)
        }
        let exists = (try? StoreFile.hasDatabaseHeader(path)) ?? false
        do {
            return try open(path: path, wait: wait)
        } catch StoreError.notWritable(let blocked, _) where exists {
            return try openReadOnly(path: path, allowNewer: false, reason: .notWritable(blocked))
        }
    }

    /// What is wrong with `path` as a store, found without writing anything
    /// (not a store, another application's, a FIFO…); nothing when it is
    /// an essor store of any version or not there yet.
    public static func probe(path: String) throws {
        do {
            _ = try StoreFile.inspect(path: path, knownMigrations: Schema.migrationIdentifiers)
        } catch StoreError.newerSchema {
            return
        }
    }

    /// Opens the essor store at `path`, creating the file and its folder
    /// when missing and migrating it to the current schema. A file that is
    /// not an essor store is reported and left untouched.
    public static func open(path: String, wait: TimeInterval = busyTimeout) throws -> Store {
        let started = Elapsed()
        let url = URL(fileURLWithPath: path)
        let kind = try StoreFile.inspect(
            path: path, knownMigrations: Schema.migrationIdentifiers, quickCheck: true)
        if kind == .absent {
            try createFolder(url.deletingLastPathComponent().path)
            createFile(path)
        }
        try checkWritable(path: path, exists: kind == .essor)
        if kind == .essor { try backUpBeforeMigrating(path, since: started) }
        var configuration = connection(label: "essor", wait: wait)
        configuration.foreignKeysEnabled = true
        // WAL is set by essor itself, not GRDB: GRDB's WAL set-up writes a
        // table and drops it whenever the -wal file is empty, so that every
        // opening (even one whose command is then refused) changed the file.
        // `journal_mode` is kept in the file: once set, reading it writes
        // nothing.
        configuration.prepareDatabase { db in
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                    throw DatabaseError(message: "WAL mode refused")
                }
            }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Keep the -wal and -shm files when the last writer closes: SQLite
            // can read a WAL store only where they exist or can be created, and
            // a coordinator who may read but not write the folder could not.
            var flag: CInt = 1
            let code = sqlite3_file_control(db.sqliteConnection, nil, SQLITE_FCNTL_PERSIST_WAL, &flag)
            guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
            // ...but not at any size: a checkpoint trims it to 4 MiB.
            try db.execute(sql: "PRAGMA journal_size_limit = 4194304")
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try SchemaMigration.migrate(queue, with: Schema.migrations)
            return Store(path: path, queue: queue)
        } catch let error as DatabaseError {
            throw StoreError.classify(error, path: path, since: started)
        }
    }

    /// The configuration every connection essor opens starts from: each
    /// one waits for the lock the same way (the inspection, the copy made
    /// before a migration and the backup included), so that none fails at
    /// once while another process writes.
    static func connection(label: String, readonly: Bool = false, wait: TimeInterval = busyTimeout)
        -> Configuration
    {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.busyMode = busyMode(wait: wait)
        configuration.label = label
        configuration.prepareDatabase { db in db.add(collation: Store.french) }
        return configuration
    }

    /// `COLLATE FRENCH`: names in the order a French reader expects
    /// (`FrenchOrder`), for the lists SQL sorts.
    static let french = DatabaseCollation("FRENCH") { a, b in
        FrenchOrder.less(a, b)
            ? .orderedAscending : FrenchOrder.less(b, a) ? .orderedDescending : .orderedSame
    }

    /// Opens an existing store for reading only; never creates, migrates
    /// or locks anything (for look-ups that must not disturb writers).
    /// With `allowNewer`, a store from a newer essor is read as far as this
    /// version understands it.
    /// With `allowOlder`, a store not yet migrated is opened as it is (to
    /// back it up or export it, never to read it through this version's
    /// queries).
    public static func openReadOnly(
        path: String, allowNewer: Bool = false, allowOlder: Bool = false, reason: ReadOnlyReason = .asked
    ) throws -> Store {
        // Read-only access cannot change the file: the checks run on the
        // connection that is then used (one open, not two).
        let started = Elapsed()
        guard try StoreFile.hasDatabaseHeader(path) else { throw StoreError.missingStore(path: path) }
        var configuration = connection(label: "essor.readonly", readonly: true)
        // Not mapped: every page a look-up touches in a mapped file counts in
        // its resident memory (essor find at 200,000 structures: 219 MB
        // mapped, 36 MB not; 88 MB with 64 MB mapped), for no gain in time
        // measured (the kernel's page cache serves the reads either way).
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 0") }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                let known = Schema.migrationIdentifiers
                let kind: StoreFile.Kind
                do {
                    kind = try StoreFile.kind(of: db, path: path, knownMigrations: known)
                } catch StoreError.newerSchema where allowNewer {
                    kind = .essor
                }
                guard kind == .essor else { throw StoreError.missingStore(path: path) }
                let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
                guard allowOlder || Set(known).isSubset(of: applied) else {
                    throw StoreError.needsMigration(path: path)
                }
            }
            return Store(path: path, queue: queue, readOnly: reason)
        } catch let error as DatabaseError {
            throw StoreError.classify(error, path: path, since: started)
        }
    }

    /// Creates the store file so that its mode follows the umask (SQLite
    /// would use 0644, which a group sharing the store cannot write); the
    /// `-wal` and `-shm` files then take the same mode.
    private static func createFile(_ path: String) {
        let fd = Glibc.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o666)
        if fd >= 0 { Glibc.close(fd) }
    }

    /// Before an older store is migrated, a copy of it is kept beside it
    /// (`NAME.avant-v8.sqlite`), made with SQLite's online backup.
    private static func backUpBeforeMigrating(_ path: String, since started: Elapsed) throws {
        let configuration = connection(label: "essor.premigration", readonly: true)
        let pending: [String]
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            let applied = try queue.read {
                try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations")
            }
            pending = Schema.migrationIdentifiers.filter { !applied.contains($0) }
            guard !pending.isEmpty, !applied.isEmpty else { return }
            let base = (path as NSString).deletingPathExtension
            let version = applied.count
            var target = "\(base).avant-migration-v\(version).sqlite"
            var n = 2
            while FileManager.default.fileExists(atPath: target) {
                target = "\(base).avant-migration-v\(version)-\(n).sqlite"
                n += 1
            }
            try copyDatabase(queue, to: target)
        } catch let error as DatabaseError {
            throw StoreError.classify(error, path: path, since: started)
        }
    }

    /// Opens an existing store for `essor check`: never creates nor
    /// migrates it, and reads it whatever its version; read-write only when
    /// it can be (FTS5 checks its indexes through a write statement).
    public static func openForCheck(path: String) throws -> Store {
        let store = try openReadOnly(path: path, allowNewer: true, allowOlder: true, reason: .asked)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard try store.schemaIsCurrent(), access(path, W_OK) == 0, access(folder, W_OK) == 0 else {
            return store
        }
        try store.close()
        return try open(path: path)
    }

    /// Whether the store has exactly this version's migrations.
    func schemaIsCurrent() throws -> Bool {
        try read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        } == Schema.migrationIdentifiers
    }

    /// Closes the connection (tests and commands that reopen files).
    public func close() throws { try queue.close() }

    /// SQLite's `data_version`: changes whenever another connection (this
    /// process or another) commits. Polled to refresh open views.
    public func dataVersion() throws -> Int {
        try read { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
    }

    /// Size and modification time of the store and its -wal: every commit
    /// changes one of them. A session that cannot write the folder reads
    /// without shared memory, and there `data_version` moves at every
    /// read; this tells a real change from that.
    public func fileFingerprint() -> [Int] {
        [filePath, filePath + "-wal"].flatMap { file -> [Int] in
            var info = stat()
            guard stat(file, &info) == 0 else { return [-1] }
            return [Int(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec]
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        let started = Elapsed()
        do {
            return try queue.read(body)
        } catch let error as DatabaseError {
            throw StoreError.classify(error, path: path, since: started)
        }
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction: a writer waits for
    /// others (up to the busy timeout) instead of failing half-way.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        if let readOnly { throw StoreError.readOnly(readOnly) }
        let started = Elapsed()
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
            throw StoreError.classify(error, path: path, since: started)
        } catch let refusal as RowRefusal {
            throw StoreError.invalidRows(refusal.violations)
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
