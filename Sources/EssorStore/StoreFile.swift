import Foundation
import GRDB
import Synchronization

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
        let started = Elapsed()
        let configuration = Store.connection(label: "essor.inspect", readonly: true)
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
            throw StoreError.classify(error, path: path, since: started)
        }
    }

    static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Whether `path` is a file starting like an SQLite database; false when
    /// absent or empty; an error for a folder, a FIFO, a device, a dangling
    /// link or any other file. Never blocks: the kind of file is known
    /// before it is opened, and it is opened without waiting.
    static func hasDatabaseHeader(_ path: String) throws -> Bool {
        switch PathKind.of(path) {
        case .absent: return false
        case .folder: throw StoreError.isDirectory(path: path)
        case .special(let kind): throw StoreError.file(.special(path: path, kind: kind))
        case .danglingLink(let target, let loop):
            throw StoreError.file(.danglingLink(path: path, target: target, loop: loop))
        case .regular(let size, _):
            if size == 0 { return false }
        }
        let fd = try HeldFiles.descriptor(path)
        var header = [UInt8](repeating: 0, count: 16)
        let count = pread(fd, &header, 16, 0)
        if count <= 0 { return false }
        guard count == 16, header == Array("SQLite format 3\0".utf8) else {
            throw StoreError.notSQLite(path: path)
        }
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

/// The descriptors essor opens itself on store files, kept open for the
/// life of the process. POSIX locks belong to a process, and closing any
/// descriptor of a file drops all of that process's locks on it — among
/// them SQLite's shared lock, which tells another process closing the
/// store that it is not the last one and must not delete the -wal and
/// -shm under this one. (A look at a store's header by the interface's
/// background reader did exactly that, and an `sqlite3` run beside it
/// then lost the interface's saves.) One descriptor per file, never closed.
enum HeldFiles {
    private struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private static let open = Mutex<[FileID: Int32]>([:])

    /// A read-only descriptor of the file at `path`, opened without waiting.
    static func descriptor(_ path: String) throws -> Int32 {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw StoreError.notWritable(path: path, reason: FileProblem(errno: errno))
        }
        let id = FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        return try open.withLock { held in
            if let fd = held[id] { return fd }
            let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { throw StoreError.notWritable(path: path, reason: FileProblem(errno: errno)) }
            held[id] = fd
            return fd
        }
    }
}

extension StoreError {
    /// What an SQLite failure means for the user; `since` is when the
    /// operation began, to say how long a lock was waited for.
    static func classify(_ error: DatabaseError, path: String, since started: Elapsed? = nil) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .corrupt(path: path, detail: error.message ?? "\(error.resultCode)")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path, waited: started?.seconds ?? Store.busyTimeout)
        case .SQLITE_FULL:
            return .notWritable(path: path, reason: .noSpace)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return .notWritable(path: path, reason: .other(error.message ?? "\(error.resultCode)"))
        case .SQLITE_CONSTRAINT:
            let kind: ConstraintKind =
                switch error.extendedResultCode {
                case .SQLITE_CONSTRAINT_FOREIGNKEY: .missingReference
                case .SQLITE_CONSTRAINT_NOTNULL: .missingValue
                case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY: .duplicate
                case .SQLITE_CONSTRAINT_TRIGGER where error.message == "essor: signed month": .signedMonth
                default: .other
                }
            return .constraint(kind)
        case .SQLITE_IOERR:
            return .notWritable(path: path, reason: .other(error.message ?? "\(error.resultCode)"))
        default:
            return .sqlite(path: path, detail: error.message ?? "\(error.resultCode)")
        }
    }
}

/// Time since a point, on the monotonic clock.
struct Elapsed {
    private let start = Elapsed.now()

    var seconds: Double { Elapsed.now() - start }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
