import EssorStore
import EssorUI
import Foundation

/// Rewrites one setting of `config.toml`, keeping everything else as the
/// user wrote it (comments included). A file essor cannot read is never
/// rewritten; the new file replaces the old one atomically.
public enum ConfigWriter {
    /// Sets the top-level `theme`.
    public static func remember(theme: String, in path: String) throws(ConfigProblem) {
        let existing: String
        if FileManager.default.fileExists(atPath: path) {
            guard case .regular(_, false) = PathKind.of(path) else {
                throw ConfigProblem(file: path, .notRegularFile)
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ConfigProblem(file: path, .notRemembered(reason: unreadable))
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ConfigProblem(file: path, .notUTF8)
            }
            if let problem = Configuration.parse(text, file: path).problems.first(where: \.isError) {
                throw problem
            }
            existing = text
        } else {
            existing = ""
        }
        let updated = setting("theme", to: theme, in: existing)
        try write(updated, to: path)
    }

    private static let unreadable = "lecture impossible / cannot read"

    /// `text` with `key = "value"` at the top level: the existing line
    /// replaced, else a new line before the first table.
    static func setting(_ key: String, to value: String, in text: String) -> String {
        var lines =
            text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let newLine = "\(key) = \(quoted(value))"
        var firstTable: Int?
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("[") {
                firstTable = index
                break
            }
            let name = String(trimmed.prefix { $0 != "=" }).trimmingSpacesAndTabs
            if trimmed.contains("="), name == key || name == "\"\(key)\"" {
                lines[index] = newLine
                return lines.joined(separator: "\n")
            }
        }
        if let firstTable {
            lines.insert(contentsOf: [newLine, ""], at: firstTable)
        } else {
            if let last = lines.last, last.isEmpty { lines.removeLast() }
            lines.append(newLine)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// A TOML basic string.
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Writes beside the file then renames over it, keeping its permissions.
    static func write(_ text: String, to path: String) throws(ConfigProblem) {
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = folder + "/.config.toml.\(getpid()).tmp"
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let permissions = (try? manager.attributesOfItem(atPath: path))?[.posixPermissions]
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            if let permissions {
                try manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
            }
            guard rename(temporary, path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw ConfigProblem(file: path, .notRemembered(reason: (error as NSError).localizedDescription))
        }
    }
}
