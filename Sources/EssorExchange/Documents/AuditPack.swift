import Crypto
import EssorCore
import EssorStore
import Foundation
import ZIPFoundation

/// The audit pack (dossier de contrôle): every attendance sheet and every
/// minutes document of the meetings held in a period, the partners' days,
/// an HTML index linking them with the retention date, and a
/// `MANIFEST.sha256` of every file (`sha256sum -c MANIFEST.sha256`
/// checks it), as a folder or a zip.
public struct AuditPack {
    public struct Scope: Sendable {
        public var cohort: CohortID?
        public var from: LocalDate?
        public var to: LocalDate?

        public init(cohort: CohortID? = nil, from: LocalDate? = nil, to: LocalDate? = nil) {
            self.cohort = cohort
            self.from = from
            self.to = to
        }
    }

    public struct Result: Sendable {
        /// The folder or the zip written.
        public var path: String
        /// Every file, relative to the pack's root, the manifest last.
        public var files: [String]
        public var meetings: Int
        /// Why the PDFs are missing (each document is there in HTML).
        public var pdfProblem: PDFRenderer.Problem?
    }

    public enum Problem: Error, Equatable, Sendable {
        /// The target exists (a pack is never written over anything).
        case exists(String)
        case file(FileError)
        case zip(String)
        case storeChanged
    }

    let documents: MeetingDocuments
    let store: Store
    let lang: Lang
    let clock: WallClock
    let templates: DocumentTemplates

    public init(
        store: Store, lang: Lang, clock: WallClock = .paris, templates: DocumentTemplates = .standard
    ) {
        self.store = store
        self.lang = lang
        self.clock = clock
        self.templates = templates
        documents = MeetingDocuments(store: store, lang: lang, clock: clock, templates: templates)
    }

    /// The meetings held in the scope (begun by `now`), in date order.
    public func meetings(_ scope: Scope, now: Int64) throws -> [MeetingID] {
        let start = scope.from.map { clock.instant($0, hour: 0, minute: 0) } ?? Int64.min / 2
        var end = scope.to.map { clock.instant($0.adding(days: 1), hour: 0, minute: 0) } ?? Int64.max / 2
        end = min(end, now + 1)
        return try store.meetingIDs(MeetingFilter(cohort: scope.cohort), from: start, to: end)
    }

    /// Writes the pack at `target`: a folder (which must not exist), or a
    /// zip when the name ends in `.zip`. `pdf`: make PDFs when WeasyPrint
    /// is there.
    public func write(
        _ scope: Scope, to target: String, now: Int64, pdf: Bool = true,
        progress: (Int, Int) -> Void = { _, _ in }
    ) throws(Problem) -> Result {
        let zip = target.lowercased().hasSuffix(".zip")
        guard PathKind.of(target) == .absent else { throw .exists(target) }
        let folder = zip ? FilePublishing.temporaryName(beside: target, tag: "dossier") : target
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        } catch {
            throw .file(.refused(path: folder, reason: FileProblem(errno: errno)))
        }
        var result: Result
        do {
            result = try fill(folder, scope: scope, now: now, pdf: pdf, progress: progress)
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            throw error
        }
        result.path = target
        guard zip else { return result }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = FilePublishing.temporaryName(beside: target, tag: "zip")
        do {
            try FileManager.default.zipItem(
                at: URL(fileURLWithPath: folder), to: URL(fileURLWithPath: archive), shouldKeepParent: false,
                compressionMethod: .deflate)
        } catch {
            unlink(archive)
            throw .zip(String(describing: error))
        }
        if let code = FilePublishing.publish(archive, as: target, replacing: false) {
            throw code == EEXIST
                ? .exists(target) : .file(.refused(path: target, reason: FileProblem(errno: code)))
        }
        return result
    }

    private func fill(
        _ folder: String, scope: Scope, now: Int64, pdf: Bool, progress: (Int, Int) -> Void
    ) throws(Problem) -> Result {
        var files: [String] = []
        var entries: [IndexView.Entry] = []
        var pdfProblem: PDFRenderer.Problem?
        let ids: [MeetingID]
        let programme: Programme?
        let report: PartnerReport
        var cohortName: String?
        var cohorts: [CohortID: String] = [:]
        do {
            ids = try meetings(scope, now: now)
            programme = try store.programme()
            report = PartnerReport(try store.missionLoads(cohort: scope.cohort, now: now))
            if let cohort = scope.cohort { cohortName = try store.cohortRows([cohort]).first?.cohort.name }
            cohorts = Dictionary(uniqueKeysWithValues: try store.cohortNames().map { ($0.id, $0.name) })
        } catch {
            throw .storeChanged
        }
        func write(_ bytes: [UInt8], _ name: String) throws(Problem) {
            do {
                try FilePublishing.write(bytes, to: folder + "/" + name, replacing: false)
            } catch {
                throw .file(error)
            }
            files.append(name)
        }
        func document(_ html: String, _ name: String) throws(Problem) -> (html: String, pdf: String?) {
            try write(Array(OutputText.document(html).utf8), name + ".html")
            guard pdf && pdfProblem == nil else { return (name + ".html", nil) }
            do {
                try write(try PDFRenderer.render(html), name + ".pdf")
                return (name + ".html", name + ".pdf")
            } catch let problem as PDFRenderer.Problem {
                pdfProblem = problem
            } catch let problem as Problem {
                throw problem
            } catch {
                pdfProblem = .failed(status: -1, message: String(describing: error))
            }
            return (name + ".html", nil)
        }
        for sub in ["emargements", "comptes-rendus"] {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder + "/" + sub, withIntermediateDirectories: false)
            } catch {
                throw .file(.refused(path: folder + "/" + sub, reason: FileProblem(errno: errno)))
            }
        }
        var used: Set<String> = []
        for (index, id) in ids.enumerated() {
            progress(index, ids.count)
            let sheet: (text: String, meeting: Meeting)?
            let minutes: (text: String, meeting: Meeting)?
            do {
                sheet = try documents.sheet(id, format: .html, mode: .filled)
                minutes = try documents.minutes(id, format: .html, now: now)
            } catch {
                throw .storeChanged
            }
            guard let sheet, let minutes else { continue }
            var base = MeetingDocuments.baseName("emargement", sheet.meeting, clock: clock)
            if used.contains(base) { base += "-\(id)" }
            used.insert(base)
            let s = try document(sheet.text, "emargements/" + base)
            let m = try document(
                minutes.text,
                "comptes-rendus/" + base.replacingOccurrences(of: "emargement", with: "compte-rendu"))
            let start = clock.local(sheet.meeting.start)
            entries.append(
                IndexView.Entry(
                    date: start.date.dayMonthYear, title: OutputText.clean(sheet.meeting.title, for: .file),
                    kind: ExportLabels(lang).kind(sheet.meeting.kind),
                    cohort: OutputText.clean(cohorts[sheet.meeting.cohortID] ?? "", for: .file),
                    sheetHTML: s.html,
                    sheetPDF: s.pdf ?? "",
                    hasSheetPDF: s.pdf != nil, minutesHTML: m.html, minutesPDF: m.pdf ?? "",
                    hasMinutesPDF: m.pdf != nil))
        }
        progress(ids.count, ids.count)
        let total = tr("Total", lang == .fr)
        do {
            try write(Array(try report.csv(lang, totalLabel: total).utf8), "jours-partenaires.csv")
        } catch let problem as Problem {
            throw problem
        } catch {
            throw .zip(String(describing: error))
        }
        let index = IndexView(
            programme: programme, lang: lang, scope: scope, cohortName: cohortName, entries: entries,
            report: report.rows(lang, totalLabel: total), titles: PartnerReport.titles(lang), now: now,
            clock: clock, pdfMissing: pdf && pdfProblem != nil)
        try write(Array(OutputText.document(templates.render("dossier.html", index)).utf8), "index.html")
        // The manifest, last: every file but itself, in `sha256sum` format.
        var manifest = ""
        for name in files.sorted() {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name) else {
                throw .file(.refused(path: folder + "/" + name, reason: FileProblem(errno: EIO)))
            }
            let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            manifest += "\(digest)  \(name)\n"
        }
        try write(Array(manifest.utf8), "MANIFEST.sha256")
        return Result(path: folder, files: files, meetings: entries.count, pdfProblem: pdfProblem)
    }
}
