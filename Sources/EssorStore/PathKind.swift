import Glibc

/// What a path names, seen before essor opens or creates anything there:
/// the store, a file to import, an export or a backup target. essor reads
/// and writes regular files only; a FIFO would block it forever, a device
/// would get a `-journal` written beside it, and a dangling link would
/// make it create a file somewhere else.
public enum PathKind: Equatable, Sendable {
    /// Nothing there.
    case absent
    /// A regular file (possibly reached through a symbolic link).
    case regular(size: Int, throughLink: Bool)
    /// A folder (possibly reached through a symbolic link).
    case folder
    /// A symbolic link whose target does not exist (or links that loop).
    case danglingLink(target: String, loop: Bool)
    /// A FIFO, a device or a socket.
    case special(SpecialFile)

    /// What `path` names now.
    public static func of(_ path: String) -> PathKind {
        var link = stat()
        guard lstat(path, &link) == 0 else { return .absent }
        let isLink = link.st_mode & S_IFMT == S_IFLNK
        var info = stat()
        guard stat(path, &info) == 0 else {
            let loop = errno == ELOOP
            return isLink ? .danglingLink(target: linkTarget(path), loop: loop) : .absent
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(info.st_size), throughLink: isLink)
        case S_IFDIR: return .folder
        case S_IFIFO: return .special(.fifo)
        case S_IFCHR: return .special(.characterDevice)
        case S_IFBLK: return .special(.blockDevice)
        default: return .special(.socket)
        }
    }

    /// Where a symbolic link points, as written in the link.
    static func linkTarget(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return "?" }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A file that is not a regular file or a folder.
public enum SpecialFile: Equatable, Sendable {
    case fifo
    case characterDevice
    case blockDevice
    case socket
}

/// Files written whole or not at all: content goes to a temporary file
/// beside the target, which gets its name only once complete.
public enum FilePublishing {
    /// A temporary name in the folder of `target` (hidden, unique).
    public static func temporaryName(beside target: String, tag: String) -> String {
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[..<$0]) } ?? "."
        var bytes = [UInt8](repeating: 0, count: 6)
        for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255) }
        let random = bytes.map { String($0, radix: 16) }.joined()
        return (folder.isEmpty ? "" : folder) + "/.essor-\(tag)-\(getpid())-\(random).tmp"
    }

    /// Why a file cannot be written at `target`, or nil: only a free name,
    /// or with `replacing` a regular file that is not a link, may be
    /// written (a link's target or a device would be written instead).
    public static func problem(writing target: String, replacing: Bool) -> FileError? {
        // The folder must be there and take new files (the temporary one).
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
        switch PathKind.of(folder) {
        case .folder:
            if access(folder, W_OK) != 0 { return .refused(path: target, reason: FileProblem(errno: errno)) }
        case .absent: return .refused(path: target, reason: .missing)
        case .danglingLink(_, true): return .refused(path: target, reason: .linkLoop)
        case .danglingLink: return .refused(path: target, reason: .missing)
        case .regular, .special: return .refused(path: target, reason: .notAFolder)
        }
        switch PathKind.of(target) {
        case .absent: return nil
        case .danglingLink(let to, let loop): return .danglingLink(path: target, target: to, loop: loop)
        case .special(let kind): return .special(path: target, kind: kind)
        case .folder: return .isFolder(path: target)
        case .regular(_, let throughLink):
            if throughLink { return .link(path: target) }
            return replacing ? nil : .exists(path: target)
        }
    }

    /// Gives `temporary` the name `target`. Without `replacing`, never
    /// replaces a file (link(2), which fails on an existing name; where the
    /// file system has no links, a rename after checking the name is free).
    /// The temporary name is gone afterwards, whatever happened.
    /// Returns the `errno` of a failure, nil on success.
    public static func publish(_ temporary: String, as target: String, replacing: Bool) -> Int32? {
        defer { unlink(temporary) }
        if replacing { return rename(temporary, target) == 0 ? nil : errno }
        if link(temporary, target) == 0 { return nil }
        let code = errno
        guard code == EPERM || code == EOPNOTSUPP || code == ENOSYS else { return code }
        var info = stat()
        if lstat(target, &info) == 0 { return EEXIST }
        return rename(temporary, target) == 0 ? nil : errno
    }
}

extension FilePublishing {
    /// Writes `bytes` at `target` whole or not at all (through a temporary
    /// file and `publish`); a full disk or a refusal leaves nothing behind.
    public static func write(_ bytes: [UInt8], to target: String, replacing: Bool) throws(FileError) {
        if let problem = problem(writing: target, replacing: replacing) { throw problem }
        let temporary = temporaryName(beside: target, tag: "export")
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw .refused(path: target, reason: FileProblem(errno: errno)) }
        var written = 0
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += count
            }
        }
        if failure == nil && fsync(fd) != 0 { failure = errno }
        if Glibc.close(fd) != 0 && failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            throw .refused(path: target, reason: FileProblem(errno: failure))
        }
        if let code = publish(temporary, as: target, replacing: replacing) {
            throw code == EEXIST
                ? .exists(path: target) : .refused(path: target, reason: FileProblem(errno: code))
        }
    }
}
