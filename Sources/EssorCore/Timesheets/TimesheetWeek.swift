/// One person's week as the Temps panel's grid shows it: a line per cohort
/// (or the operation's management) and task, seven days from Monday, and
/// what typing hours in a cell does to the entries under it.
public struct TimesheetWeek: Equatable, Sendable {
    /// A line of the grid: where the time goes and for what.
    public struct Line: Hashable, Sendable {
        public var cohortID: CohortID?
        public var task: String

        public init(cohortID: CohortID?, task: String) {
            self.cohortID = cohortID
            self.task = task
        }
    }

    /// What setting a cell to some minutes means for the store.
    public enum CellChange: Equatable, Sendable {
        /// The cell already holds that.
        case nothing
        /// A new entry.
        case add(StaffTimeEntry)
        /// The one entry of the cell, with its new minutes.
        case update(StaffTimeEntry)
        /// The one entry of the cell, cleared.
        case delete(StaffTimeEntry)
        /// The cell sums several entries (two notes, a meeting's time):
        /// one number cannot say which to change.
        case several(Int)
    }

    public let staffID: StaffID
    public let week: ISOWeek
    /// The person's entries of the week.
    public let entries: [StaffTimeEntry]
    public let lines: [Line]

    /// `entries` of anyone and any day: those of `staffID` in `week` are
    /// kept. Lines: those with time this week, then `extra` (lines the
    /// person used before, or added), each once, in `order` (cohort ids,
    /// nil for management) then `tasks` order.
    public init(
        staffID: StaffID, week: ISOWeek, entries: [StaffTimeEntry], extra: [Line] = [],
        order: [CohortID?] = [],
        tasks: [String] = []
    ) {
        self.staffID = staffID
        self.week = week
        let mine = entries.filter {
            $0.staffID == staffID && week.monday <= $0.date && $0.date <= week.sunday
        }
        self.entries = mine
        var seen = Set<Line>()
        var lines: [Line] = []
        for line in mine.map({ Line(cohortID: $0.cohortID, task: $0.task) }) + extra
        where seen.insert(line).inserted {
            lines.append(line)
        }
        func rank<T: Equatable>(_ value: T, in list: [T]) -> Int { list.firstIndex(of: value) ?? list.count }
        self.lines = lines.sorted {
            (rank($0.cohortID, in: order), rank($0.task, in: tasks), $0.task)
                < (rank($1.cohortID, in: order), rank($1.task, in: tasks), $1.task)
        }
    }

    /// The entries of a line on a day (0: Monday).
    public func entries(_ line: Line, day: Int) -> [StaffTimeEntry] {
        let date = week.monday.adding(days: day)
        return entries.filter { $0.date == date && $0.cohortID == line.cohortID && $0.task == line.task }
    }

    public func minutes(_ line: Line, day: Int) -> Int {
        entries(line, day: day).reduce(0) { $0 + $1.minutes }
    }

    public func total(_ line: Line) -> Int { (0..<7).reduce(0) { $0 + minutes(line, day: $1) } }

    public func dayTotal(_ day: Int) -> Int {
        let date = week.monday.adding(days: day)
        return entries.filter { $0.date == date }.reduce(0) { $0 + $1.minutes }
    }

    public var total: Int { entries.reduce(0) { $0 + $1.minutes } }

    /// What typing `minutes` in a cell does: 0 clears it.
    public func change(_ line: Line, day: Int, to minutes: Int) -> CellChange {
        let under = entries(line, day: day)
        if under.reduce(0, { $0 + $1.minutes }) == minutes { return .nothing }
        switch under.count {
        case 0:
            return .add(
                StaffTimeEntry(
                    staffID: staffID, date: week.monday.adding(days: day), minutes: minutes,
                    cohortID: line.cohortID, task: line.task))
        case 1:
            if minutes == 0 { return .delete(under[0]) }
            var entry = under[0]
            entry.minutes = minutes
            return .update(entry)
        default:
            return .several(under.count)
        }
    }
}
