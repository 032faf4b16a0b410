import EssorCore
import EssorStore

/// Editing meetings: the checks before saving (series, conflicts), and
/// what follows a save.
extension AppState {
    /// The store checked the meeting about to be saved: ask which
    /// occurrences an edit changes when it belongs to a series, then
    /// confirm conflicts, then save.
    mutating func meetingSaveChecked(
        _ record: MeetingRecord, starts: [Int64], conflicts: [MeetingConflict], following: Int
    ) -> [Effect] {
        if record.meeting.id != 0 && following > 0 {
            dialog = Dialog(
                title: text(.seriesTitle(following)),
                lines: [text(.seriesOne), text(.seriesFollowing(following)), text(.seriesHint)],
                action: .seriesScope(record, starts: starts, conflicts: conflicts))
            return []
        }
        return confirmConflicts(record, starts: starts, scope: .one, conflicts)
    }

    /// Saves at once, or first asks, naming each conflict and its reasons.
    mutating func confirmConflicts(
        _ record: MeetingRecord, starts: [Int64], scope: SeriesScope, _ conflicts: [MeetingConflict]
    ) -> [Effect] {
        guard !conflicts.isEmpty else {
            return [.meetings(.saveMeeting(record, starts: starts, scope: scope))]
        }
        var lines = conflicts.prefix(6).map { conflict in
            text(
                .conflictLine(
                    title: conflict.otherTitle, when: meetingWhen(conflict.otherStart),
                    reasons: conflict.reasons))
        }
        if conflicts.count > 6 { lines.append("…") }
        lines.append(text(.conflictQuestion))
        dialog = Dialog(
            title: text(.conflictTitle(conflicts.count)), lines: lines,
            action: .saveMeeting(record, starts: starts, scope: scope))
        return []
    }

    /// `jeu. 15/01/2027 14h30`.
    func meetingWhen(_ instant: Int64) -> String {
        let local = clock.local(instant)
        return "\(format.dayWithWeekday(local.date)) \(format.time(local))"
    }

    mutating func meetingSaved(_ id: MeetingID, title: String, start: Int64, count: Int, created: Bool)
        -> [Effect]
    {
        form = nil
        subform = nil
        show(created ? .created(title: title, count: count) : .updated(title: title, count: count))
        select(.meetings, id: id)
        calendar.day = clock.local(start).date
        calendar.pendingSelection = id
        return ensureCurrent()
    }

    /// `x`: what to export.
    mutating func askExport() -> [Effect] {
        dialog = Dialog(
            title: text(.exportTitle), lines: [text(.exportChoices)], action: .export(selectedID(.meetings)))
        return []
    }

    mutating func attendanceLoaded(_ sheet: AttendanceSheet) -> [Effect] {
        attendance = AttendanceEditor(sheet: sheet)
        return []
    }
}
