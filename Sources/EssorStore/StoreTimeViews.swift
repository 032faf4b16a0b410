import EssorCore
import GRDB

/// What the Temps panel reads: the rules' warnings on stored entries, the
/// cohorts time can go to, and the lines a person usually fills.
extension Store {
    /// The warnings the rules give each stored entry among the others
    /// (what its save said, as things stand now). A signed month and a
    /// fixed share are said once for the month, not per entry.
    public func timeWarnings(_ entries: [StaffTimeEntry]) throws -> [StaffTimeID: [TimesheetIssue]] {
        try read { db in
            var warnings: [StaffTimeID: [TimesheetIssue]] = [:]
            for entry in entries {
                let issues = try Self.timesheetIssues(db, entry).filter {
                    switch $0 {
                    case .signedMonth, .fixedShare: false
                    default: true
                    }
                }
                if !issues.isEmpty { warnings[entry.id] = issues }
            }
            return warnings
        }
    }

    /// Every cohort, those whose period meets `from`–`to` first (by start),
    /// then the others (latest first).
    public func timeCohorts(from: LocalDate, to: LocalDate) throws -> [NamedRef] {
        try read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, name, start_date, end_date FROM cohort ORDER BY start_date, name, id")
            var running: [NamedRef] = []
            var others: [NamedRef] = []
            for row in rows {
                let ref = NamedRef(id: row["id"], name: row["name"])
                let start = LocalDate.parseISO(row["start_date"])
                let end = LocalDate.parseISO(row["end_date"])
                if let start, let end, !(to < start), !(end < from) {
                    running.append(ref)
                } else {
                    others.append(ref)
                }
            }
            return running + others.reversed()
        }
    }

    /// The lines (cohort and task) a person filled in the `weeks` weeks
    /// before `week`, most used first: a new week's grid starts with them.
    public func usualTimeLines(staff: StaffID, before week: ISOWeek, weeks: Int = 4) throws
        -> [TimesheetWeek.Line]
    {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT cohort_id, task, SUM(minutes) AS total FROM staff_time
                    WHERE staff_id = ? AND date >= ? AND date < ?
                    GROUP BY cohort_id, task ORDER BY total DESC, task
                    """,
                arguments: [staff, week.adding(weeks: -weeks).monday.iso, week.monday.iso]
            ).map { TimesheetWeek.Line(cohortID: $0["cohort_id"], task: $0["task"]) }
        }
    }
}
