import ArgumentParser
import EssorCore
import EssorExchange
import EssorStore
import EssorUI
import Foundation

/// `essor export fiches-temps --month M [--person P]`: the month's
/// timesheets to sign, one A4 page per person.
struct TimesheetExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fiches-temps",
        abstract: tr("The month's timesheets, one page per person, to sign.", HelpLanguage.fr),
        discussion: tr(
            "Days × cohort and task, the totals, the hourly rate and the cost, signature boxes for the employee and the manager; a person on a fixed share gets the mission letter's statement. Without -o, writes the Markdown, HTML and PDF in the current folder, never replacing a file; with -o FILE.md, FILE.html or FILE.pdf, that format only. The PDF needs WeasyPrint (apt install weasyprint).",
            HelpLanguage.fr))

    @ParentCommand var parent: ExportCommand
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(tr("The month: 2026-11.", HelpLanguage.fr))) var month: String
    @Option(name: .long, help: ArgumentHelp(tr("One person (number or name).", HelpLanguage.fr))) var person:
        String?
    @OptionGroup var document: DocumentOptions

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let lookup = try Lookup(global, lang: lang)
            let script = TimeScript(lookup: lookup)
            let m = try script.month(month)
            let member = try person.map { try script.person($0) }
            let sheets = try TimesheetExport.sheets(lookup.store, month: m, staff: member?.member.id)
            guard !sheets.isEmpty else {
                throw Failure(
                    message: tr(
                        "No one yet: essor temps personnes ajouter nom=… adds a person.", lang == .fr),
                    status: 1)
            }
            let templates = DocumentOptions.documents(lookup, global: global, lang: lang).templates
            try document.write(
                lang: lang,
                base: {
                    "fiches-temps-\(m.iso)" + (member.map { "-" + ExportFiles.slug($0.member.name) } ?? "")
                },
                make: { format in
                    format == .md
                        ? try TimesheetExport.markdown(sheets, lookup.store, lang: lang, templates: templates)
                        : try TimesheetExport.html(sheets, lookup.store, lang: lang, templates: templates)
                })
        }
    }
}
