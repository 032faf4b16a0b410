import EssorCore
import Foundation
import GRDB

/// The programme's tasks and time settings (parts of its settings: each
/// change is logged and undone like the thresholds), and the time that
/// meetings propose to the people who facilitated them.
extension Store {
    public func timeSettings() throws -> TimeSettings {
        try read { db in try Self.timeSettings(db) }
    }

    static func timeSettings(_ db: Database) throws -> TimeSettings {
        var values: [String: Double] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM time_setting") {
            values[row["key"]] = row["value"]
        }
        let indirect = values[TimeSettings.Key.indirectRate.rawValue]
        return TimeSettings(
            preparationPercent: values[TimeSettings.Key.preparation.rawValue] ?? 0,
            indirectRate: indirect == 0 ? nil : indirect)
    }

    /// Sets the settings and the list of tasks, as one change of the
    /// programme's settings. A task still used by some time is not
    /// removed (`.taskInUse`), and nothing is written.
    @discardableResult
    public func saveTimeSettings(
        _ settings: TimeSettings, tasks: [TimeTask], by author: ChangeAuthor, at now: Int64
    )
        throws -> ChangeID
    {
        try write { db in
            let before = try ChangeEntity.settings.snapshot(
                db, id: ChangeEntity.settingsID, forDeletion: false)
            let kept = Set(tasks.map(\.code))
            for old in try Self.timeTasks(db) where !kept.contains(old.code) {
                let used =
                    try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM staff_time WHERE task = ?", arguments: [old.code])
                    ?? 0
                if used > 0 { throw StoreError.taskInUse(code: old.code, entries: used) }
            }
            try db.execute(sql: "DELETE FROM time_task")
            for (position, task) in tasks.enumerated() {
                try db.execute(
                    sql: "INSERT INTO time_task (code, label, position) VALUES (?, ?, ?)",
                    arguments: [task.code, task.label, position])
            }
            try db.execute(
                sql: "INSERT OR REPLACE INTO time_setting (key, value) VALUES (?, ?)",
                arguments: [TimeSettings.Key.preparation.rawValue, settings.preparationPercent])
            if let rate = settings.indirectRate, rate > 0 {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO time_setting (key, value) VALUES (?, ?)",
                    arguments: [TimeSettings.Key.indirectRate.rawValue, rate])
            } else {
                try db.execute(
                    sql: "DELETE FROM time_setting WHERE key = ?",
                    arguments: [TimeSettings.Key.indirectRate.rawValue])
            }
            return try Self.log(
                db, .settings, ChangeEntity.settingsID, "update", Self.settingsSummary, before: before,
                author: author, now: now)
        }
    }

    /// The meetings of a period that `person` facilitated (named in their
    /// facilitators) and that none of their time was confirmed from yet.
    /// Only meetings that are over by `now`, outside the person's signed
    /// months.
    public func meetingProposals(
        for person: StaffMember, from: LocalDate, to: LocalDate, now: Int64, clock: WallClock = .paris
    ) throws -> [MeetingProposal] {
        try read { db in
            let signed = Set(try Self.signedMonths(db, person.id).map(\.month))
            let settings = try Self.timeSettings(db)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT m.id, m.title, m.cohort_id, m.starts_at, m.duration_minutes, m.facilitators FROM meeting m
                    WHERE m.starts_at >= ? AND m.starts_at < ? AND m.facilitators != ''
                    AND NOT EXISTS (SELECT 1 FROM staff_time t WHERE t.meeting_id = m.id AND t.staff_id = ?)
                    ORDER BY m.starts_at, m.id
                    """,
                arguments: [
                    clock.instant(from, hour: 0, minute: 0),
                    clock.instant(to.adding(days: 1), hour: 0, minute: 0),
                    person.id,
                ])
            return rows.compactMap { row in
                guard MeetingProposal.names(person.name, in: row["facilitators"]) else { return nil }
                let start: Int64 = row["starts_at"]
                let minutes: Int = row["duration_minutes"]
                let day = clock.local(start).date
                guard start + Int64(minutes) * 60 <= now, !signed.contains(YearMonth(day)) else { return nil }
                return MeetingProposal(
                    meetingID: row["id"], title: row["title"], cohortID: row["cohort_id"],
                    date: clock.local(start).date, minutes: minutes,
                    preparationMinutes: MeetingProposal.preparation(
                        minutes, percent: settings.preparationPercent),
                    stamp: MeetingProposal.stamp(start: start, minutes: minutes))
            }
        }
    }

    /// Confirms a proposal: its entries, checked by the rules, written
    /// together (one `u` takes them back). The warnings come back.
    @discardableResult
    public func confirm(
        _ proposal: MeetingProposal, for staff: StaffID, by author: ChangeAuthor, at now: Int64
    )
        throws -> [TimesheetIssue]
    {
        try write { db in
            let current = try Row.fetchOne(
                db, sql: "SELECT starts_at, duration_minutes FROM meeting WHERE id = ?",
                arguments: [proposal.meetingID])
            guard let current,
                MeetingProposal.stamp(start: current["starts_at"], minutes: current["duration_minutes"])
                    == proposal.stamp
            else { throw StoreError.conflict(entity: .meeting, id: proposal.meetingID) }
            let batch = UUID().uuidString.lowercased()
            var warnings: [TimesheetIssue] = []
            for entry in proposal.entries(for: staff) {
                let issues = try Self.timesheetIssues(db, entry, today: WallClock.paris.today(now: now))
                if issues.contains(where: \.isRefusal) {
                    throw StoreError.timesheet(issues.filter(\.isRefusal))
                }
                warnings += issues.filter { !warnings.contains($0) }
                try db.run(
                    sql: """
                        INSERT INTO staff_time (staff_id, date, minutes, cohort_id, task, note, meeting_id, meeting_stamp)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        entry.staffID, entry.date.iso, entry.minutes, entry.cohortID, entry.task, entry.note,
                        entry.meetingID, entry.meetingStamp,
                    ])
                let id = db.lastInsertedRowID
                _ = try Self.log(
                    db, .staffTime, id, "insert", try Self.timeSummary(db, entry), before: nil, batch: batch,
                    author: author, now: now)
            }
            return warnings
        }
    }

    /// The entries of `staff` in a period confirmed from a meeting that
    /// has moved or changed length since.
    public func changedMeetingEntries(staff: StaffID, from: LocalDate, to: LocalDate) throws -> Set<
        StaffTimeID
    > {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT t.id, t.meeting_stamp, m.starts_at, m.duration_minutes FROM staff_time t
                    JOIN meeting m ON m.id = t.meeting_id
                    WHERE t.staff_id = ? AND t.date >= ? AND t.date <= ?
                    """, arguments: [staff, from.iso, to.iso])
            return Set(
                rows.compactMap { row in
                    let now = MeetingProposal.stamp(start: row["starts_at"], minutes: row["duration_minutes"])
                    return (row["meeting_stamp"] as String?) == now ? nil : row["id"] as StaffTimeID
                })
        }
    }
}
