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
            tr(
                "Imports: ics (meetings from an iCalendar file), finances (accounts from a CSV spreadsheet), fec (an organisation's accounts from its FEC), json (a store exported as JSON).",
                HelpLanguage.fr),
        subcommands: [
            CalendarImportCommand.self, JSONImportCommand.self, FinanceImportCommand.self,
            FECImportCommand.self,
        ])

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
}

struct CalendarImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: tr("The events (VEVENT) of an .ics file become meetings of a cohort.", HelpLanguage.fr),
        discussion: tr(
            "An event already imported into this cohort (same UID) is updated instead of duplicated. A UID that belongs to a meeting of another cohort is refused, or imported as a new meeting with --as-new. At the first problem, every faulty line is reported and nothing is written. u in the interface undoes the whole import.",
            HelpLanguage.fr))

    @ParentCommand var parent: ImportCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The .ics file (-: standard input).", HelpLanguage.fr))) var file: String
    @Option(name: .long, help: ArgumentHelp(tr("The meetings' cohort (number or name).", HelpLanguage.fr)))
    var cohort: String
    @Flag(
        name: .customLong("as-new"),
        help:
            ArgumentHelp(
                tr(
                    "Events whose UID belongs to a meeting of another cohort become new meetings.",
                    HelpLanguage.fr))
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
