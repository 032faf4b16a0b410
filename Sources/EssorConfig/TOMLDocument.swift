import EssorStore
import EssorUI
import Foundation
import TOMLKit

/// A TOML file read for essor: its table, and where its keys are written
/// so that messages can name the line.
struct TOMLDocument {
    let table: TOMLTable
    let file: String
    private let locator: SourceLocator

    /// Parses `data`; a problem names the file (and line) when it is not
    /// UTF-8 or not valid TOML.
    init(data: Data, file: String) throws(ConfigProblem) {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigProblem(file: file, .notUTF8)
        }
        try self.init(text: text, file: file)
    }

    init(text: String, file: String) throws(ConfigProblem) {
        self.file = file
        locator = SourceLocator(text)
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigProblem(file: file, line: error.source.begin.line, .syntax(error.description))
        } catch {
            throw ConfigProblem(file: file, .syntax(String(describing: error)))
        }
    }

    func line(_ path: [String]) -> Int? { locator.line(of: path) }

    func problem(_ path: [String], _ kind: ConfigProblem.Kind) -> ConfigProblem {
        ConfigProblem(file: file, line: locator.line(of: path), kind)
    }

    /// Reads a file; a problem when it cannot be read.
    static func read(path: String, file: String) throws(ConfigProblem) -> TOMLDocument {
        // Never opened when it is not a regular file: a FIFO would block.
        switch PathKind.of(path) {
        case .regular, .absent, .danglingLink: break
        case .folder, .special: throw ConfigProblem(file: file, .notRegularFile)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            throw ConfigProblem(file: file, .unreadable(reason: reason))
        }
        return try TOMLDocument(data: data, file: file)
    }
}
