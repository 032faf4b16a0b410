import ArgumentParser
import EssorConfig
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
                "Exports: emargement (an attendance sheet), ics (an iCalendar agenda), compte-rendu (minutes), finances (a cohort's finances), json (the whole store), dossier (the audit pack), fiches-temps (the month's timesheets).",
                HelpLanguage.fr),
        subcommands: [
            AttendanceExportCommand.self, CalendarExportCommand.self, MinutesExportCommand.self,
            JSONExportCommand.self, FinanceExportCommand.self, AuditPackCommand.self,
            TimesheetExportCommand.self,
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
        try write(bytes: Array(OutputText.document(text).utf8), to: output, force: force, lang: lang)
    }

    static func write(bytes: [UInt8], to output: String, force: Bool, lang: Lang) throws {
        if output == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let path = GlobalOptions.absolute(output)
        do {
            try FilePublishing.write(bytes, to: path, replacing: force)
        } catch {
            throw Failure(message: Strings.describe(error, lang), status: 2)
        }
        Console.message(Strings.text(.cli(.written(path)), lang))
    }
}

/// `essor export emargement MEETING`: the attendance sheet to sign.
struct AttendanceExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emargement",
        abstract: tr("A meeting's attendance sheet, in Markdown, HTML and PDF.", HelpLanguage.fr),
        discussion: tr(
            "Without -o, writes the Markdown (to read), HTML and PDF (to print and sign) in the current folder, never replacing a file. With -o FILE.md, FILE.html or FILE.pdf, that format only; -o - writes on standard output. The sheet is blank (no times, no statuses) before the meeting starts and filled after, unless --blank or --filled says otherwise. The PDF needs WeasyPrint (apt install weasyprint); without it, the HTML is written.",
            HelpLanguage.fr))

    @ParentCommand var parent: ExportCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The meeting: its number or words of its title.", HelpLanguage.fr)))
    var meeting: [String]
    @OptionGroup var document: DocumentOptions
    @Flag(
        name: .long,
        help: ArgumentHelp(tr("A sheet to print before the meeting: no times, no statuses.", HelpLanguage.fr))
    )
    var blank = false
    @Flag(
        name: .long,
        help: ArgumentHelp(
            tr("The sheet as marked: arrival times, excused and absent people.", HelpLanguage.fr)))
    var filled = false

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            if blank && filled { throw Failure(.script(.blankAndFilled), lang: lang) }
            let lookup = try Lookup(global, lang: lang)
            let id = try lookup.resolve(.meeting, meeting.joined(separator: " "))
            let documents = DocumentOptions.documents(lookup, global: global, lang: lang)
            guard let start = try lookup.store.meetingDetail(id: id)?.meeting.start else {
                throw Failure(.notFound(.meeting, meeting.joined(separator: " ")), lang: lang, status: 1)
            }
            let mode: AttendanceSheetExport.Mode =
                blank
                ? .blank
                : filled ? .filled : AttendanceSheetExport.Mode.standard(now: lookup.now, start: start)
            try document.write(lang: lang, kind: "emargement") { format in
                guard let made = try documents.sheet(id, format: format, mode: mode) else {
                    throw Failure(.notFound(.meeting, meeting.joined(separator: " ")), lang: lang, status: 1)
                }
                return made
            }
        }
    }
}

/// `--format` and `-o` of the documents made from a meeting, and how
/// they are written.
struct DocumentOptions: ParsableArguments {
    @Option(
        name: .shortAndLong, help: ArgumentHelp(tr("File to write (-: standard output).", HelpLanguage.fr)))
    var output: String?
    @Option(
        name: .long,
        help: ArgumentHelp(tr("md, html or pdf (default: from the extension of -o).", HelpLanguage.fr)))
    var format: MeetingDocuments.Format?
    @Flag(name: .long, help: ArgumentHelp(tr("Replaces the file if it exists.", HelpLanguage.fr))) var force =
        false

    /// The documents, with the user's templates; a template that does not
    /// parse is said on standard error, and the built-in one used.
    static func documents(_ lookup: Lookup, global: GlobalOptions, lang: Lang) -> MeetingDocuments {
        let templates = DocumentTemplates(
            folder: ConfigPaths.configFolder(environment: global.environment).map { $0 + "/templates" })
        for problem in templates.problems {
            Console.message(Strings.text(.cli(.templateProblem(problem)), lang))
        }
        return MeetingDocuments(store: lookup.store, lang: lang, templates: templates)
    }

    /// Without `-o`: every format in the current folder, or, with
    /// `standardOutput`, the chosen one (Markdown by default) on standard
    /// output.
    func write(
        lang: Lang, kind: String, standardOutput: Bool = false,
        make: (MeetingDocuments.Format) throws -> (text: String, meeting: Meeting)
    ) throws {
        try write(
            lang: lang, standardOutput: standardOutput,
            base: { MeetingDocuments.baseName(kind, try make(.html).meeting, clock: .paris) },
            make: { try make($0).text })
    }

    /// Without `-o`: every format in the current folder, named `base`, or,
    /// with `standardOutput`, the chosen one (Markdown by default) on
    /// standard output; with `-o`, the format its extension names.
    func write(
        lang: Lang, standardOutput: Bool = false, base: () throws -> String,
        make: (MeetingDocuments.Format) throws -> String
    ) throws {
        guard let output = output ?? (standardOutput ? "-" : nil) else {
            let html = try make(.html)
            let markdown = try make(.md)
            let written: DocumentSet.Written
            do {
                written = try DocumentSet.write(
                    markdown: markdown, html: html, base: try base(),
                    in: FileManager.default.currentDirectoryPath, pdf: format != .md && format != .html)
            } catch let error as FileError {
                throw Failure(message: Strings.describe(error, lang), status: 2)
            }
            Lookup.print(written.paths)
            if let problem = written.pdfProblem { throw Failure(.noPDF(problem), lang: lang, status: 3) }
            return
        }
        let lower = output.lowercased()
        let named: MeetingDocuments.Format? =
            lower.hasSuffix(".html") || lower.hasSuffix(".htm")
            ? .html : lower.hasSuffix(".pdf") ? .pdf : lower.hasSuffix(".md") ? .md : nil
        // A .pdf name with Markdown inside would open as a broken PDF.
        if let format, let named, format != named {
            throw Failure(.script(.formatContradictsName(format: format.rawValue, file: output)), lang: lang)
        }
        let chosen = format ?? (output == "-" ? .md : nil) ?? named ?? .md
        if chosen != .pdf {
            try OutputFile.write(try make(chosen), to: output, force: force, lang: lang)
            return
        }
        try Self.writePDF(html: try make(.html), to: output, force: force, lang: lang)
    }

    /// `html` as a PDF at `output`; without WeasyPrint (or when it fails)
    /// the HTML is written beside where the PDF was to go, and the command
    /// ends with status 3 saying why.
    static func writePDF(html: String, to output: String, force: Bool, lang: Lang) throws {
        do {
            try OutputFile.write(bytes: try PDFRenderer.render(html), to: output, force: force, lang: lang)
        } catch let problem as PDFRenderer.Problem {
            if output != "-" {
                let beside =
                    output.lowercased().hasSuffix(".pdf")
                    ? String(output.dropLast(4)) + ".html" : output + ".html"
                try OutputFile.write(html, to: beside, force: force, lang: lang)
            }
            throw Failure(.noPDF(problem), lang: lang, status: 3)
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
        help: ArgumentHelp(tr("File to write (-: standard output).", HelpLanguage.fr))) var output = "-"
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
            "Without -o, on standard output in the chosen format (md by default). With -o FILE.md, FILE.html or FILE.pdf, that format, never replacing a file unless --force. The PDF needs WeasyPrint (apt install weasyprint).",
            HelpLanguage.fr))

    @ParentCommand var parent: ExportCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The meeting: its number or words of its title.", HelpLanguage.fr)))
    var meeting: [String]
    @OptionGroup var document: DocumentOptions

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let lookup = try Lookup(global, lang: lang)
            let id = try lookup.resolve(.meeting, meeting.joined(separator: " "))
            let documents = DocumentOptions.documents(lookup, global: global, lang: lang)
            try document.write(lang: lang, kind: "compte-rendu", standardOutput: true) { format in
                guard let made = try documents.minutes(id, format: format, now: lookup.now) else {
                    throw Failure(.notFound(.meeting, meeting.joined(separator: " ")), lang: lang, status: 1)
                }
                return made
            }
        }
    }
}

extension MeetingDocuments.Format: ExpressibleByArgument {}
