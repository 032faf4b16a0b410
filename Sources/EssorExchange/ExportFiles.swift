import EssorCore
import Foundation

/// Writes export files without ever replacing one: a name already taken
/// gets `-2`, `-3`… before its extension.
public enum ExportFiles {
    /// `Atelier « modèle » économique` → `atelier-modele-economique`.
    public static func slug(_ text: String, limit: Int = 40) -> String {
        var out = ""
        for c in SearchFolding.fold(text) {
            if c.isLetter && c.isASCII || c.isNumber && c.isASCII {
                out.append(c)
            } else if !out.isEmpty && out.last != "-" {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        return String(out.prefix(limit)).trimmingDashes
    }

    /// The path written.
    @discardableResult
    public static func write(_ text: String, name: String, in folder: String) throws -> String {
        let manager = FileManager.default
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        var candidate = folder + "/" + name
        var n = 2
        while manager.fileExists(atPath: candidate) {
            candidate = folder + "/" + base + "-\(n)" + (ext.isEmpty ? "" : "." + ext)
            n += 1
        }
        try write(text, to: candidate, replacing: false)
        return candidate
    }

    /// Writes `text` at `path` through a temporary file and a rename, so a
    /// reader never sees half a file; refuses to replace a file unless asked.
    public static func write(_ text: String, to path: String, replacing: Bool) throws {
        let manager = FileManager.default
        if !replacing && manager.fileExists(atPath: path) {
            throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: path])
        }
        let folder = (path as NSString).deletingLastPathComponent
        let temporary =
            (folder.isEmpty ? "." : folder) + "/.essor-export-\(getpid())-\(UUID().uuidString.prefix(8)).tmp"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            if replacing {
                guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
            } else {
                // link() fails if the name was taken meanwhile: never replaces.
                guard link(temporary, path) == 0 else {
                    throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: path])
                }
                unlink(temporary)
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}

extension String {
    fileprivate var trimmingDashes: String {
        var s = self
        while s.last == "-" { s.removeLast() }
        while s.first == "-" { s.removeFirst() }
        return s
    }
}
