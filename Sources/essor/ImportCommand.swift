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
            "An event already imported into this cohort (same UID) is updated instead of duplicated. A repeating event (RRULE) becomes its occurrences, without its EXDATEs and with its changed occurrences; a cancelled one (STATUS:CANCELLED) deletes the meeting imported from it, unless its attendance is recorded. Times in a Windows zone (Outlook) are read; all-day events are skipped, and said. CATEGORIES gives the kind, ORGANIZER the facilitator, and the attendees' addresses invite the member structures whose contacts have them (all the members otherwise). A UID that belongs to a meeting of another cohort is refused, or imported as a new meeting with --as-new. At the first problem, every faulty line is reported and nothing is written. u in the interface undoes the whole import.",
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
            let read: ICalendarRead
            switch ICalendarParser.read(data) {
            case .success(let found): read = found
            case .failure(let problems):
                let lines = problems.problems.map { Strings.text(.cli(.icsProblem(file: label, $0)), lang) }
                throw Failure(message: Launcher.problems(lines, lang: lang), status: 2)
            }
            let events = read.events
            let store = try Launcher.openStore(global.storePath, lang: lang, options: global)
            let lookup = Lookup(store: store, global: global, lang: lang)
            let cohortID = try lookup.resolve(.cohort, cohort)
            // What was skipped or assumed is said; the rest is imported.
            for notice in read.notices {
                Console.message(Strings.text(.cli(.icsProblem(file: label, notice)), lang))
            }
            guard !events.isEmpty || !read.cancelled.isEmpty else {
                throw Failure(.nothingImported(label), lang: lang, status: 1)
            }
            let name = try store.cohortRows([cohortID]).first?.cohort.name ?? cohort
            let author = ChangeAuthor(name: ChangeAuthor.login(), session: "import-" + UUID().uuidString)
            let result: CalendarImportResult
            do {
                result = try store.importMeetings(
                    CalendarImport.meetings(events), cohort: cohortID, cancelled: read.cancelled.map(\.uid),
                    asNew: asNew, by: author, at: Launcher.now)
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
            let (created, updated) = result.counts
            let fr = lang == .fr
            var said = [Strings.text(.cli(.imported(created: created, updated: updated, cohort: name)), lang)]
            if result.deleted > 0 {
                said.append(
                    trn(
                        "%d meeting cancelled in the calendar deleted (u in the interface brings it back).",
                        "%d meetings cancelled in the calendar deleted (u in the interface brings them back).",
                        result.deleted, fr))
            }
            for title in result.kept {
                said.append(
                    tr("“%s”, cancelled in the calendar, is kept: its attendance is recorded.", fr, title))
            }
            Lookup.print(said)
        }
    }
}
