import EssorCore
import EssorStore

/// Séances: the agenda (by day), the week and month views, and from a
/// meeting its attendance sheet and its workshop.
enum MeetingsPanel: PanelModule {
    static let id = PanelID.meetings
    static var bindings: [KeyBinding] { MeetingsBindings.all + WorkshopBindings.all }
    static let entity: ChangeEntity? = .meeting
    static func listLookup(_ state: AppState) -> KeyLookup { state.showsCalendar ? .calendar : .meetings }
    static let detailLookup = KeyLookup.meetingDetail

    static func columns(_ state: AppState) -> [TableColumn] {
        [
            TableColumn(state.text(.colDate), .fixed(15), priority: 1),
            TableColumn(state.text(.colTime), .fixed(5), priority: 2),
            TableColumn(state.text(.colDuration), .fixed(6), priority: 6),
            TableColumn(state.text(.colKind), .fixed(10), priority: 4),
            TableColumn(state.text(.colTitle), .flex(min: 16, weight: 3), priority: 1),
            TableColumn(state.text(.colCohort), .flex(min: 10, weight: 2), priority: 3),
            TableColumn(state.text(.colPlace), .flex(min: 12, weight: 2), priority: 7),
        ]
    }

    static func cells(_ row: Int, _ ids: [Int64], _ state: AppState, glyphs: Glyphs) -> [String]? {
        let rows = state.rows
        guard let meeting = rows.meetings[ids[row]] else { return nil }
        // The agenda groups meetings by day: the date shows on a day's
        // first, and on the first line of the screen.
        let previous = row > state.meetings.cursor.offset ? rows.meetings[ids[row - 1]] : nil
        let sameDay =
            previous.map {
                state.clock.local($0.meeting.start).date == state.clock.local(meeting.meeting.start).date
            } ?? false
        return cells(meeting, state, showDate: !sameDay, conflictMark: glyphs.conflictMark)
    }

    static func cells(_ r: MeetingRow, _ state: AppState, showDate: Bool = true, conflictMark: String = "!")
        -> [String]
    {
        let f = state.format
        let m = r.meeting
        let start = state.clock.local(m.start)
        return [
            showDate ? f.dayWithWeekday(start.date) : "", f.time(start),
            f.duration(minutes: m.durationMinutes),
            f.text(.meetingKindShort(m.kind)), r.conflicts.isEmpty ? m.title : "\(conflictMark) \(m.title)",
            r.cohortName, m.place,
        ]
    }

    static func style(_ table: inout TableView, _ ids: [Int64], _ state: AppState) {
        let rows = state.rows
        let today = state.today
        table.rowRole = { row in
            guard let m = rows.meetings[ids[row]]?.meeting else { return .normal }
            if state.clock.local(m.start).date == today { return .today }
            return m.end <= state.now ? .muted : .normal
        }
        table.cellRole = { row, column in
            column == 4 && !(rows.meetings[ids[row]]?.conflicts.isEmpty ?? true) ? .conflict : nil
        }
        // Where now falls, between what is past and what is coming, even on
        // a day with no meeting (the whole list, in time order).
        if state.meetings.filter.isEmpty, state.meetingWhen == .all {
            let now = state.clock.local(state.now)
            table.marker = (
                state.pastMeetings,
                state.text(
                    .meeting(
                        .nowMarker(day: state.format.dayWithWeekday(now.date), time: state.format.time(now))))
            )
        }
    }

    static func titleExtras(_ state: AppState) -> [Span] {
        let sep = " · "
        var spans = [
            Span(
                sep + state.text(.upcomingCount(max(0, state.scopedCount(.meetings) - state.pastMeetings))),
                .muted)
        ]
        if let kind = state.meetingKind { spans.append(Span(sep + state.text(.kindFilter(kind)), .accent)) }
        if state.meetingWhen != .all {
            spans.append(Span(sep + state.text(.when(state.meetingWhen)), .accent))
        }
        return spans
    }

    static func emptyText(_ state: AppState) -> String { state.text(.noMeetings) }

    static func listIDs(_ store: Store, _ state: AppState) throws -> (ids: [Int64], past: Int) {
        let filter = state.meetingFilter
        return (try store.meetingIDs(filter), try store.pastMeetingCount(filter, now: state.now))
    }

    static func rows(_ store: Store, _ ids: [Int64]) throws -> RowBatch {
        .meetings(try store.meetingRows(ids))
    }

    static func detail(_ store: Store, _ id: Int64, _ state: AppState) throws -> PanelDetail? {
        try store.meetingDetail(id: id).map(PanelDetail.meeting)
    }

    static func searchIndex(_ store: Store) throws -> SearchIndex { try store.meetingSearchIndex() }
}
