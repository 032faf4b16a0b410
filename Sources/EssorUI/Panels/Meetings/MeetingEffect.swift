import EssorCore
import EssorStore

/// The Séances panel's effects: meetings, the calendar, attendance, exports.
/// The controller hands them to `performMeeting`.
public enum MeetingEffect: Equatable, Sendable {
    /// Checks conflicts (and series) before saving a meeting.
    case prepareMeetingSave(MeetingRecord, starts: [Int64])
    case saveMeeting(MeetingRecord, starts: [Int64], scope: SeriesScope)
    case loadCohortMembers(CohortID)
    case loadPartnerPicker
    case loadCalendar(from: LocalDate, to: LocalDate)
    /// Finds the first meeting on or after a day among those the agenda lists.
    case locateDay(LocalDate)
    case loadAttendance(MeetingID)
    case saveAttendance(MeetingID, version: Int, [Attendance])
    /// Writes the attendance sheet of a meeting (Markdown and HTML).
    case exportAttendanceSheet(MeetingID)
    /// Writes the meetings in scope as an iCalendar file.
    case exportCalendar
    /// The audit pack of the meetings held, of a cohort or all (a zip).
    case exportAuditPack(CohortID?)
}
