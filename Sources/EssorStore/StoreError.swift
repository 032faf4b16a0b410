import EssorCore
import Glibc

/// Why a store could not be opened or written. The interface turns these
/// into messages in the user's language.
public enum StoreError: Error, Equatable, Sendable {
    /// The path names a folder, not a file.
    case isDirectory(path: String)
    /// The path cannot be used as a file (see `FileError`).
    case file(FileError)
    /// The file exists but is not an SQLite database.
    case notSQLite(path: String)
    /// An SQLite database that belongs to some other application.
    case foreignDatabase(path: String)
    /// An essor store written by a newer version of essor.
    case newerSchema(path: String, migrations: [String])
    /// SQLite says the file is damaged.
    case corrupt(path: String, detail: String)
    /// The folder for the store could not be created.
    case cannotCreateFolder(path: String, reason: FileProblem)
    /// The store or its folder cannot be written.
    case notWritable(path: String, reason: FileProblem)
    /// Another process held the lock for longer than the busy timeout;
    /// `waited` is how long this one waited, in seconds.
    case locked(path: String, waited: Double)
    /// No store at this path (a look-up never creates one).
    case missingStore(path: String)
    /// An older store that a look-up cannot migrate (it never writes).
    case needsMigration(path: String)
    /// Someone else changed (or deleted) the record since it was read.
    case conflict(entity: ChangeEntity, id: Int64)
    /// Another structure already has this SIRET.
    case duplicateSiret(otherName: String)
    /// An entry of time that a rule of the timesheet refuses (nothing was
    /// written).
    case timesheet([TimesheetIssue])
    /// A task that time is still entered for cannot leave the list.
    case taskInUse(code: String, entries: Int)
    /// The change cannot be undone any more.
    case cannotUndo(UndoRefusal)
    /// The store is open read-only: nothing is written.
    case readOnly(ReadOnlyReason)
    /// Rows that break the store's rules (a change-log snapshot that undo
    /// would write back); nothing was written.
    case invalidRows([ColumnViolation])
    /// SQLite refused the change (nothing was written).
    case constraint(ConstraintKind)
    /// Any other SQLite failure.
    case sqlite(path: String, detail: String)
}

/// Why a path cannot be read or written as a file by essor, which reads
/// and writes regular files only and never replaces one unless asked.
public enum FileError: Error, Equatable, Sendable {
    /// A file is already there.
    case exists(path: String)
    /// The path names a folder.
    case isFolder(path: String)
    /// A FIFO, a device or a socket.
    case special(path: String, kind: SpecialFile)
    /// A symbolic link to nothing: writing would create its target.
    case danglingLink(path: String, target: String, loop: Bool)
    /// A symbolic link where a new file is to be written.
    case link(path: String)
    /// The system refused.
    case refused(path: String, reason: FileProblem)
}

/// Why the file system refused, from `errno`.
public enum FileProblem: Equatable, Sendable {
    /// A part of the path is not a folder (or a file has the name).
    case notAFolder
    /// A folder of the path does not exist.
    case missing
    case permissionDenied
    case readOnlyFileSystem
    case noSpace
    /// Symbolic links that go round in a loop.
    case linkLoop
    case nameTooLong
    case other(String)

    public init(errno code: Int32) {
        switch code {
        case ENOTDIR, EEXIST: self = .notAFolder
        case ENOENT: self = .missing
        case EACCES, EPERM: self = .permissionDenied
        case EROFS: self = .readOnlyFileSystem
        case ENOSPC, EDQUOT: self = .noSpace
        case ELOOP: self = .linkLoop
        case ENAMETOOLONG: self = .nameTooLong
        default: self = .other(String(cString: strerror(code)))
        }
    }
}

/// Which of SQLite's rules a refused change broke.
public enum ConstraintKind: Equatable, Sendable {
    /// It refers to a record that is not there (or no longer).
    case missingReference
    /// A value the record cannot do without is missing.
    case missingValue
    /// A value already taken by another record.
    case duplicate
    /// It would change the time of a month whose timesheet is signed (or
    /// delete a person who signed months).
    case signedMonth
    case other
}

/// Why a change cannot be undone.
public enum UndoRefusal: Equatable, Sendable {
    /// The record was changed again after this change.
    case changedSince(summary: String)
    /// Already undone.
    case alreadyUndone
    /// Nothing left to undo.
    case nothing
}
