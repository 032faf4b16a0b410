import EssorCore
import EssorStore

/// The Temps panel's week grid, full screen: one person's week, days
/// across, a line per cohort (or the operation's management) and task
/// down, cells typed in place and saved one by one, totals live.
public struct WeekGridState: Equatable, Sendable {
    public var record: StaffRecord
    public var sheet: TimesheetWeek
    /// Cohorts time can go to, by name (those running in the week first).
    public var cohorts: [NamedRef]
    public var tasks: [TimeTask]
    /// Lines added in this grid that have no time yet (kept from week to
    /// week while the grid is open).
    public var added: [TimesheetWeek.Line] = []
    /// Entries confirmed from a meeting that has moved or changed length.
    public var changed: Set<StaffTimeID> = []
    /// The version of each entry as read, for the save that changes it.
    public var versions: [StaffTimeID: Int] = [:]
    public var row = 0
    /// The day (0: Monday … 6: Sunday).
    public var column = 0
    public var editor: LineEditor?
    /// The editor holds the cell's value as it was: the first character
    /// typed replaces it (as a spreadsheet does); a move keeps it.
    public var replacing = false

    public init(
        record: StaffRecord, sheet: TimesheetWeek, cohorts: [NamedRef], tasks: [TimeTask],
        changed: Set<StaffTimeID> = [], day: Int = 0
    ) {
        self.record = record
        self.sheet = sheet
        self.cohorts = cohorts
        self.tasks = tasks
        self.changed = changed
        column = max(0, min(6, day))
    }

    public var week: ISOWeek { sheet.week }
    public var lines: [TimesheetWeek.Line] { sheet.lines }
    public var line: TimesheetWeek.Line? { lines.indices.contains(row) ? lines[row] : nil }
    public var date: LocalDate { week.monday.adding(days: column) }
    public var isSigned: Bool { record.signedMonths.contains(YearMonth(date)) }

    /// The week's sheet read again: the cursor stays on its line and day.
    public mutating func reload(_ sheet: TimesheetWeek, record: StaffRecord, changed: Set<StaffTimeID>) {
        let line = self.line
        self.sheet = sheet
        self.record = record
        self.changed = changed
        added.removeAll { sheet.lines.contains($0) && sheet.total($0) > 0 }
        if let line, let index = sheet.lines.firstIndex(of: line) { row = index }
        row = max(0, min(row, sheet.lines.count - 1))
    }

    public func cohortName(_ id: CohortID?, fr: Bool) -> String {
        guard let id else { return TimeStrings.management(fr) }
        return cohorts.first { $0.id == id }?.name ?? "#\(id)"
    }

    public func label(_ line: TimesheetWeek.Line, fr: Bool) -> String {
        cohortName(line.cohortID, fr: fr) + " — " + TimeStrings.task(line.task, tasks)
    }

    /// The label in `width` columns: the cohort shortened first, so that
    /// two lines of one cohort still tell their tasks apart.
    public func label(_ line: TimesheetWeek.Line, fr: Bool, width: Int) -> String {
        let full = label(line, fr: fr)
        guard TextWidth.of(full) > width else { return full }
        let task = TimeStrings.task(line.task, tasks)
        let budget = width - TextWidth.of(task) - 3
        guard budget >= 4 else { return task }
        var cohort = ""
        for c in cohortName(line.cohortID, fr: fr) {
            if TextWidth.of(cohort) + TextWidth.of(c) > budget - 1 { break }
            cohort.append(c)
        }
        // Not cut after a dash or a space: `Exemple…`, not `Exemple —…`.
        while let last = cohort.last, last == " " || last == "—" || last == "-" { cohort.removeLast() }
        return cohort + "… — " + task
    }

    /// Where a line's time can go, in the order `c` cycles through:
    /// the cohorts, then management.
    var destinations: [CohortID?] { cohorts.map(\.id) + [nil] }

    /// A new line: the cohort `preferred` (or the first), with the first
    /// task it has no line for; nil when every pair has one.
    public func newLine(preferred: CohortID?) -> TimesheetWeek.Line? {
        // No preference (no cohort in scope): the first cohort.
        let start = preferred.flatMap { id in destinations.firstIndex(of: id) } ?? 0
        let order = Array(destinations[start...] + destinations[..<start])
        for cohort in order {
            for task in tasks where !lines.contains(TimesheetWeek.Line(cohortID: cohort, task: task.code)) {
                return TimesheetWeek.Line(cohortID: cohort, task: task.code)
            }
        }
        return nil
    }

    /// The line under the cursor with the next (or, `backward`, the
    /// previous) cohort or task, when it has no time this week and the
    /// result is not a line already.
    public func retargeted(cohort: Bool, backward: Bool = false) -> TimesheetWeek.Line? {
        guard let line, sheet.total(line) == 0 else { return nil }
        func step<T: Equatable>(_ all: [T], from current: T) -> [T] {
            let count = all.count
            guard count > 0 else { return [] }
            let index = all.firstIndex(of: current) ?? (backward ? count : -1)
            return (1...count).map { all[((index + (backward ? -$0 : $0)) % count + count) % count] }
        }
        let candidates =
            cohort
            ? step(destinations, from: line.cohortID).map {
                TimesheetWeek.Line(cohortID: $0, task: line.task)
            }
            : step(tasks.map(\.code), from: line.task).map {
                TimesheetWeek.Line(cohortID: line.cohortID, task: $0)
            }
        return candidates.first { !lines.contains($0) }
    }

    /// Puts `line` in place of the cursor's (an added line changing its
    /// cohort or task), or adds it.
    public mutating func place(_ line: TimesheetWeek.Line, replacing old: TimesheetWeek.Line?) {
        if let old { added.removeAll { $0 == old } }
        added.append(line)
        sheet = TimesheetWeek(
            staffID: sheet.staffID, week: week, entries: sheet.entries,
            extra: sheet.lines.filter { $0 != old } + [line], order: destinations, tasks: tasks.map(\.code))
        row = sheet.lines.firstIndex(of: line) ?? row
    }

    /// Starts typing in the cell: with `first` typed, or what it holds.
    public mutating func startEditing(_ first: Character?) {
        guard let line else { return }
        let minutes = sheet.minutes(line, day: column)
        var editor = LineEditor(first.map(String.init) ?? (minutes > 0 ? TimeStrings.hours(minutes) : ""))
        editor.moveToEnd()
        self.editor = editor
        replacing = first == nil && minutes > 0
    }
}
