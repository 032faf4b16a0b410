import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor export json`: the whole store, every table's rows.
struct JSONExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: tr(
            "The whole store as JSON (lossless: essor import json loads it back identically).",
            HelpLanguage.fr))

    @ParentCommand var parent: ExportCommand
    @OptionGroup var own: GlobalOptions
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(tr("File to write (-: standard output).", HelpLanguage.fr))) var output = "-"
    @Flag(name: .long, help: ArgumentHelp(tr("Replaces the file if it exists.", HelpLanguage.fr))) var force =
        false

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let store = try Store.openReadOnly(path: global.storePath)
            let data = try store.exportJSON()
            try OutputFile.write(
                String(decoding: data, as: UTF8.self) + "\n", to: output, force: force, lang: lang)
        }
    }
}

/// `essor import json FILE`: a store exported by `essor export json`.
struct JSONImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: tr("Loads an essor JSON export back (all or nothing).", HelpLanguage.fr),
        discussion: tr(
            "Refuses a store that already holds data, unless --replace (which replaces it entirely: run essor backup first).",
            HelpLanguage.fr))

    @ParentCommand var parent: ImportCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The JSON file (-: standard input).", HelpLanguage.fr))) var file: String
    @Flag(name: .long, help: ArgumentHelp(tr("Replaces the store's data.", HelpLanguage.fr))) var replace =
        false

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let (data, label) = try InputFile.read(file, lang: lang)
            let store = try Launcher.openStore(global.storePath, lang: lang, options: global)
            do {
                let result = try store.importJSON(data, replace: replace)
                Lookup.print([
                    Strings.text(.cli(.script(.jsonImported(tables: result.tables, rows: result.rows))), lang)
                ])
            } catch let problem as Store.ImportProblem {
                let msg: ScriptMsg =
                    switch problem {
                    case .notAnExport: .importNotAnExport(label)
                    case .otherSchema: .importOtherSchema(label)
                    case .notEmpty: .importNotEmpty(store.path)
                    case .unknownTable(let table): .importUnknownTable(table)
                    case .malformed(let path): .importMalformed(file: label, path: path)
                    case .notUTF8: .importNotUTF8(label)
                    case .empty: .importEmpty(label)
                    case .syntax(let line, let column): .importSyntax(file: label, line: line, column: column)
                    case .truncated: .importTruncated(label)
                    case .invalid(let violations, let total):
                        .importInvalid(file: label, violations, total: total)
                    case .constraint(let table, let row, let detail):
                        .importConstraint(file: label, table: table, row: row, detail: detail)
                    case .danglingReferences(let references): .importDangling(file: label, references)
                    case .duplicateKey(let table, let row, let first, let columns):
                        .importDuplicateKey(
                            file: label, table: table, row: row, firstRow: first, columns: columns)
                    }
                throw Failure(.script(msg), lang: lang)
            }
        }
    }
}
