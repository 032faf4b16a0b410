import ArgumentParser
import EssorCore
import EssorExchange
import EssorStore
import EssorUI
import Foundation

/// `essor export dossier`: the audit pack of the meetings held.
struct AuditPackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: tr(
            "The audit pack: every attendance sheet and minutes of the meetings held, the partners' days, an index and a SHA-256 manifest.",
            HelpLanguage.fr),
        discussion: tr(
            "-o FOLDER writes a new folder (it must not exist); -o FILE.zip writes a zip. Without -o: dossier-YYYY-MM-DD.zip in the current folder. Documents are in PDF when WeasyPrint is installed, always in HTML. Check the files with « sha256sum -c MANIFEST.sha256 » in the folder.",
            HelpLanguage.fr))

    @ParentCommand var parent: ExportCommand
    @OptionGroup var own: GlobalOptions
    @OptionGroup var period: PeriodOptions
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("The folder or .zip file to write.", HelpLanguage.fr)))
    var output: String?
    @Flag(name: .long, help: ArgumentHelp(tr("HTML only, without PDFs (faster).", HelpLanguage.fr)))
    var noPDF = false

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let days = try period.days(lang)
            let scope = AuditPack.Scope(from: days.from, to: days.to)
            let lookup = try Lookup(global, lang: lang)
            var chosen = scope
            chosen.cohort = try period.cohort.map { try lookup.resolve(.cohort, $0) }
            let documents = DocumentOptions.documents(lookup, global: global, lang: lang)
            let pack = AuditPack(store: lookup.store, lang: lang, templates: documents.templates)
            let today = WallClock.paris.local(lookup.now).date
            let target = GlobalOptions.absolute(output ?? "dossier-\(today.iso).zip")
            let interactive = isatty(STDERR_FILENO) == 1
            do {
                let result = try pack.write(chosen, to: target, now: lookup.now, pdf: !noPDF) { done, total in
                    guard interactive, total > 0 else { return }
                    FileHandle.standardError.write(Data("\r\(done)/\(total)".utf8))
                }
                if interactive { FileHandle.standardError.write(Data("\r".utf8)) }
                Lookup.print([result.path])
                Console.message(
                    Strings.text(
                        .cli(.auditPackWritten(meetings: result.meetings, files: result.files.count)), lang))
                if let problem = result.pdfProblem {
                    Console.message(Strings.text(.cli(.noPDF(problem)), lang))
                }
                if result.meetings == 0 { Console.message(Strings.text(.cli(.auditPackEmpty), lang)) }
            } catch let problem as AuditPack.Problem {
                switch problem {
                case .exists(let path): throw Failure(.auditPackExists(path), lang: lang, status: 2)
                case .file(let error): throw Failure(message: Strings.describe(error, lang), status: 2)
                case .zip(let reason): throw Failure(.auditPackZip(reason), lang: lang, status: 2)
                case .storeChanged: throw Failure(.auditPackZip("store"), lang: lang, status: 2)
                }
            }
        }
    }
}
