import EssorCore
import EssorStore

/// A person's week, full screen: days across (weekend and public holidays
/// muted, days of a signed month locked), a line per cohort and task down
/// with its week's total, the day's totals below, and a line about the
/// cell under the cursor (its day, what is flagged there, its notes).
enum WeekGridView {
    static func draw(_ state: AppState, _ grid: WeekGridState, into canvas: inout Canvas) {
        let rect = ScreenLayout(state.size).body
        guard rect.width >= 30, rect.height >= 8 else { return }
        canvas.fill(rect, role: .normal)
        let fr = state.lang == .fr
        func t(_ m: TimeMsg) -> String { state.text(.timeUI(m)) }
        canvas.write(
            t(.weekTitle(name: grid.record.member.name, week: grid.week)), x: rect.x + 1, y: rect.y,
            maxWidth: rect.width - 2, role: .title)
        canvas.write(
            cellInfo(state, grid), x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 2,
            role: grid.isSigned ? .warning : .muted)

        // Eight figure columns (seven days and the total) after the labels.
        let cellWidth = max(6, min(8, (rect.width - 18) / 8))
        let labelWidth = rect.width - 2 - 8 * cellWidth
        func x(ofDay day: Int) -> Int { rect.x + 1 + labelWidth + day * cellWidth }
        let days = grid.week.days
        let signed = grid.record.signedMonths
        func isQuiet(_ date: LocalDate) -> Bool {
            date.weekday >= 6 || FrenchHolidays.holiday(on: date) != nil
        }

        // Two header lines: the weekday, then the day and month.
        let headerY = rect.y + 3
        canvas.fill(Rect(x: rect.x, y: headerY, width: rect.width, height: 2), role: .header)
        canvas.write(t(.colLine), x: rect.x + 1, y: headerY + 1, maxWidth: labelWidth - 1, role: .header)
        for (day, date) in days.enumerated() {
            let right = x(ofDay: day) + cellWidth - 1
            let role: Role = date == state.today ? .today : .header
            canvas.writeRight(
                CalendarNames.shortWeekday(date.weekday, fr), right: right, y: headerY,
                maxWidth: cellWidth - 1,
                role: role)
            let dayMonth = LocalDate.pad(date.day, 2) + "/" + LocalDate.pad(date.month, 2)
            canvas.writeRight(dayMonth, right: right, y: headerY + 1, maxWidth: cellWidth - 1, role: role)
        }
        canvas.writeRight(
            t(.colTotal), right: x(ofDay: 7) + cellWidth - 1, y: headerY + 1, maxWidth: cellWidth - 1,
            role: .header)

        let sheet = grid.sheet
        let available = max(1, rect.height - 9)
        let firstRow = max(0, grid.row - available + 1)
        var y = headerY + 2
        if grid.lines.isEmpty {
            canvas.write(t(.noLines), x: rect.x + 2, y: y + 1, maxWidth: rect.width - 4, role: .muted)
        }
        for row in firstRow..<min(grid.lines.count, firstRow + available) {
            let line = grid.lines[row]
            let onRow = row == grid.row
            canvas.write(
                grid.label(line, fr: fr, width: labelWidth - 1), x: rect.x + 1, y: y,
                maxWidth: labelWidth - 1,
                role: onRow ? .accent : .normal)
            for (day, date) in days.enumerated() {
                let cx = x(ofDay: day)
                let width = cellWidth - 1
                let isCursor = onRow && day == grid.column
                if isCursor, let editor = grid.editor {
                    if grid.replacing {
                        // The value as it was, selected: typing replaces it.
                        canvas.write(
                            String(repeating: " ", count: max(0, width)), x: cx, y: y, maxWidth: width,
                            role: .selection)
                        canvas.write(editor.text, x: cx, y: y, maxWidth: width, role: .selection)
                        continue
                    }
                    FormView.drawEditor(
                        editor, placeholder: "", focused: true, x: cx, y: y, width: width, into: &canvas)
                    continue
                }
                let entries = sheet.entries(line, day: day)
                let minutes = entries.reduce(0) { $0 + $1.minutes }
                let text = minutes > 0 ? TimeStrings.hours(minutes) : isCursor ? "·" : ""
                let role: Role =
                    isCursor
                    ? .selection
                    : entries.contains(where: { grid.changed.contains($0.id) })
                        ? .warning
                        : signed.contains(YearMonth(date)) || isQuiet(date) ? .muted : .normal
                if isCursor { canvas.fill(Rect(x: cx, y: y, width: width, height: 1), role: .selection) }
                canvas.writeRight(text, right: cx + width, y: y, maxWidth: width, role: role)
            }
            let total = sheet.total(line)
            canvas.writeRight(
                total > 0 ? TimeStrings.hours(total) : "", right: x(ofDay: 7) + cellWidth - 1, y: y,
                maxWidth: cellWidth - 1, role: .accent)
            y += 1
        }

        // The day's totals, live, and the week's.
        y = max(y + 1, rect.maxY - 3)
        canvas.write(t(.totalRow), x: rect.x + 1, y: y, maxWidth: labelWidth - 1, role: .title)
        for day in 0..<7 {
            let minutes = sheet.dayTotal(day)
            // More than 10 hours in a day is flagged.
            let role: Role = minutes > 10 * 60 ? .warning : .title
            canvas.writeRight(
                minutes > 0 ? TimeStrings.hours(minutes) : "", right: x(ofDay: day) + cellWidth - 1, y: y,
                maxWidth: cellWidth - 1, role: role)
        }
        canvas.writeRight(
            TimeStrings.hours(sheet.total), right: x(ofDay: 7) + cellWidth - 1, y: y, maxWidth: cellWidth - 1,
            role: sheet.total > 48 * 60 ? .warning : .title)
    }

    /// « mardi 01/12/2026 · un jour férié (Noël) · le mois est signé »,
    /// then the notes of what the cell holds.
    static func cellInfo(_ state: AppState, _ grid: WeekGridState) -> String {
        let fr = state.lang == .fr
        let date = grid.date
        var parts = [CalendarNames.weekday(date.weekday, fr) + " " + state.format.date(date)]
        if let holiday = FrenchHolidays.holiday(on: date) {
            parts.append(TimeStrings.issue(.holiday(holiday), fr))
        }
        let month = YearMonth(date)
        if grid.record.signedMonths.contains(month) {
            parts.append(TimeStrings.issue(.signedMonth(month), fr))
        }
        if let line = grid.line {
            let entries = grid.sheet.entries(line, day: grid.column)
            if entries.contains(where: { grid.changed.contains($0.id) }) {
                parts.append(state.text(.timeUI(.meetingChanged)))
            }
            parts += entries.map(\.note).filter { !$0.isEmpty }
        }
        return parts.joined(separator: " · ")
    }
}
