import EssorUI
import Foundation

/// The themes essor can show, by name: the user's own
/// (`$XDG_CONFIG_HOME/essor/themes/NAME.toml`) before the bundled ones
/// (`themes/` next to the executable, in `../share/essor/themes`, or in
/// the package checkout it was built in) before the two compiled in
/// (`defaut`, `mono`), so that essor works with no theme file at all.
public struct ThemeCatalog: Sendable {
    public struct Entry: Equatable, Sendable {
        public var name: String
        public var origin: ThemeOrigin
        /// The file; nil for a compiled-in theme.
        public var path: String?
    }

    /// Every theme found, one per name, in the order `T` goes through them:
    /// the shipped ones first, then the others by name.
    public let entries: [Entry]

    /// The themes shipped with essor, in their usual order.
    public static let shippedOrder = ["defaut", "nuit", "clair", "contraste", "mono"]

    public init(userDirectory: String?, bundledDirectories: [String]) {
        var byName: [String: Entry] = [:]
        for name in [Theme.builtIn.name, Theme.mono.name] {
            byName[name] = Entry(name: name, origin: .builtIn, path: nil)
        }
        for directory in bundledDirectories.reversed() {
            for (name, path) in Self.themeFiles(in: directory) {
                byName[name] = Entry(name: name, origin: .bundled, path: path)
            }
        }
        if let userDirectory {
            for (name, path) in Self.themeFiles(in: userDirectory) {
                byName[name] = Entry(name: name, origin: .user, path: path)
            }
        }
        entries = byName.values.sorted { a, b in
            let ia = Self.shippedOrder.firstIndex(of: a.name) ?? Int.max
            let ib = Self.shippedOrder.firstIndex(of: b.name) ?? Int.max
            return ia != ib ? ia < ib : a.name < b.name
        }
    }

    /// The catalogue for this environment and executable.
    public static func standard(environment: [String: String], executable: String?) -> ThemeCatalog {
        ThemeCatalog(
            userDirectory: ConfigPaths.configFolder(environment: environment).map { $0 + "/themes" },
            bundledDirectories: bundledDirectories(executable: executable))
    }

    public var names: [String] { entries.map(\.name) }

    public func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// The theme called `nameOrPath`, or read from that file when it holds
    /// a `/` or ends in `.toml`.
    public func load(_ nameOrPath: String) -> Result<(Theme, [ConfigProblem]), ConfigProblem> {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            let name = Self.name(ofFile: nameOrPath)
            do {
                return .success(try ThemeFile.load(path: nameOrPath, name: name))
            } catch {
                return .failure(error)
            }
        }
        guard let entry = entry(nameOrPath) else {
            return .failure(ConfigProblem(file: nameOrPath, .themeNotFound(nameOrPath)))
        }
        guard let path = entry.path else {
            return .success((entry.name == Theme.mono.name ? .mono : .builtIn, []))
        }
        do {
            return .success(try ThemeFile.load(path: path, name: entry.name))
        } catch {
            return .failure(error)
        }
    }

    static func name(ofFile path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".toml") ? String(file.dropLast(5)) : file
    }

    /// `NAME.toml` files of a folder, by name.
    static func themeFiles(in directory: String) -> [(String, String)] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.sorted().map {
            (name(ofFile: $0), directory + "/" + $0)
        }
    }

    /// Where shipped themes may be: beside the executable, in an install
    /// prefix's `share/essor/themes`, or at the root of the package
    /// checkout the executable was built in (`.build/debug/essor`).
    static func bundledDirectories(executable: String?) -> [String] {
        guard let executable else { return [] }
        let resolved = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        var directories: [String] = []
        var folder = resolved.deletingLastPathComponent()
        directories.append(folder.appendingPathComponent("themes").path)
        directories.append(folder.appendingPathComponent("../share/essor/themes").standardized.path)
        for _ in 0..<6 {
            let manifest = folder.appendingPathComponent("Package.swift").path
            if FileManager.default.fileExists(atPath: manifest) {
                directories.append(folder.appendingPathComponent("themes").path)
                break
            }
            folder = folder.deletingLastPathComponent()
        }
        var isDirectory: ObjCBool = false
        return directories.filter {
            FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
