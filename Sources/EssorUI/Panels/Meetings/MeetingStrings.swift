import EssorCore
import EssorExchange
import EssorStore
import Foundation

/// Messages of the Séances panel: its views, meeting form, attendance,
/// conflicts and exports.
public enum MeetingMsg: Equatable, Sendable {
    case field(MeetingDraft.Field)
    case agendaField(AgendaItemDraft.Field)
    case recurrence(Recurrence)
    case newMeetingTitle
    case newAgendaItemTitle
    case addAgendaHint
    case addPartnerHint
    case partnerPickerTitle
    case timePlaceholder
    case durationPlaceholder
    case viewLabel(MeetingsView)
    case when(MeetingWhen)
    case kindFilter(MeetingKind?)
    case weekOf(String)
    case noMeetingThatDay
    /// The agenda's line between past and coming meetings.
    case nowMarker(day: String, time: String)
    case dayMeetings(String, Int)
    case datePrompt
    case dateExpected(String)
    case conflictsHeading(Int)
    case conflictLine(title: String, when: String, reasons: [ConflictReason])
    case conflictTitle(Int)
    case conflictQuestion
    case seriesTitle(Int)
    case seriesOne
    case seriesFollowing(Int)
    case seriesHint
    case created(title: String, count: Int)
    case updated(title: String, count: Int)
    case series(Int)
    case attendanceTitle(String)
    case attendanceStatus(AttendanceStatus?)
    case attendanceColumns
    case attendanceSaved(present: Int, total: Int)
    /// The name of a person added, with where they are attached (nil: another organisation).
    case personPrompt(String?)
    case walkInNeedsOrganisation
    case personAlreadyListed(String)
    case personRemoved(String)
    case contactStaysOnSheet(String)
    case personUnnamed
    case arrivalPrompt
    /// Checked in on a meeting not running now: no arrival time stamped.
    case presentWithoutTime(date: String, times: String)
    case exportTitle
    case exportChoices
    case auditPackProgress(done: Int, total: Int)
    case exported([String], pdf: PDFRenderer.Problem?, templates: [DocumentTemplates.Problem])
    case exportFailed(String)
    // Atelier
    case workshopTitle(String)
    case workshopOrder(WorkshopOrder)
    case deleteContribution(String)
    case captured(WorkshopItemKind)
    case itemKind(WorkshopItemKind)
    case contributionsTab(Int)
    case checkInTab(present: Int, total: Int)
    case actionsTab(Int)
    case capturePrompt
    case votesPrompt
    case currentItem(index: Int, count: Int, title: String)
    case sessionTime(spent: String, planned: String)
    case noAgenda
    case paused
    case noContributions
    case noPendingActions
    case pendingFrom(String)
    case votesCount(Int)
    case following
}

enum MeetingStrings {
    static func text(_ msg: MeetingMsg, _ fr: Bool) -> String {
        switch msg {
        case .field(let field): return self.field(field, fr)
        case .agendaField(let field):
            switch field {
            case .title: return tr("Item", fr)
            case .minutes: return tr("Length", fr)
            case .owner: return tr("Led by", fr)
            }
        case .recurrence(let recurrence):
            switch recurrence {
            case .none: return tr("none", fr)
            case .weekly: return tr("every week", fr)
            case .biweekly: return tr("every two weeks", fr)
            case .monthly: return tr("every month (same weekday)", fr)
            }
        case .newMeetingTitle: return tr("New meeting", fr)
        case .newAgendaItemTitle: return tr("New agenda item", fr)
        case .addAgendaHint: return tr("no items — + to add one", fr)
        case .addPartnerHint:
            return tr("no partners — + to add one", fr)
        case .partnerPickerTitle: return tr("Add a partner", fr)
        case .timePlaceholder: return "14h30"
        case .durationPlaceholder: return tr("2h, 1h30, 90 min", fr)
        case .viewLabel(let view):
            switch view {
            case .agenda: return tr("agenda view", fr)
            case .week: return tr("week view", fr)
            case .month: return tr("month view", fr)
            }
        case .when(let when):
            switch when {
            case .all: return tr("all", fr)
            case .upcoming: return tr("upcoming", fr)
            case .past: return tr("past", fr)
            }
        case .kindFilter(let kind):
            guard let kind else { return tr("all kinds", fr) }
            return Strings.text(.meetingKindShort(kind), fr ? .fr : .en)
        case .weekOf(let date): return tr("week of %s", fr, date)
        case .noMeetingThatDay: return tr("No meeting that day", fr)
        case .nowMarker(let day, let time): return tr("today, %1$s — %2$s", fr, day, time)
        case .dayMeetings(let day, let n):
            return "\(day) · " + trn("%d meeting", "%d meetings", n, fr)
        case .datePrompt: return tr("Go to: ", fr)
        case .dateExpected(let text):
            return tr("Date not understood “%s”: DD/MM/YYYY, DD/MM or YYYY-MM-DD", fr, text)
        case .conflictsHeading(let n): return tr("Conflicts (%s)", fr, n)
        case .conflictLine(let title, let when, let reasons):
            return "\(title) (\(when))\(tr(": ", fr))" + summary(reasons, fr)
        case .conflictTitle(let n):
            return n == 1
                ? tr("This meeting conflicts with another", fr)
                : tr("This meeting conflicts with %s others", fr, n)
        case .conflictQuestion: return tr("Save anyway?", fr)
        case .seriesTitle(let n):
            return trn(
                "This meeting is part of a series (%d after it)",
                "This meeting is part of a series (%d after it)", n,
                fr)
        case .seriesOne: return tr("c: this meeting only", fr)
        case .seriesFollowing(let n):
            // Only ever 1 or more after it: the one-case has its own words.
            return n == 1 ? tr("s: this one and the next", fr) : tr("s: this one and the %s after it", fr, n)
        case .seriesHint: return tr("Esc: back to the form", fr)
        case .created(let title, let count):
            return count == 1
                ? (tr("Meeting created: “%s”", fr, title))
                : (tr("%1$s meetings created: “%2$s”", fr, count, title))
        case .updated(let title, let count):
            return count == 1
                ? (tr("Saved: “%s”", fr, title))
                : count == 2
                    ? tr("Saved: “%s” and the next", fr, title)
                    : tr("Saved: “%1$s” and the %2$s after it", fr, title, count - 1)
        case .series(let n): return tr("series (%s meetings)", fr, n)
        case .attendanceTitle(let title): return tr("Attendance — %s", fr, title)
        case .attendanceStatus(let status):
            switch status {
            case nil: return tr("—", fr)
            case .present?: return tr("present", fr)
            case .absent?: return tr("absent", fr)
            case .excused?: return tr("excused", fr)
            }
        case .attendanceColumns:
            return tr("Organisation|Person|Attendance|Arrival", fr)
        case .attendanceSaved(let present, let total):
            return trn(
                "Attendance saved: %d present of %s", "Attendance saved: %d present of %s", present, fr, total
            )
        case .personPrompt(let group?): return tr("Person with “%s” (Tab: next organisation): ", fr, group)
        case .personPrompt(nil):
            return tr("Person from another organisation — Name, Organisation (Tab: change): ", fr)
        case .personRemoved(let name):
            return tr("%s taken off the sheet (Enter saves, Esc gives it back).", fr, name)
        case .contactStaysOnSheet(let name):
            return tr(
                "%s is a contact of the organisation: they stay on the sheet; p, a or x changes their mark.",
                fr, name)
        case .personAlreadyListed(let name):
            return tr("%s is already on the sheet: marked present there.", fr, name)
        case .walkInNeedsOrganisation:
            return tr(
                "Another organisation's person: type « Name, Organisation », or Tab to attach elsewhere.", fr)
        case .personUnnamed: return tr("(person to name)", fr)
        case .arrivalPrompt: return tr("Arrival time: ", fr)
        case .presentWithoutTime(let date, let times):
            return tr(
                "Present, without an arrival time: the meeting (%1$s, %2$s) is not running now. h types the time.",
                fr,
                date, times)
        case .exportTitle: return tr("Export", fr)
        case .exportChoices:
            return tr(
                "e: attendance sheet of the meeting (Markdown, HTML, PDF) · i: iCalendar agenda (.ics) · d: audit pack (zip)",
                fr)
        case .auditPackProgress(let done, let total):
            return tr(
                "Audit pack: meeting %1$s of %2$s (a PDF per document: this takes a while)…", fr,
                min(done + 1, total),
                total)
        case .exported(let paths, let pdf, let templates):
            // Files side by side: their folder once, then their names.
            let folders = Set(paths.map { ($0 as NSString).deletingLastPathComponent })
            var text =
                paths.count > 1 && folders.count == 1
                ? tr(
                    "Written in %1$s: %2$s", fr, folders.first!,
                    paths.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "))
                : tr("Written: %s", fr, paths.joined(separator: ", "))
            switch pdf {
            case .notInstalled?: text += " · " + tr("no PDF: install WeasyPrint (apt install weasyprint)", fr)
            case .failed(_, let message)?: text += " · " + tr("no PDF: WeasyPrint failed: %s", fr, message)
            case nil: break
            }
            for problem in templates { text += " · " + Self.templateProblem(problem, fr) }
            return text
        case .exportFailed(let reason): return tr("Export failed: %s", fr, reason)
        case .workshopTitle(let title): return tr("Workshop — %s", fr, title)
        case .workshopOrder(let order):
            switch order {
            case .time: return tr("order: as captured", fr)
            case .votes: return tr("order: by votes", fr)
            case .tags: return tr("order: by tag", fr)
            }
        case .deleteContribution(let text): return tr("Delete “%s”?", fr, text)
        case .captured(let kind):
            return tr("Saved: %s. Type the next one; Esc closes the line.", fr, text(.itemKind(kind), fr))
        case .itemKind(let kind):
            switch kind {
            case .idea: return tr("idea", fr)
            case .question: return "question"
            case .decision: return tr("decision", fr)
            case .action: return "action"
            }
        case .contributionsTab(let n): return "Contributions (\(n))"
        case .checkInTab(let present, let total):
            return tr("Check-in %1$s/%2$s", fr, present, total)
        case .actionsTab(let n): return tr("Actions to review (%s)", fr, n)
        case .capturePrompt: return tr("Capture: ", fr)
        case .votesPrompt: return tr("Votes: ", fr)
        case .currentItem(let index, let count, let title): return "\(index)/\(count) · \(title)"
        case .sessionTime(let spent, let planned):
            return tr("Session: %1$s of %2$s planned", fr, spent, planned)
        case .noAgenda:
            return tr("No agenda: e on the meeting to add one", fr)
        case .paused: return tr("paused — Space to start", fr)
        case .noContributions:
            return tr("Nothing yet — Enter to capture an idea, a question, a decision or an action", fr)
        case .noPendingActions:
            return tr("No action left from earlier meetings", fr)
        case .pendingFrom(let when): return tr("meeting of %s", fr, when)
        case .votesCount(let n): return "+\(n)"
        case .following: return tr("following live (read only)", fr)
        }
    }

    /// Reasons grouped by kind: `partenaire Bartle ; animation SocialCOBizz ;
    /// 8 structures (Coop des Deux Rives, La Table Partagée…) ; même lieu`.
    /// `~/.config/essor/templates/emargement.html.mustache, line 12: … (built-in template used)`.
    static func templateProblem(_ problem: DocumentTemplates.Problem, _ fr: Bool) -> String {
        let reason: String
        switch problem.reason {
        case .unreadable:
            return tr("template %1$s cannot be read (the built-in one is used)", fr, problem.path)
        case .unclosedSection:
            reason = tr("a section {{#…}} or {{^…}} is never closed with {{/…}} (found at the end)", fr)
        case .wrongClose: reason = tr("this {{/…}} closes another section than the one open", fr)
        case .unfinishedTag: reason = tr("a tag {{ has no closing }}", fr)
        case .other(let text): reason = text
        }
        return tr(
            "template %1$s, line %2$s: %3$s (the built-in one is used)", fr, problem.path, problem.line,
            reason)
    }

    static func summary(_ reasons: [ConflictReason], _ fr: Bool) -> String {
        var partners: [String] = []
        var facilitators: [String] = []
        var structures: [String] = []
        var place: String?
        for reason in reasons {
            switch reason {
            case .partner(let name): partners.append(name)
            case .facilitator(let name): facilitators.append(name)
            case .structure(let name): structures.append(name)
            case .place(let name): place = name
            }
        }
        var parts: [String] = []
        if !partners.isEmpty {
            parts.append(
                partners.count == 1
                    ? tr("partner %s", fr, partners[0])
                    : tr("partners %s", fr, partners.joined(separator: ", ")))
        }
        if !facilitators.isEmpty {
            parts.append(tr("facilitator %s", fr, facilitators.joined(separator: ", ")))
        }
        switch structures.count {
        case 0: break
        case 1: parts.append(tr("organisation %s", fr, structures[0]))
        case 2...3: parts.append(tr("organisations %s", fr, structures.joined(separator: ", ")))
        default:
            parts.append(
                trn(
                    "%1$d organisation (%2$s…)", "%1$d organisations (%2$s…)", structures.count, fr,
                    structures.prefix(2).joined(separator: ", ")))
        }
        if let place { parts.append(tr("same place (%s)", fr, place)) }
        return parts.joined(separator: tr("; ", fr))
    }

    static func field(_ field: MeetingDraft.Field, _ fr: Bool) -> String {
        switch field {
        case .cohort: tr("Cohort", fr)
        case .kind: "Type"
        case .title: trc("meeting", "Title", fr)
        case .date: "Date"
        case .time: tr("Time", fr)
        case .duration: tr("Length", fr)
        case .place: tr("Place", fr)
        case .videoLink: tr("Video link", fr)
        case .facilitators: tr("Facilitators", fr)
        case .agenda: tr("Agenda", fr)
        case .invited: tr("Invited organisations", fr)
        case .partners: tr("Partners", fr)
        case .notes: "Notes"
        case .recurrence: tr("Repeat", fr)
        case .occurrences: tr("Number of meetings", fr)
        }
    }
}
