import EssorCore
import EssorStore

/// The attendance sheet (feuille d'émargement) of a meeting, as a funder
/// audits it: the programme's identity and the EU block, the meeting, a
/// signature column per half-day (or per day), every invited person
/// grouped by organisation, then the facilitators and the partners, blank
/// rows for people who come unannounced, the totals, « Certifié exact »
/// with the signatory, and the operation's reference and privacy notice.
///
/// A *blank* sheet is printed before the meeting: no times, no statuses.
/// A *filled* one after it: arrival times, « excusé(e) » or « absent(e) »
/// in place of a signature, and a mark on any time stamped after the
/// meeting had ended.
public enum AttendanceSheetExport {
    public static let blankRows = 5

    public enum Mode: Sendable, Equatable {
        case blank, filled

        /// Blank until the meeting starts (to print and take along),
        /// filled from then on.
        public static func standard(now: Int64, start: Int64) -> Mode { now < start ? .blank : .filled }
    }

    public static func html(
        _ sheet: AttendanceSheet, programme: Programme?, lang: Lang, clock: WallClock = .paris,
        mode: Mode = .filled, templates: DocumentTemplates = .standard
    ) -> String {
        templates.render(
            "emargement.html", view(sheet, programme: programme, lang: lang, clock: clock, mode: mode))
    }

    /// For reading on screen; its header says to sign the PDF or HTML.
    public static func markdown(
        _ sheet: AttendanceSheet, programme: Programme?, lang: Lang, clock: WallClock = .paris,
        mode: Mode = .filled, templates: DocumentTemplates = .standard
    ) -> String {
        templates.render(
            "emargement.md", view(sheet, programme: programme, lang: lang, clock: clock, mode: mode))
    }

    struct CellView {
        var text: String
        var hasText: Bool
    }

    struct RowView {
        var name: String
        var role: String
        var arrival: String
        var late: Bool
        var cells: [CellView]
    }

    struct GroupView {
        var title: String
        var rows: [RowView]
    }

    struct Labels {
        var title, readingOnly, programme, funders, operation, cohort, meeting, date, times, place: String
        var facilitators, name, role, arrival, signature, organisation, walkIns, facilitation: String
        var partners, totals, certified, signatory, signedOn, late, privacy, colon, present, invited: String
        var otherOrganisations: String
    }

    struct View {
        var lang: String
        var labels: Labels
        var identity: IdentityView
        var meetingTitle, kind, cohort, date, times, place, facilitators, running: String
        var hasPlace, hasFacilitators, blank, filled: Bool
        var columns: [CellView]
        var colspan: Int
        var groups: [GroupView]
        var walkIns: [RowView]
        var invited, present: Int
        var hasLate: Bool
    }

    static func view(
        _ sheet: AttendanceSheet, programme: Programme?, lang: Lang, clock: WallClock, mode: Mode
    ) -> View {
        let fr = lang == .fr
        let words = ExportLabels(lang)
        let clean = { (text: String) in OutputText.clean(text, for: .file) }
        let m = sheet.meeting
        let start = clock.local(m.start)
        let end = clock.local(m.end)
        let columns = SignatureColumn.columns(from: start, to: end)
        let filled = mode == .filled
        let labels = Labels(
            title: words.sheetTitle,
            readingOnly: tr(
                "For reading only: sign the printed PDF or HTML sheet (essor export emargement --format pdf).",
                fr),
            programme: words.programme, funders: words.funders, operation: tr("Operation no.", fr),
            cohort: words.cohort, meeting: words.meeting, date: words.date, times: words.times,
            place: words.place, facilitators: words.facilitators, name: tr("Name", fr),
            role: tr("Role", fr), arrival: words.arrival, signature: words.signature,
            organisation: words.structure, walkIns: words.extraRows,
            facilitation: trc("attendance sheet group", "Facilitation", fr), partners: words.partners,
            totals: tr("Totals", fr), certified: tr("Certified accurate", fr),
            signatory: tr("Signatory", fr), signedOn: "Date",
            late: tr("time entered after the meeting had ended", fr),
            privacy: tr("Personal data", fr), colon: fr ? " :" : ":",
            present: trc("attendance totals", "present", fr),
            invited: trc("attendance totals", "invited", fr),
            otherOrganisations: tr("Other organisations", fr))
        func column(_ c: SignatureColumn) -> CellView {
            let text: String
            switch c.half {
            case .morning?: text = trc("half-day", "Morning", fr)
            case .afternoon?: text = trc("half-day", "Afternoon", fr)
            case nil:
                text =
                    "\(CalendarNames.weekday(c.date.weekday, fr).prefix(3)). \(c.date.dayMonthYear.prefix(5))"
            }
            return CellView(text: text, hasText: true)
        }
        var hasLate = false
        func row(_ name: String, _ role: String, status: AttendanceStatus?, arrivedAt: Int64?) -> RowView {
            var arrival = ""
            var late = false
            var mark = ""
            if filled {
                switch status {
                case .excused?: mark = fr ? "excusé(e)" : "excused"
                case .absent?: mark = fr ? "absent(e)" : "absent"
                case .present?, nil: break
                }
                if status == .present, let at = arrivedAt {
                    arrival = words.time(clock.local(at))
                    late = at > m.end
                    hasLate = hasLate || late
                }
            }
            return RowView(
                name: clean(name), role: clean(role), arrival: arrival, late: late,
                cells: columns.map { _ in CellView(text: mark, hasText: !mark.isEmpty) })
        }
        // The sheet's rows come grouped: structures, partners, others.
        var structures: [GroupView] = []
        var partners: [GroupView] = []
        var others: [RowView] = []
        for r in sheet.rows {
            let view = row(r.person, r.role, status: r.status, arrivedAt: r.arrivedAt)
            switch r.group {
            case .structure:
                if structures.last?.title != clean(r.structureName) || structures.isEmpty {
                    structures.append(GroupView(title: clean(r.structureName), rows: []))
                }
                structures[structures.count - 1].rows.append(view)
            case .partner:
                let title = "\(labels.partners) — \(clean(r.structureName))"
                if partners.last?.title != title { partners.append(GroupView(title: title, rows: [])) }
                partners[partners.count - 1].rows.append(view)
            case .other(let organisation):
                // The organisation the person named, beside their name.
                var shown = view
                if !organisation.isEmpty { shown.name += " — " + clean(organisation) }
                others.append(shown)
            }
        }
        var groups = structures
        let invited = sheet.rows.filter { $0.isInvited && !$0.person.trimmingSpaces.isEmpty }.count
        let present = sheet.rows.filter { $0.status == .present }.count
        let facilitators = m.facilitators.split { $0 == "," || $0 == ";" || $0 == "\n" }
            .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        if !facilitators.isEmpty {
            groups.append(
                GroupView(
                    title: labels.facilitation
                        + (programme.map { $0.operatorName.isEmpty ? "" : " — " + clean($0.operatorName) }
                            ?? ""),
                    rows: facilitators.map { row($0, "", status: nil, arrivedAt: nil) }))
        }
        groups += partners
        if !others.isEmpty { groups.append(GroupView(title: labels.otherOrganisations, rows: others)) }
        let walkIns = (0..<blankRows).map { _ in row("", "", status: nil, arrivedAt: nil) }
        let date = words.longDate(start.date)
        let times = "\(words.time(start)) – \(words.time(end))"
        let place = [m.place, m.videoLink].filter { !$0.isEmpty }.joined(separator: " · ")
        return View(
            lang: fr ? "fr" : "en", labels: labels, identity: IdentityView(programme, lang: lang),
            meetingTitle: clean(m.title), kind: words.kind(m.kind), cohort: clean(sheet.cohortName),
            date: date,
            times: times, place: clean(place), facilitators: clean(m.facilitators),
            running: "\(words.sheetTitle) — \(clean(m.title)) — \(start.date.dayMonthYear)",
            hasPlace: !place.isEmpty, hasFacilitators: !m.facilitators.isEmpty, blank: !filled,
            filled: filled, columns: columns.map(column), colspan: 2 + (filled ? 1 : 0) + columns.count,
            groups: groups, walkIns: walkIns, invited: invited, present: present, hasLate: hasLate)
    }

    /// Text safe in a Markdown table cell: no line breaks, pipes escaped,
    /// markup characters taken literally, control characters dropped.
    static func cell(_ text: String) -> String {
        var out = ""
        for c in OutputText.clean(text, for: .file) {
            switch c {
            case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#": out += "\\" + String(c)
            case "\n", "\r", "\r\n", "\t": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
