import ArgumentParser
import EssorCore
import EssorExchange
import EssorStore
import EssorUI
import Foundation

/// `essor export emargement|ics`: documents made from the store.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            tr(
                "Exports: emargement (an attendance sheet), ics (an iCalendar agenda), compte-rendu (minutes), finances (a cohort's finances), json (the whole store).",
                HelpLanguage.fr),
        subcommands: [
            AttendanceExportCommand.self, CalendarExportCommand.self, MinutesExportCommand.self,
            JSONExportCommand.self, FinanceExportCommand.self,
        ])

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions

    var global: GlobalOptions { own.merged(with: parent.global) }
}

/// Writes `text` to `output` ("-": standard output), never over an
/// existing file unless `force`, never through a link or into a device.
enum OutputFile {
    static func write(_ text: String, to output: String, force: Bool, lang: Lang) throws {
        if output == "-" {
            Console.document(text)
            return
        }
        let path = GlobalOptions.absolute(output)
        do {
            try ExportFiles.write(text, to: path, replacing: force)
        } catch {
            throw Failure(message: Strings.describe(error, lang), status: 2)
        }
        Console.message(Strings.text(.cli(.written(path)), lang))
    }
}

/// `essor export emargement MEETING`: the printable attendance sheet.
struct AttendanceExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emargement",
        abstract: tr("A meeting's attendance sheet, in Markdown and HTML.", HelpLanguage.fr),
        discussion: tr(
            "Without -o, writes both files in the current folder (never replacing one).\nWith -o FILE.md or FILE.html, that format only; -o - writes on standard output.",
            HelpLanguage.fr))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html
    }

    @ParentCommand var parent: ExportCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The meeting: its number or words of its title.", HelpLanguage.fr)))
    var meeting: [String]
    @Option(
        name: .shortAndLong, help: ArgumentHelp(tr("File to write (-: standard output).", HelpLanguage.fr)))
    var output: String?
    @Option(
        name: .long,
        help: ArgumentHelp(tr("md or html (default: from the extension of -o).", HelpLanguage.fr)))
    var format: Format?
    @Flag(name: .long, help: ArgumentHelp(tr("Replaces the file if it exists.", HelpLanguage.fr))) var force =
        false

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let lookup = try Lookup(global, lang: lang)
            let id = try lookup.resolve(.meeting, meeting.joined(separator: " "))
            guard let sheet = try lookup.store.attendanceSheet(meeting: id) else {
                throw Failure(.notFound(.meeting, meeting.joined(separator: " ")), lang: lang, status: 1)
            }
            let programme = try lookup.store.programme()
            let markdown = { AttendanceSheetExport.markdown(sheet, programme: programme, lang: lang) }
            let html = { AttendanceSheetExport.html(sheet, programme: programme, lang: lang) }
            guard let output else {
                let day = WallClock.paris.local(sheet.meeting.start).date
                let base = "emargement-\(day.iso)-\(ExportFiles.slug(sheet.meeting.title))"
                let folder = FileManager.default.currentDirectoryPath
                for (text, ext) in [(markdown(), "md"), (html(), "html")] {
                    do {
                        let path = try ExportFiles.write(text, name: base + "." + ext, in: folder)
                        Lookup.print([path])
                    } catch {
                        throw Failure(message: Strings.describe(error, lang), status: 2)
                    }
                }
                return
            }
            let chosen =
                format
                ?? (output.lowercased().hasSuffix(".html") || output.lowercased().hasSuffix(".htm")
                    ? .html : .md)
            try OutputFile.write(chosen == .html ? html() : markdown(), to: output, force: force, lang: lang)
        }
    }
}

/// `essor export ics`: the meetings as an iCalendar file.
struct CalendarExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: tr("The meetings in iCalendar format (RFC 5545), for a calendar.", HelpLanguage.fr))

    @ParentCommand var parent: ExportCommand
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(tr("One cohort only (number or name).", HelpLanguage.fr)))
    var cohort: String?
    @Option(name: .long, help: ArgumentHelp(tr("From this date (DD/MM/YYYY).", HelpLanguage.fr))) var from:
        String?
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(tr("File to write (default: standard output).", HelpLanguage.fr))) var output = "-"
    @Flag(name: .long, help: ArgumentHelp(tr("Replaces the file if it exists.", HelpLanguage.fr))) var force =
        false

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let lookup = try Lookup(global, lang: lang)
            var start: Int64?
            if let from {
                guard let day = Validators.date(from) else { throw Failure(.badDate(from), lang: lang) }
                start = WallClock.paris.instant(day, hour: 0, minute: 0)
            }
            let scope = try cohort.map { try lookup.resolve(.cohort, $0) }
            var name = try lookup.store.programme()?.name ?? "essor"
            if let scope, let row = try lookup.store.cohortRows([scope]).first { name = row.cohort.name }
            let text = try CalendarExport.file(
                lookup.store, filter: MeetingFilter(cohort: scope), from: start, name: name, now: lookup.now,
                lang: lang)
            try OutputFile.write(text, to: output, force: force, lang: lang)
        }
    }
}

/// `essor export compte-rendu MEETING`: the minutes of a workshop.
struct MinutesExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compte-rendu",
        abstract: tr(
            "Minutes of a workshop: attendance, agenda, ideas, decisions, actions.", HelpLanguage.fr),
        discussion: tr(
            "Without -o, on standard output in the chosen format (md by default).", HelpLanguage.fr))

    @ParentCommand var parent: ExportCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The meeting: its number or words of its title.", HelpLanguage.fr)))
    var meeting: [String]
    @Option(name: .long, help: ArgumentHelp(tr("md or html.", HelpLanguage.fr))) var format:
        AttendanceExportCommand.Format = .md
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(tr("File to write (default: standard output).", HelpLanguage.fr))) var output = "-"
    @Flag(name: .long, help: ArgumentHelp(tr("Replaces the file if it exists.", HelpLanguage.fr))) var force =
        false

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let lookup = try Lookup(global, lang: lang)
            let id = try lookup.resolve(.meeting, meeting.joined(separator: " "))
            guard let detail = try lookup.store.meetingDetail(id: id) else {
                throw Failure(.notFound(.meeting, meeting.joined(separator: " ")), lang: lang, status: 1)
            }
            let workshop = try lookup.store.workshop(meeting: id)
            let programme = try lookup.store.programme()
            let text =
                format == .html
                ? MinutesExport.html(detail, workshop, programme: programme, lang: lang, now: lookup.now)
                : MinutesExport.markdown(detail, workshop, programme: programme, lang: lang, now: lookup.now)
            try OutputFile.write(text, to: output, force: force, lang: lang)
        }
    }
}
