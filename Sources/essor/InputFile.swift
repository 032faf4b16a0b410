import EssorCore
import EssorUI
import Foundation

/// A file an import reads: its bytes, and the name messages give it.
enum InputFile {
    /// `-` reads standard input; a file that cannot be read is a failure
    /// saying why.
    static func read(_ file: String, lang: Lang) throws -> (data: Data, label: String) {
        if file == "-" { return (FileHandle.standardInput.readDataToEndOfFile(), "stdin") }
        let path = GlobalOptions.absolute(file)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(.cannotRead(path: path, reason: reason(path, lang)), lang: lang)
        }
        return (data, path)
    }

    static func reason(_ path: String, _ lang: Lang) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            return lang == .fr ? "fichier introuvable" : "no such file"
        }
        if isDirectory.boolValue { return lang == .fr ? "c'est un dossier" : "it is a folder" }
        return lang == .fr ? "lecture refusée" : "permission denied"
    }
}
