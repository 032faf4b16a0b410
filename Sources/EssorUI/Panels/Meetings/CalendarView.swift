import EssorCore
import EssorStore

/// The week and month views of the Séances panel.
enum CalendarView {
    static func draw(_ state: AppState, _ rect: Rect, into canvas: inout Canvas) {
        guard rect.height >= 4, rect.width >= 20 else { return }
        drawTitle(state, rect, into: &canvas)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        switch state.meetingsView {
        case .month: drawMonth(state, body, into: &canvas)
        case .week, .agenda: drawWeek(state, body, into: &canvas)
        }
    }

    static func drawTitle(_ state: AppState, _ rect: Rect, into canvas: inout Canvas) {
        let f = state.format
        let day = state.calendar.day
        let sep = " · "
        var spans = [Span(state.text(.panel(.meetings)), .header)]
        switch state.meetingsView {
        case .month:
            spans.append(Span(sep + "\(monthName(day.month, state.lang)) \(day.year)", .header))
        case .week, .agenda:
            let (from, _) = CalendarState.range(.week, around: day)
            spans.append(Span(sep + state.text(.weekOf(f.dayWithWeekday(from))), .header))
        }
        if let scope = state.scopeName { spans.append(Span(sep + scope, .muted)) }
        if let kind = state.meetingKind { spans.append(Span(sep + state.text(.kindFilter(kind)), .accent)) }
        var x = rect.x + 1
        for span in spans {
            x += canvas.write(span.text, x: x, y: rect.y, maxWidth: rect.maxX - x - 1, role: span.role)
        }
    }

    static func monthName(_ month: Int, _ lang: Lang) -> String {
        CalendarNames.month(month, lang == .fr)
    }

    static func weekdayNames(_ lang: Lang) -> [String] {
        (1...7).map { CalendarNames.shortWeekday($0, lang == .fr) }
    }

    /// A grid of six weeks with a mark on days with meetings, and under it
    /// the selected day's meetings.
    static func drawMonth(_ state: AppState, _ rect: Rect, into canvas: inout Canvas) {
        let calendar = state.calendar
        let (start, _) = CalendarState.range(.month, around: calendar.day)
        let cellWidth = max(4, min(14, (rect.width - 2) / 7))
        let gridWidth = cellWidth * 7
        let left = rect.x + 1 + max(0, (rect.width - 2 - gridWidth) / 2)
        // Two lines per week when there is room: the second names the first meeting.
        let rowHeight = rect.height >= 6 * 2 + 1 + 6 && cellWidth >= 8 ? 2 : 1
        let names = weekdayNames(state.lang)
        for (i, name) in names.enumerated() {
            canvas.write(name, x: left + i * cellWidth, y: rect.y, maxWidth: cellWidth - 1, role: .header)
        }
        let focused = state.meetings.focus == .list
        for week in 0..<6 {
            for weekday in 0..<7 {
                let day = start.adding(days: week * 7 + weekday)
                let x = left + weekday * cellWidth
                let y = rect.y + 1 + week * rowHeight
                guard y < rect.maxY else { continue }
                let ids = calendar.byDay[day] ?? []
                let conflict = ids.contains { !(state.rows.meetings[$0]?.conflicts.isEmpty ?? true) }
                var role: Role = day.month == calendar.day.month ? .normal : .muted
                if day == state.today { role = .today }
                let selected = day == calendar.day
                if selected {
                    canvas.fill(
                        Rect(x: x, y: y, width: cellWidth - 1, height: 1),
                        role: focused ? .selection : .selectionDim)
                    role = focused ? .selection : .selectionDim
                }
                var text = String(day.day)
                if text.count < 2 { text = " " + text }
                canvas.write(text, x: x, y: y, maxWidth: cellWidth - 1, role: role)
                if !ids.isEmpty {
                    // A day with a conflict shows the conflict mark, not the dot.
                    let glyph = conflict ? canvas.glyphs.conflictMark : canvas.glyphs.dayMark
                    let mark = ids.count == 1 ? glyph : "\(glyph)\(ids.count)"
                    canvas.write(
                        mark, x: x + 3, y: y, maxWidth: cellWidth - 4,
                        role: selected ? role : conflict ? .conflict : .accent)
                }
                if rowHeight == 2, let first = ids.first, let row = state.rows.meetings[first],
                    y + 1 < rect.maxY
                {
                    // Past meetings and other months' days are dimmed, coming ones are not.
                    let past = row.meeting.end <= state.now || day.month != calendar.day.month
                    canvas.write(
                        row.meeting.title, x: x, y: y + 1, maxWidth: cellWidth - 1,
                        role: past ? .muted : .normal)
                }
            }
        }
        let listTop = rect.y + 1 + 6 * rowHeight + 1
        if listTop < rect.maxY {
            canvas.horizontalLine(x: rect.x, y: listTop - 1, width: rect.width, role: .border)
            drawDay(
                state, Rect(x: rect.x, y: listTop, width: rect.width, height: rect.maxY - listTop),
                into: &canvas)
        }
    }

    /// The selected day's meetings, one a line.
    static func drawDay(_ state: AppState, _ rect: Rect, into canvas: inout Canvas) {
        guard rect.height >= 1 else { return }
        let f = state.format
        let calendar = state.calendar
        let ids = calendar.meetingsOfDay
        canvas.write(
            state.text(.dayMeetings(f.dayWithWeekday(calendar.day), ids.count)), x: rect.x + 1, y: rect.y,
            maxWidth: rect.width - 2, role: calendar.day == state.today ? .today : .header)
        if ids.isEmpty {
            if rect.height >= 2 {
                canvas.write(
                    state.text(.noMeetingThatDay), x: rect.x + 2, y: rect.y + 1, maxWidth: rect.width - 3,
                    role: .muted)
            }
            return
        }
        let rows = rect.height - 1
        let index = min(calendar.index, ids.count - 1)
        let offset = max(0, index - rows + 1)
        let focused = state.meetings.focus == .list
        for line in 0..<rows {
            let position = offset + line
            guard position < ids.count else { break }
            let y = rect.y + 1 + line
            guard let row = state.rows.meetings[ids[position]] else { continue }
            let m = row.meeting
            let start = state.clock.local(m.start)
            let selected = position == index
            if selected { canvas.write(canvas.glyphs.pointer, x: rect.x, y: y, maxWidth: 1, role: .accent) }
            var x = rect.x + 2
            x += canvas.write(
                f.time(start), x: x, y: y, maxWidth: 6,
                role: selected ? (focused ? .selection : .selectionDim) : .normal)
            x = max(x + 1, rect.x + 9)
            x += canvas.write(f.duration(minutes: m.durationMinutes), x: x, y: y, maxWidth: 6, role: .muted)
            x = max(x + 1, rect.x + 16)
            if !row.conflicts.isEmpty {
                x += canvas.write(canvas.glyphs.conflictMark + " ", x: x, y: y, maxWidth: 2, role: .conflict)
            }
            let role: Role = m.end <= state.now ? .muted : .normal
            x += canvas.write(m.title, x: x, y: y, maxWidth: rect.maxX - x - 1, role: role)
            let rest = " — \(f.text(.meetingKindShort(m.kind))) · \(row.cohortName)"
            canvas.write(rest, x: x, y: y, maxWidth: max(0, rect.maxX - x - 1), role: .muted)
        }
    }

    /// Seven columns, Monday to Sunday, each listing its meetings.
    static func drawWeek(_ state: AppState, _ rect: Rect, into canvas: inout Canvas) {
        let f = state.format
        let calendar = state.calendar
        let (start, _) = CalendarState.range(.week, around: calendar.day)
        let columnWidth = max(5, (rect.width - 1) / 7)
        let names = weekdayNames(state.lang)
        let focused = state.meetings.focus == .list
        for weekday in 0..<7 {
            let day = start.adding(days: weekday)
            let x = rect.x + 1 + weekday * columnWidth
            let width = columnWidth - 1
            let selectedDay = day == calendar.day
            var headerRole: Role = day == state.today ? .today : .header
            if selectedDay {
                headerRole = focused ? .selection : .selectionDim
                canvas.fill(Rect(x: x, y: rect.y, width: width, height: 1), role: headerRole)
            }
            canvas.write("\(names[weekday]) \(day.day)", x: x, y: rect.y, maxWidth: width, role: headerRole)
            if weekday > 0 {
                canvas.verticalLine(x: x - 1, y: rect.y, height: rect.height, role: .border)
            }
            let ids = calendar.byDay[day] ?? []
            var y = rect.y + 1
            for (position, id) in ids.enumerated() {
                guard y < rect.maxY, let row = state.rows.meetings[id] else { break }
                let m = row.meeting
                let local = state.clock.local(m.start)
                let selected = selectedDay && position == min(calendar.index, ids.count - 1)
                var role: Role = m.end <= state.now ? .muted : .normal
                if !row.conflicts.isEmpty { role = .conflict }
                if selected { role = focused ? .selection : .selectionDim }
                if selected { canvas.fill(Rect(x: x, y: y, width: width, height: 1), role: role) }
                canvas.write(f.time(local), x: x, y: y, maxWidth: width, role: selected ? role : .accent)
                // The title on the next line when the column is narrow, else after the time.
                let timeWidth = TextWidth.of(f.time(local)) + 1
                let title = row.conflicts.isEmpty ? m.title : canvas.glyphs.conflictMark + " " + m.title
                if width - timeWidth >= 6 {
                    canvas.write(title, x: x + timeWidth, y: y, maxWidth: width - timeWidth, role: role)
                    y += 1
                } else if y + 1 < rect.maxY {
                    if selected { canvas.fill(Rect(x: x, y: y + 1, width: width, height: 1), role: role) }
                    canvas.write(title, x: x, y: y + 1, maxWidth: width, role: role)
                    y += 2
                } else {
                    y += 1
                }
            }
        }
    }
}
