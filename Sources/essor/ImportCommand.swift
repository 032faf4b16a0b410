import ArgumentParser
import EssorCore
import EssorExchange
import EssorStore
import EssorUI
import Foundation

/// `essor import ics FILE --cohort C`: meetings from another calendar.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Importe des séances d'un fichier iCalendar, des comptes d'un tableur (CSV) ou un stock exporté en JSON.",
        subcommands: [CalendarImportCommand.self, JSONImportCommand.self, FinanceImportCommand.self])

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
}

struct CalendarImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Les événements (VEVENT) d'un fichier .ics deviennent des séances d'une cohorte.",
        discussion: """
            Un événement déjà importé dans cette cohorte (même UID) est mis à jour au lieu d'être dupliqué. Un UID
            qui est celui d'une séance d'une autre cohorte est refusé, ou importé comme nouvelle séance avec
            --as-new. Au moindre problème, chaque ligne fautive est signalée et rien n'est écrit. u dans
            l'interface annule tout l'import.
            """)

    @ParentCommand var parent: ImportCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: "Le fichier .ics (- : entrée standard).") var file: String
    @Option(name: .long, help: "La cohorte des séances (numéro ou nom).") var cohort: String
    @Flag(
        name: .customLong("as-new"),
        help:
            "Les événements dont l'UID est celui d'une séance d'une autre cohorte deviennent de nouvelles séances."
    )
    var asNew = false

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let (data, path) = try InputFile.read(file, lang: lang)
            let label = file == "-" ? path : file
            let events: [ICalendarEvent]
            switch ICalendarParser.parse(data) {
            case .success(let found): events = found
            case .failure(let problems):
                let lines = problems.problems.map { Strings.text(.cli(.icsProblem(file: label, $0)), lang) }
                throw Failure(message: Launcher.problems(lines, lang: lang), status: 2)
            }
            guard !events.isEmpty else { throw Failure(.nothingImported(label), lang: lang, status: 1) }
            let store = try Launcher.openStore(global.storePath, lang: lang, options: global)
            let lookup = Lookup(store: store, global: global, lang: lang)
            let cohortID = try lookup.resolve(.cohort, cohort)
            let name = try store.cohortRows([cohortID]).first?.cohort.name ?? cohort
            let author = ChangeAuthor(name: ChangeAuthor.login(), session: "import-" + UUID().uuidString)
            let created: Int
            let updated: Int
            do {
                (created, updated) = try store.importMeetings(
                    CalendarImport.meetings(events), cohort: cohortID, asNew: asNew, by: author,
                    at: Launcher.now)
            } catch let foreign as ForeignUIDs {
                let lines = foreign.events.map {
                    Strings.text(
                        .cli(
                            .icsForeignUID(file: label, line: $0.line, title: $0.title, cohort: $0.cohortName)
                        ), lang)
                }
                let hint = Strings.text(.cli(.icsForeignHint), lang)
                throw Failure(message: (lines + [hint]).joined(separator: "\n"), status: 2)
            }
            Lookup.print([
                Strings.text(.cli(.imported(created: created, updated: updated, cohort: name)), lang)
            ])
        }
    }
}
