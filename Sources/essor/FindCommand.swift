import ArgumentParser
import EssorCore
import EssorStore
import EssorUI

/// `essor find TEXT`: structures, cohorts, partners and meetings whose
/// names hold every word typed, accents and case aside.
struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: tr("Searches the organisations, cohorts, partners and meetings.", HelpLanguage.fr))

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
    @Argument(
        help: ArgumentHelp(tr("The words to look for (accents and capitals not needed).", HelpLanguage.fr)))
    var words: [String]
    @Flag(name: .long, help: ArgumentHelp(tr("JSON output, for scripts.", HelpLanguage.fr))) var json = false
    @Option(name: .long, help: ArgumentHelp(tr("At most N results of each kind.", HelpLanguage.fr)))
    var limit = 50

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let lookup = try Lookup(global, lang: lang)
            let text = words.joined(separator: " ")
            let found = try lookup.store.find(SearchQuery(text), limit: max(1, limit))
            if json {
                let clock = lookup.format.clock
                try Lookup.printJSON("found", found.map { LookupJSON.found($0, clock) })
            } else if !found.isEmpty {
                let state = lookup.format
                let table = TextTable(
                    columns: [
                        TableColumn(lookup.text(.columnKind), .fixed(10), priority: 3),
                        TableColumn(lookup.text(.columnName), .flex(min: 16, weight: 3), priority: 1),
                        TableColumn(lookup.text(.columnDetail), .flex(min: 10, weight: 2), priority: 2),
                        TableColumn(lookup.text(.columnNumber), .fixed(7), priority: 0, alignRight: true),
                    ],
                    rows: found.map { record in
                        [
                            lookup.text(.lookupKind(record.kind)), record.name,
                            lookup.describe(record, in: state),
                            String(record.id),
                        ]
                    })
                Lookup.print(table.lines(width: lookup.width))
            }
            if found.isEmpty { throw Failure(.nothingFound(text), lang: lang, status: 1) }
        }
    }
}
