import EssorCore
import EssorStore

/// The Temps panel's reducer: its month, the detail's proposals and
/// entries, and the week grid (moves, weeks, typing, lines).
extension AppState {
    /// The key of the Temps detail's line under the cursor.
    var selectedTimeKey: FieldKey? { panel == .time ? selectedDetailKey : nil }

    var timeDetail: TimeDetail? {
        if case .time(let d)? = details[.time] { return d }
        return nil
    }

    mutating func shiftTimeMonth(_ months: Int) -> [Effect] {
        setTimeMonth(timeMonth.adding(months: months))
    }

    mutating func setTimeMonth(_ month: YearMonth) -> [Effect] {
        timeMonth = month
        timeTeam = nil
        details[.time] = nil
        show(.timeUI(.monthShown(month)))
        // In the grid: the week of the month's first day.
        if let open = week {
            let first = month.first
            return ensureCurrent() + [
                .time(
                    .loadWeek(
                        open.record.member.id, ISOWeek(containing: first), added: open.added,
                        day: first.weekday - 1))
            ]
        }
        return panel == .time ? ensureCurrent() : switchTo(.time)
    }

    /// `:mois 2026-11`.
    mutating func setTimeMonth(text: String) -> [Effect] {
        guard !text.isEmpty else {
            show(.timeUI(.monthExpected), isError: true)
            return []
        }
        guard let month = YearMonth(text: text), (1900...2200).contains(month.year) else {
            show(.timeUI(.notAMonth(text)), isError: true)
            return []
        }
        return setTimeMonth(month)
    }

    /// `:semaine 2026-W49`: the week in the grid, opened on the person
    /// selected in Temps when it is not open.
    mutating func setWeek(text: String) -> [Effect] {
        guard !text.isEmpty else {
            show(.timeUI(.weekExpected), isError: true)
            return []
        }
        guard let week = ISOWeek(text: text, today: today), (1900...2200).contains(week.year) else {
            show(.timeUI(.notAWeek(text)), isError: true)
            return []
        }
        if let open = self.week {
            return [.time(.loadWeek(open.record.member.id, week, added: open.added, day: open.column))]
        }
        guard let staff = selectedID(.time) else {
            show(.timeUI(.noPersonSelected), isError: true)
            return []
        }
        return [.time(.loadWeek(staff, week, added: [], day: 0))]
    }

    /// Enter on a person: their week in the grid (this week, in the
    /// month shown; else the month's first); on an entry of their month,
    /// that entry's week and day.
    mutating func openWeek() -> [Effect] {
        guard let staff = selectedID(.time) else { return [] }
        var day = YearMonth(today) == timeMonth ? today : timeMonth.first
        if case .timeRecord(let id)? = selectedTimeKey,
            let entry = timeDetail?.entries.first(where: { $0.entry.id == id })
        {
            day = entry.entry.date
        }
        return [.time(.loadWeek(staff, ISOWeek(containing: day), added: [], day: day.weekday - 1))]
    }

    mutating func confirmSelectedProposal() -> [Effect] {
        guard case .timeProposal(let meeting)? = selectedTimeKey, let detail = timeDetail,
            let proposal = detail.proposals.first(where: { $0.meetingID == meeting })
        else { return [] }
        return [.time(.confirm(proposal, detail.record.member.id))]
    }

    mutating func deleteSelectedTimeEntry() -> [Effect] {
        guard case .timeRecord(let id)? = selectedTimeKey else { return [] }
        return [.time(.deleteEntry(id))]
    }

    mutating func timeAction(_ action: TimeAction) -> [Effect] {
        let fr = lang == .fr
        switch action {
        case .teamLoaded(let team):
            guard team.team.month == timeMonth else { return [] }
            timeTeam = team
            return ensureCurrent()
        case .weekLoaded(let grid):
            if var open = week, open.record.member.id == grid.record.member.id, open.week == grid.week {
                open.reload(grid.sheet, record: grid.record, changed: grid.changed)
                open.versions = grid.versions
                open.cohorts = grid.cohorts
                open.tasks = grid.tasks
                week = open
            } else {
                week = grid
            }
            return []
        case .cellSaved(let change, let warnings):
            let what: String
            switch change {
            case .add(let e), .update(let e), .delete(let e): what = cellSummary(e)
            case .nothing, .several: return []
            }
            if case .delete = change {
                show(.timeUI(.cleared(what)))
            } else if warnings.isEmpty {
                show(.timeUI(.saved(what)))
            } else {
                show(.timeUI(.savedWithWarnings(what, TimeStrings.issues(warnings, fr))), isError: true)
            }
            return []
        case .confirmed(let proposal, let warnings):
            let hours = TimeStrings.hours(proposal.minutes + proposal.preparationMinutes)
            if warnings.isEmpty {
                show(.timeUI(.confirmed(title: proposal.title, hours: hours)))
            } else {
                show(
                    .timeUI(
                        .confirmedWithWarnings(
                            title: proposal.title, hours: hours, TimeStrings.issues(warnings, fr))),
                    isError: true)
            }
            return []
        case .entryDeleted(let summary):
            show(.timeUI(.entryDeleted(summary)))
            return []
        }
    }

    /// « lun. 30/11/2026 · Numérique — Animation : 3h30 ».
    func cellSummary(_ e: StaffTimeEntry) -> String {
        let fr = lang == .fr
        let line = week?.label(TimesheetWeek.Line(cohortID: e.cohortID, task: e.task), fr: fr) ?? e.task
        return "\(format.dayWithWeekday(e.date)) · \(line)\(format.colon)\(TimeStrings.hours(e.minutes))"
    }

    /// The grid read again for what the store holds now.
    var weekReload: [Effect] {
        guard let open = week else { return [] }
        return [.time(.loadWeek(open.record.member.id, open.week, added: open.added, day: open.column))]
    }

    // MARK: The week grid

    mutating func weekKey(_ key: Key) -> [Effect] {
        guard var open = week else { return [] }
        if open.editor != nil {
            switch key {
            case .char, .paste:
                if open.replacing { open.editor?.setText("") }
                open.replacing = false
                if case .char(let c) = key { open.editor?.insert(c) }
                if case .paste(let text) = key { open.editor?.insert(Key.oneLine(text)) }
                // What was refused before is not about what is typed now.
                if message?.isError == true { message = nil }
            default: return press(key)
            }
            week = open
            return []
        }
        // A figure starts typing hours in place (a minus too, so that the
        // number reader refuses it rather than the digits after it land).
        if case .char(let c) = key, (c.isASCII && c.isNumber) || c == "," || c == "." || c == "-" {
            if let refused = refusesTyping(open) { return refused }
            open.startEditing(c)
            week = open
            return []
        }
        return press(key)
    }

    /// Why the cell cannot be typed in (no line, a read-only session).
    private mutating func refusesTyping(_ open: WeekGridState) -> [Effect]? {
        if open.line == nil {
            show(.timeUI(.noLines), isError: true)
            return []
        }
        if let readOnly {
            show(.store(.readOnlyRefused(readOnly)), isError: true)
            return []
        }
        return nil
    }

    /// A key while a cell of the week is typed in.
    mutating func weekEditorCommand(_ command: Command) -> [Effect] {
        guard var open = week else { return [] }
        defer { if week != nil { week = open } }
        switch command {
        case .inputConfirm:
            guard let typed = open.editor?.text, let line = open.line else { return [] }
            let text = typed.trimmingSpaces
            let minutes: Int
            if text.isEmpty {
                minutes = 0
            } else {
                switch NumberReader.workMinutes(text) {
                case .success(let m): minutes = m
                case .failure(let problem):
                    show(
                        .timeUI(.badHours(text, TimeStrings.hoursProblem(text, problem, lang == .fr))),
                        isError: true)
                    return []
                }
            }
            open.editor = nil
            return cellChange(open, line, minutes)
        case .inputCancel:
            open.editor = nil
        default:
            open.replacing = false
            _ = open.editor?.apply(command)
        }
        return []
    }

    private mutating func cellChange(_ open: WeekGridState, _ line: TimesheetWeek.Line, _ minutes: Int)
        -> [Effect]
    {
        let change = open.sheet.change(line, day: open.column, to: minutes)
        switch change {
        case .nothing: return []
        case .several(let count):
            show(.timeUI(.several(count)), isError: true)
            return []
        case .update(let entry), .delete(let entry):
            return [.time(.saveCell(change, version: open.versions[entry.id]))]
        default: return [.time(.saveCell(change, version: nil))]
        }
    }

    mutating func weekCommand(_ command: Command) -> [Effect] {
        guard var open = week else { return [] }
        defer { if week != nil { week = open } }
        let staff = open.record.member.id
        switch command {
        case .moveUp: open.row = max(0, open.row - 1)
        case .moveDown: open.row = max(0, min(open.lines.count - 1, open.row + 1))
        case .previousDay:
            if open.column > 0 {
                open.column -= 1
            } else {
                return [.time(.loadWeek(staff, open.week.adding(weeks: -1), added: open.added, day: 6))]
            }
        case .nextDay:
            if open.column < 6 {
                open.column += 1
            } else {
                return [.time(.loadWeek(staff, open.week.adding(weeks: 1), added: open.added, day: 0))]
            }
        case .previousWeek:
            return [.time(.loadWeek(staff, open.week.adding(weeks: -1), added: open.added, day: open.column))]
        case .nextWeek:
            return [.time(.loadWeek(staff, open.week.adding(weeks: 1), added: open.added, day: open.column))]
        case .open:
            if let refused = refusesTyping(open) { return refused }
            open.startEditing(nil)
        case .clearCell:
            guard let line = open.line else { return [] }
            return cellChange(open, line, 0)
        case .addTimeLine:
            guard let line = open.newLine(preferred: scope) else {
                show(.timeUI(.everyLineTaken), isError: true)
                return []
            }
            open.place(line, replacing: nil)
        case .lineCohort, .lineTask, .previousLineCohort, .previousLineTask:
            guard let old = open.line else { return [] }
            guard open.sheet.total(old) == 0 else {
                show(.timeUI(.lineHasTime), isError: true)
                return []
            }
            guard
                let line = open.retargeted(
                    cohort: command == .lineCohort || command == .previousLineCohort,
                    backward: command == .previousLineCohort || command == .previousLineTask)
            else {
                show(.timeUI(.noOtherLine), isError: true)
                return []
            }
            open.place(line, replacing: old)
        case .back:
            week = nil
            return ensureCurrent()
        default: break
        }
        return []
    }
}
