import EssorCore
import EssorUI
import Foundation
import TOMLKit

/// The settings of `config.toml`:
///
/// ```toml
/// theme = "nuit"
/// language = "fr"
/// store = "~/essor/programme.sqlite"
/// dates = "jj/mm/aaaa"        # or "aaaa-mm-jj"
/// [keys]
/// quit = ["Ctrl-Q", "q"]
/// filter = "f"
/// ```
///
/// Whatever is missing or wrong keeps its default; problems say which line.
public struct Configuration: Sendable {
    public var theme: String?
    public var language: Lang?
    public var store: String?
    public var dates: DateStyle?
    public var keys: [KeyRemap] = []
    public var problems: [ConfigProblem] = []
    /// The file read, if any.
    public var path: String?

    public init() {}

    /// The configuration at `path`; defaults when there is no such file.
    public static func load(path: String?) -> Configuration {
        guard let path, FileManager.default.fileExists(atPath: path) else { return Configuration() }
        var result = Configuration()
        result.path = path
        do {
            result.read(try TOMLDocument.read(path: path, file: path))
        } catch {
            result.problems = [error]
        }
        return result
    }

    /// The configuration in `text` (tests, and checking before rewriting).
    public static func parse(_ text: String, file: String) -> Configuration {
        var result = Configuration()
        do {
            result.read(try TOMLDocument(text: text, file: file))
        } catch {
            result.problems = [error]
        }
        return result
    }

    private mutating func read(_ document: TOMLDocument) {
        for (key, value) in document.table {
            switch key {
            case "theme":
                guard let text = value.string, !text.isEmpty else {
                    problems.append(document.problem([key], .wrongType(key: key)))
                    continue
                }
                theme = text
            case "language", "langue":
                guard let text = value.string, let lang = Lang(rawValue: text.lowercased()) else {
                    problems.append(
                        document.problem(
                            [key], .badValue(key: key, value: value.string ?? "\(value)", expected: "fr, en"))
                    )
                    continue
                }
                language = lang
            case "store":
                guard let text = value.string, !text.isEmpty else {
                    problems.append(document.problem([key], .wrongType(key: key)))
                    continue
                }
                store = text
            case "dates":
                guard let text = value.string, let style = DateStyle(setting: text) else {
                    let expected = DateStyle.allCases.map(\.rawValue).joined(separator: ", ")
                    problems.append(
                        document.problem(
                            [key], .badValue(key: key, value: value.string ?? "\(value)", expected: expected))
                    )
                    continue
                }
                dates = style
            case "keys":
                readKeys(value, document)
            default:
                problems.append(document.problem([key], .unknownKey(key)))
            }
        }
        problems.sort { ($0.line ?? 0) < ($1.line ?? 0) }
    }

    private mutating func readKeys(_ value: TOMLValueConvertible, _ document: TOMLDocument) {
        guard let table = value.table else {
            problems.append(document.problem(["keys"], .wrongType(key: "keys")))
            return
        }
        for (action, spec) in table {
            let path = ["keys", action]
            guard let command = Command(rawValue: action) else {
                problems.append(document.problem(path, .unknownAction(action)))
                continue
            }
            let texts: [String]
            if let single = spec.string {
                texts = [single]
            } else if let array = spec.array {
                texts = array.compactMap { $0.string }
                if texts.count != array.count {
                    problems.append(document.problem(path, .wrongType(key: "keys." + action)))
                    continue
                }
            } else {
                problems.append(document.problem(path, .wrongType(key: "keys." + action)))
                continue
            }
            var keys: [Key] = []
            var valid = true
            for text in texts {
                guard let key = KeySpec.parse(text) else {
                    problems.append(document.problem(path, .badKey(action: action, key: text)))
                    valid = false
                    break
                }
                if !keys.contains(key) { keys.append(key) }
            }
            if valid { self.keys.append(KeyRemap(command, keys, line: document.line(path))) }
        }
        // Later lines win, as the file reads.
        self.keys.sort { ($0.line ?? 0) < ($1.line ?? 0) }
    }

    /// The standard keymap with this file's remappings, and a warning for
    /// each action the remappings left without a key.
    public func keymap() -> (Keymap, [ConfigProblem]) {
        let (keymap, orphans) = Keymap.standard.remapped(keys)
        let problems = orphans.map {
            ConfigProblem(file: path ?? "config.toml", line: $0.line, .actionWithoutKey($0.command.rawValue))
        }
        return (keymap, problems)
    }
}
