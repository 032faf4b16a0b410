import EssorCore
import EssorStore

/// The index page of an audit pack: what it covers, how long to keep it,
/// a link to every document, and the partners' days.
struct IndexView {
    struct Entry {
        var date, title, kind, cohort, sheetHTML, sheetPDF: String
        var hasSheetPDF: Bool
        var minutesHTML, minutesPDF: String
        var hasMinutesPDF: Bool
    }

    struct Row {
        var cells: [String]
    }

    struct Labels {
        var title, scope, period, generated, retention, meetings, date, meeting, kind, sheet, minutes: String
        var partnerDays, csv, manifest, pdfMissing, none, colon, operation, funders, cohort: String
        var partnerDaysNote: String
    }

    var lang: String
    var labels: Labels
    var identity: IdentityView
    var heading: String
    var running: String
    var scope: String
    var period: String
    var generated: String
    var retention: String
    var entries: [Entry]
    var hasEntries: Bool
    var titles: [String]
    var rows: [Row]
    var pdfMissing: Bool
    /// Every cohort: each meeting says which.
    var showCohort: Bool

    init(
        programme: Programme?, lang: Lang, scope: AuditPack.Scope, cohortName: String?, entries: [Entry],
        report: [[String]], titles: [String], now: Int64, clock: WallClock, pdfMissing: Bool
    ) {
        let fr = lang == .fr
        let clean = { (text: String) in OutputText.clean(text, for: .file) }
        labels = Labels(
            title: tr("Audit pack", fr), scope: tr("Scope", fr), period: tr("Period", fr),
            generated: tr("Made on", fr), retention: tr("Keep until", fr), meetings: tr("Meetings held", fr),
            date: "Date", meeting: tr("Meeting", fr), kind: "Type", sheet: tr("Attendance sheet", fr),
            minutes: tr("Minutes", fr), partnerDays: tr("Partners' days", fr),
            csv: tr("as CSV: jours-partenaires.csv", fr),
            manifest: tr(
                "Every file is listed with its SHA-256 fingerprint in MANIFEST.sha256; « sha256sum -c MANIFEST.sha256 » checks that none has changed.",
                fr),
            pdfMissing: tr(
                "The PDFs could not be made (WeasyPrint is not installed): each document is here in HTML, which prints as A4.",
                fr),
            none: tr("No meeting held in this period.", fr), colon: fr ? " :" : ":",
            operation: tr("Operation no.", fr), funders: tr("Funders", fr), cohort: tr("Cohort", fr),
            partnerDaysNote: tr(
                "The partners' missions of the scope as they stand on the day the pack is made, whatever its period.",
                fr))
        self.lang = fr ? "fr" : "en"
        identity = IdentityView(programme, lang: lang)
        heading = "\(labels.title) — \(clean(programme?.name ?? "essor"))"
        self.scope = clean(cohortName ?? tr("All cohorts", fr))
        let words = ExportLabels(lang)
        switch (scope.from, scope.to) {
        case (let from?, let to?): period = tr("from %1$s to %2$s", fr, from.dayMonthYear, to.dayMonthYear)
        case (let from?, nil): period = tr("from %s", fr, from.dayMonthYear)
        case (nil, let to?): period = tr("until %s", fr, to.dayMonthYear)
        case (nil, nil): period = tr("every meeting held", fr)
        }
        let today = clock.local(now).date
        generated = words.longDate(today)
        running = "\(labels.title) — \(today.dayMonthYear)"
        let years = programme?.retention ?? .standard
        if let payment = programme?.lastPayment {
            retention = tr(
                "%1$s: %2$s years from 31 December of the year of the last payment (%3$s); Regulation (EU) 2021/1060, art. 82",
                fr, years.keptUntil(lastPayment: payment).dayMonthYear, years.rawValue, payment.dayMonthYear)
        } else {
            retention = tr(
                "%s years from 31 December of the year of the last payment, whose date is not set yet (essor programme set dernier_paiement=DD/MM/YYYY); Regulation (EU) 2021/1060, art. 82",
                fr, years.rawValue)
        }
        self.entries = entries
        hasEntries = !entries.isEmpty
        self.titles = titles
        rows = report.map { Row(cells: $0.map(clean)) }
        self.pdfMissing = pdfMissing
        showCohort = scope.cohort == nil
    }
}
