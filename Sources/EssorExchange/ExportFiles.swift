import EssorCore
import EssorStore
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
    public static func write(_ text: String, name: String, in folder: String) throws(FileError) -> String {
        try write(bytes: Array(OutputText.document(text).utf8), name: name, in: folder)
    }

    /// The path written: `bytes` under `name` in `folder`, or the next
    /// free `name-2`, `name-3`…
    @discardableResult
    public static func write(bytes: [UInt8], name: String, in folder: String) throws(FileError) -> String {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        var candidate = folder + "/" + name
        var n = 2
        while true {
            do {
                try FilePublishing.write(bytes, to: candidate, replacing: false)
                return candidate
            } catch .exists, .link, .danglingLink, .special, .isFolder {
                // The name is taken (by a file, a link, a pipe…): the next one.
                candidate = folder + "/" + base + "-\(n)" + (ext.isEmpty ? "" : "." + ext)
                n += 1
            }
        }
    }

    /// Writes `text` at `path` through a temporary file and a rename, so a
    /// reader never sees half a file; refuses to replace a file unless
    /// asked, and never writes through a link or into a device.
    /// The document passes `OutputText.document` on its way (the last guard
    /// against a control character a format writer let through).
    public static func write(_ text: String, to path: String, replacing: Bool) throws(FileError) {
        try FilePublishing.write(Array(OutputText.document(text).utf8), to: path, replacing: replacing)
    }
}

extension ExportFiles {
    /// The bytes of a regular file of at most `limit` bytes (a logo, a
    /// template), or nil: never a FIFO (which would block), a device or a
    /// folder.
    public static func readRegular(_ path: String, limit: Int = 4 << 20) -> [UInt8]? {
        guard case .regular(let size, _) = PathKind.of(path), size <= limit,
            let data = FileManager.default.contents(atPath: path), data.count <= limit
        else { return nil }
        return [UInt8](data)
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
