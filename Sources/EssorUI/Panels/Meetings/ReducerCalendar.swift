import EssorCore
import EssorStore

/// The Séances panel's views (agenda, week, month), its filters, moving
/// through days, and jumping to a date.
extension AppState {
    var meetingFilter: MeetingFilter {
        MeetingFilter(
            cohort: scope, kind: meetingKind, upcoming: meetingWhen == .all ? nil : meetingWhen == .upcoming,
            now: now)
    }

    /// Calendars show every meeting of their days, past or not.
    var calendarFilter: MeetingFilter { MeetingFilter(cohort: scope, kind: meetingKind) }

    var showsCalendar: Bool { panel == .meetings && meetingsView != .agenda }

    /// `v`: agenda → week → month → agenda, on the selected meeting's day.
    mutating func cycleMeetingsView() -> [Effect] {
        let selected = selectedID(.meetings)
        if meetingsView == .agenda, let id = selected, let meeting = rows.meetings[id]?.meeting {
            calendar.day = clock.local(meeting.start).date
        } else if meetingsView == .agenda {
            calendar.day = today
        }
        meetingsView = meetingsView.next
        meetings.focus = .list
        if meetingsView == .agenda {
            if let id = selected { select(.meetings, id: id) }
        } else if let id = selected {
            calendar.index = calendar.meetingsOfDay.firstIndex(of: id) ?? 0
        }
        show(.viewLabel(meetingsView))
        return ensureCurrent()
    }

    /// What a calendar view needs: its days' meetings, then the detail.
    mutating func ensureCalendar() -> [Effect] {
        let (from, to) = CalendarState.range(meetingsView, around: calendar.day)
        if calendar.covers(from, to) { return ensureDetail() }
        let key = from.daysSinceEpoch...to.daysSinceEpoch
        if calendar.requested == key { return [] }
        calendar.requested = key
        return [.meetings(.loadCalendar(from: from, to: to))]
    }

    mutating func calendarLoaded(from: LocalDate, to: LocalDate, _ list: [MeetingRow]) -> [Effect] {
        let wanted = calendar.requested
        calendar.requested = nil
        guard wanted == from.daysSinceEpoch...to.daysSinceEpoch else {
            return showsCalendar ? ensureCurrent() : []
        }
        let selected = calendar.selectedID
        var byDay: [LocalDate: [MeetingID]] = [:]
        for row in list {
            rows.meetings[row.id] = row
            byDay[clock.local(row.meeting.start).date, default: []].append(row.id)
        }
        calendar.byDay = byDay
        calendar.from = from
        calendar.to = to
        if let wanted = calendar.pendingSelection ?? selected,
            let index = calendar.meetingsOfDay.firstIndex(of: wanted)
        {
            calendar.index = index
        }
        calendar.pendingSelection = nil
        calendar.index = min(calendar.index, max(0, calendar.meetingsOfDay.count - 1))
        return showsCalendar ? ensureCurrent() : []
    }

    /// The calendar must be read again (the store or the filters changed).
    mutating func invalidateCalendar() {
        calendar.from = nil
        calendar.to = nil
        calendar.requested = nil
    }

    /// Moves the selected day; the meeting selection goes to the day's first.
    mutating func moveDay(to day: LocalDate, last: Bool = false) -> [Effect] {
        calendar.day = day
        calendar.index = last ? max(0, calendar.meetingsOfDay.count - 1) : 0
        return ensureCurrent()
    }

    mutating func calendarCommand(_ command: Command) -> [Effect] {
        let day = calendar.day
        switch command {
        case .previousDay: return moveDay(to: day.adding(days: -1))
        case .nextDay: return moveDay(to: day.adding(days: 1))
        case .previousPeriod:
            return moveDay(to: meetingsView == .month ? day.adding(months: -1) : day.adding(days: -7))
        case .nextPeriod:
            return moveDay(to: meetingsView == .month ? day.adding(months: 1) : day.adding(days: 7))
        case .moveUp:
            if calendar.index > 0 {
                calendar.index -= 1
                return ensureDetail()
            }
            return meetingsView == .month ? moveDay(to: day.adding(days: -7)) : []
        case .moveDown:
            if calendar.index + 1 < calendar.meetingsOfDay.count {
                calendar.index += 1
                return ensureDetail()
            }
            return meetingsView == .month ? moveDay(to: day.adding(days: 7)) : []
        default:
            return []
        }
    }

    /// `t`: today, in any view.
    mutating func goToday() -> [Effect] { goTo(today) }

    /// `:date 15/03/2027`, or `g` then a date.
    mutating func goTo(_ day: LocalDate) -> [Effect] {
        if meetingsView == .agenda {
            return [.meetings(.locateDay(day))]
        }
        return moveDay(to: day)
    }

    mutating func dayLocated(_ day: LocalDate, _ id: MeetingID?) -> [Effect] {
        guard let id else {
            // Nothing on or after that day: the last meeting listed.
            let count = meetings.visible.count
            if count > 0 {
                meetings.cursor.move(to: count - 1, count: count, pageSize: panelLayout(.meetings).pageSize)
            }
            show(.noMeetingThatDay)
            return ensureCurrent()
        }
        if let position = position(of: id, in: .meetings) {
            let page = panelLayout(.meetings).pageSize
            meetings.cursor = ListCursor(index: position, offset: max(0, position - 2))
            meetings.cursor.clamp(count: meetings.visible.count, pageSize: page)
        }
        return ensureCurrent()
    }

    /// `f`: all kinds → workshops → one-to-ones → … → all kinds.
    mutating func cycleKindFilter() -> [Effect] {
        let kinds = MeetingKind.allCases
        if let kind = meetingKind, let index = kinds.firstIndex(of: kind) {
            meetingKind = index + 1 < kinds.count ? kinds[index + 1] : nil
        } else {
            meetingKind = kinds.first
        }
        return meetingFiltersChanged(.kindFilter(meetingKind))
    }

    /// `P`: all → upcoming → past → all.
    mutating func cycleWhenFilter() -> [Effect] {
        meetingWhen = meetingWhen.next
        return meetingFiltersChanged(.when(meetingWhen))
    }

    private mutating func meetingFiltersChanged(_ msg: MeetingMsg) -> [Effect] {
        meetings.pendingSelection = selectedID(.meetings)
        meetings.loaded = false
        invalidateCalendar()
        details[.meetings] = nil
        show(msg)
        return ensureCurrent()
    }

    /// `g`: asks for a date.
    mutating func askDate() -> [Effect] {
        input = InputLine(kind: .date)
        return []
    }

    mutating func goTo(text: String) -> [Effect] {
        guard let day = DateReader.read(text, today: today) else {
            show(.dateExpected(text), isError: true)
            return []
        }
        if panel != .meetings { panel = .meetings }
        return goTo(day)
    }
}
