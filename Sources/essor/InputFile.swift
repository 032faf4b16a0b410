import EssorCore
import EssorStore
import EssorUI
import Foundation

/// A file an import reads: its bytes, and the name messages give it.
enum InputFile {
    /// What a pipe (`-` or a FIFO such as `<(…)`) may bring at most; a
    /// regular file is read whatever its size.
    static let pipeLimit = 512 << 20

    /// `-` reads standard input; a file that cannot be read is a failure
    /// saying why. Devices are refused (`/dev/zero` would never end).
    static func read(_ file: String, lang: Lang) throws -> (data: Data, label: String) {
        if file == "-" {
            return (try readPipe(FileHandle.standardInput, label: "stdin", lang: lang), "stdin")
        }
        let path = GlobalOptions.absolute(file)
        switch PathKind.of(path) {
        case .absent, .danglingLink:
            throw Failure(
                .cannotRead(path: path, reason: tr("no such file", lang == .fr)),
                lang: lang)
        case .folder:
            throw Failure(
                .cannotRead(path: path, reason: tr("it is a folder", lang == .fr)),
                lang: lang)
        case .special(.fifo):
            // Opened without waiting for a writer: a named pipe nobody writes
            // to reads as empty at once (`<(…)` has its writer already).
            let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { throw Failure(.cannotRead(path: path, reason: denied(lang)), lang: lang) }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
            let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            return (try readPipe(handle, label: path, lang: lang), path)
        case .special(let kind):
            throw Failure(
                message: Strings.describe(FileError.special(path: path, kind: kind), lang), status: 2)
        case .regular:
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Failure(.cannotRead(path: path, reason: denied(lang)), lang: lang)
            }
            return (data, path)
        }
    }

    private static func denied(_ lang: Lang) -> String {
        trc("reading a file", "permission denied", lang == .fr)
    }

    /// Reads a pipe to its end, up to `pipeLimit`.
    private static func readPipe(_ handle: FileHandle, label: String, lang: Lang) throws -> Data {
        var data = Data()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            data.append(chunk)
            if data.count > pipeLimit {
                let reason =
                    tr("more than %s MiB: save it to a file first", lang == .fr, pipeLimit >> 20)
                throw Failure(.cannotRead(path: label, reason: reason), lang: lang)
            }
        }
        return data
    }
}
