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
            "Exporte une feuille d'émargement, un agenda iCalendar, un compte rendu, les finances d'une cohorte ou tout le stock en JSON.",
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
        abstract: "Feuille d'émargement d'une séance, en Markdown et en HTML.",
        discussion: """
            Sans -o, écrit les deux fichiers dans le dossier courant (sans jamais en remplacer un).
            Avec -o FICHIER.md ou FICHIER.html, ce format seulement ; -o - écrit sur la sortie standard.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html
    }

    @ParentCommand var parent: ExportCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: "La séance : son numéro ou des mots de son intitulé.") var meeting: [String]
    @Option(name: .shortAndLong, help: "Fichier à écrire (- : sortie standard).") var output: String?
    @Option(name: .long, help: "md ou html (défaut : d'après l'extension de -o).") var format: Format?
    @Flag(name: .long, help: "Remplace le fichier s'il existe.") var force = false

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
        commandName: "ics", abstract: "Les séances au format iCalendar (RFC 5545), pour un agenda.")

    @ParentCommand var parent: ExportCommand
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: "Une seule cohorte (numéro ou nom).") var cohort: String?
    @Option(name: .long, help: "À partir de cette date (JJ/MM/AAAA).") var from: String?
    @Option(name: .shortAndLong, help: "Fichier à écrire (défaut : sortie standard).") var output = "-"
    @Flag(name: .long, help: "Remplace le fichier s'il existe.") var force = false

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
        abstract: "Compte rendu d'un atelier : présences, ordre du jour, idées, décisions, actions.",
        discussion: "Sans -o, sur la sortie standard au format choisi (md par défaut).")

    @ParentCommand var parent: ExportCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: "La séance : son numéro ou des mots de son intitulé.") var meeting: [String]
    @Option(name: .long, help: "md ou html.") var format: AttendanceExportCommand.Format = .md
    @Option(name: .shortAndLong, help: "Fichier à écrire (défaut : sortie standard).") var output = "-"
    @Flag(name: .long, help: "Remplace le fichier s'il existe.") var force = false

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
