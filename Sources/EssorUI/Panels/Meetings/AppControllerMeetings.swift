import EssorCore
import EssorExchange
import EssorStore
import Foundation

/// The Séances panel's store effects: forms, saving with conflict and
/// series checks, calendars, attendance.
extension AppController {
    func performMeeting(_ effect: MeetingEffect) throws -> Action? {
        switch effect {
        case .prepareMeetingSave(var record, let starts):
            if record.meeting.id != 0, let stored = try store.meetingRecord(id: record.meeting.id) {
                record.series = stored.series
                record.uid = stored.uid
            }
            let following = try store.followingCount(record)
            let conflicts = try store.conflicts(of: record, starts: starts)
            return .meetingSaveChecked(record, starts: starts, conflicts: conflicts, following: following)
        case .saveMeeting(let record, let starts, let scope):
            let created = record.meeting.id == 0
            let ids =
                created
                ? try store.create(record, starts: starts, by: author, at: state.now)
                : try store.update(record, scope: scope, clock: state.clock, by: author, at: state.now)
            changedHere()
            guard let first = ids.first else { return nil }
            return .meetingSaved(
                first, title: record.meeting.title, start: starts.first ?? record.meeting.start,
                count: ids.count,
                created: created)
        case .loadCohortMembers(let cohort):
            let ids = try store.structureIDs(order: .name, cohort: cohort)
            return .cohortMembersLoaded(
                cohort, try store.structureRows(ids).map { NamedRef(id: $0.id, name: $0.name) })
        case .loadPartnerPicker:
            return .partnerPickerLoaded(try store.partnerIDs(cohort: nil))
        case .loadCalendar(let from, let to):
            let ids = try store.meetingIDs(
                state.calendarFilter, from: state.clock.instant(from, hour: 0, minute: 0),
                to: state.clock.instant(to, hour: 0, minute: 0))
            return .calendarLoaded(from: from, to: to, try store.meetingRows(ids))
        case .locateDay(let day):
            let candidates = try store.firstMeeting(
                state.meetingFilter, from: state.clock.instant(day, hour: 0, minute: 0))
            let visible = Set(state.meetings.visible)
            return .dayLocated(day, candidates.first { visible.contains($0) })
        case .loadAttendance(let id):
            guard let sheet = try store.attendanceSheet(meeting: id) else {
                return .writeFailed(.conflict(entity: .meeting, id: id))
            }
            return .attendanceLoaded(sheet)
        case .saveAttendance(let id, let version, let entries):
            try store.setAttendance(entries, meeting: id, version: version, by: author, at: state.now)
            changedHere()
            return .attendanceSaved(
                present: entries.filter { $0.status == .present }.count, total: entries.count)
        case .exportAttendanceSheet(let id):
            return exportAttendanceSheet(id)
        case .exportCalendar:
            return exportCalendar()
        case .exportAuditPack(let cohort):
            return exportAuditPack(cohort)
        }
    }

    /// A new meeting: in the cohort in scope (else the selected meeting's,
    /// else the first), on the day the calendar shows (else today), with
    /// the cohort's members invited.
    func newMeetingDefaults() throws -> MeetingDraft {
        var draft = MeetingDraft()
        let selected = state.selectedID(.meetings).flatMap { state.rows.meetings[$0]?.meeting.cohortID }
        let first = try store.cohortNames().first?.id ?? 0
        draft.cohortID = state.scope ?? selected ?? first
        var day = state.meetingsView == .agenda ? state.today : state.calendar.day
        // Inside the cohort's period: its first day when it has not begun,
        // its last when it is over.
        if let cohort = try store.cohortRecord(id: draft.cohortID)?.cohort {
            day = min(max(day, cohort.startDate), cohort.endDate)
        }
        draft.date = day.dayMonthYear
        if draft.cohortID != 0 {
            draft.invitedIDs = try store.structureIDs(order: .name, cohort: draft.cohortID)
        }
        return draft
    }

    func meetingChoices(invited: [StructureID], partners: [PartnerID]) throws -> FormChoices {
        let structures = Dictionary(
            uniqueKeysWithValues: try store.structureRows(invited).map { ($0.id, $0.name) })
        let partnerNames = Dictionary(
            uniqueKeysWithValues: try store.partnerRows(partners).map { ($0.id, $0.partner.name) })
        var choices = FormChoices(
            cohorts: try store.cohortNames(), structureNames: structures, partnerNames: partnerNames)
        for row in try store.cohortRows(store.cohortIDs()) where row.cohort.startDate <= row.cohort.endDate {
            choices.cohortPeriods[row.id] = row.cohort.startDate...row.cohort.endDate
        }
        return choices
    }

    /// The selected meeting's attendance sheet: blank before the meeting
    /// starts (to print and sign), filled from then on; in Markdown (to
    /// read), HTML and, when WeasyPrint is installed, PDF (to sign).
    func exportAttendanceSheet(_ id: MeetingID) -> Action {
        do {
            let documents = MeetingDocuments(
                store: store, lang: state.lang, clock: state.clock, templates: documentTemplates)
            guard let meeting = try store.meetingDetail(id: id)?.meeting else {
                return .writeFailed(.conflict(entity: .meeting, id: id))
            }
            let mode = AttendanceSheetExport.Mode.standard(now: state.now, start: meeting.start)
            guard let html = try documents.sheet(id, format: .html, mode: mode),
                let markdown = try documents.sheet(id, format: .md, mode: mode)
            else { return .writeFailed(.conflict(entity: .meeting, id: id)) }
            let written = try DocumentSet.write(
                markdown: markdown.text, html: html.text,
                base: MeetingDocuments.baseName("emargement", meeting, clock: state.clock), in: exportFolder,
                pdf: true)
            return .exported(written.paths, pdf: written.pdfProblem, templates: documentTemplates.problems)
        } catch {
            return .exportFailed(Strings.describe(error, state.lang))
        }
    }

    /// The audit pack of the meetings held, of the cohort in scope (else
    /// all), as a zip beside the other exports.
    func exportAuditPack(_ cohort: CohortID?) -> Action {
        let name = "dossier-\(state.today.iso)" + (state.scopeName.map { "-" + ExportFiles.slug($0) } ?? "")
        var target = exportFolder + "/" + name + ".zip"
        var n = 2
        while PathKind.of(target) != .absent {
            target = exportFolder + "/" + name + "-\(n).zip"
            n += 1
        }
        let pack = AuditPack(store: store, lang: state.lang, clock: state.clock, templates: documentTemplates)
        do {
            let result = try pack.write(AuditPack.Scope(cohort: cohort), to: target, now: state.now) {
                done, total in
                dispatch(.progress(.meeting(.auditPackProgress(done: done, total: total))))
                repaintNow?()
            }
            return .exported([result.path], pdf: result.pdfProblem, templates: documentTemplates.problems)
        } catch {
            switch error {
            case .exists(let path): return .exportFailed(state.text(.cli(.auditPackExists(path))))
            case .file(let error): return .exportFailed(Strings.describe(error, state.lang))
            case .zip(let reason): return .exportFailed(reason)
            case .storeChanged: return .exportFailed(state.text(.cli(.auditPackZip("store"))))
            }
        }
    }

    /// The meetings of the cohort in scope (else all), as iCalendar.
    func exportCalendar() -> Action {
        do {
            let name = state.scopeName ?? state.programme?.name ?? "essor"
            var filter = state.meetingFilter
            filter.upcoming = nil
            let text = try CalendarExport.file(
                store, filter: filter, from: nil, name: name, now: state.now, lang: state.lang)
            let path = try ExportFiles.write(
                text, name: "seances-\(ExportFiles.slug(state.scopeName ?? "programme")).ics",
                in: exportFolder)
            return .exported([path])
        } catch {
            return .exportFailed(Strings.describe(error, state.lang))
        }
    }
}
