import EssorCore
import Foundation
import GRDB

/// A member of staff with what their form edits, and the months they
/// signed.
public struct StaffRecord: Equatable, Sendable {
    public var member: StaffMember
    public var version: Int
    /// The months whose timesheet is signed, with the day and who signed.
    public var signed: [SignedMonth]

    public init(member: StaffMember, version: Int = 0, signed: [SignedMonth] = []) {
        self.member = member
        self.version = version
        self.signed = signed
    }

    public var signedMonths: Set<YearMonth> { Set(signed.map(\.month)) }
}

/// A month whose timesheet was marked signed: it is locked.
public struct SignedMonth: Equatable, Sendable {
    public var month: YearMonth
    public var signedOn: LocalDate
    public var signedBy: String

    public init(month: YearMonth, signedOn: LocalDate, signedBy: String) {
        self.month = month
        self.signedOn = signedOn
        self.signedBy = signedBy
    }
}

/// An entry of staff time as stored (its version lets a save notice that
/// someone else changed it).
public struct StaffTimeRecord: Equatable, Sendable {
    public var entry: StaffTimeEntry
    public var version: Int

    public init(entry: StaffTimeEntry, version: Int) {
        self.entry = entry
        self.version = version
    }
}

/// Staff, their costs and their time. A person's costs and signed months
/// are parts of their record (signing and reopening a month are logged
/// changes of it); each entry of time is a record of its own. Every entry
/// is checked by `TimesheetRules` inside the write, against what is
/// stored then, so two coordinators cannot together pass a limit.
extension Store {
    static func member(_ db: Database, _ row: Row) throws -> StaffMember {
        let id: StaffID = row["id"]
        let costs = try Row.fetchAll(
            db, sql: "SELECT year, annual_cost FROM staff_cost WHERE staff_id = ? ORDER BY year",
            arguments: [id]
        ).map { StaffCost(year: $0["year"], annualCost: $0["annual_cost"]) }
        func day(_ column: String) -> LocalDate? { (row[column] as String?).flatMap(LocalDate.parseISO) }
        return StaffMember(
            id: id, name: row["name"], role: row["role"], employer: row["employer"],
            mode: StaffMode(rawValue: row["mode"]) ?? .actual, sharePercent: row["share_percent"],
            letterReference: row["letter_reference"], letterFrom: day("letter_from"),
            letterTo: day("letter_to"),
            contractFrom: day("contract_from"), contractTo: day("contract_to"), costs: costs)
    }

    static func signedMonths(_ db: Database, _ id: StaffID) throws -> [SignedMonth] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM staff_month WHERE staff_id = ? ORDER BY month", arguments: [id]
        ).compactMap { row in
            guard let month = YearMonth(text: row["month"]), let day = LocalDate.parseISO(row["signed_on"])
            else { return nil }
            return SignedMonth(month: month, signedOn: day, signedBy: row["signed_by"])
        }
    }

    /// Everyone, by name.
    public func staff() throws -> [StaffRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM staff ORDER BY sort_name, id").map { row in
                StaffRecord(
                    member: try Self.member(db, row), version: row["version"],
                    signed: try Self.signedMonths(db, row["id"]))
            }
        }
    }

    public func staffRecord(id: StaffID) throws -> StaffRecord? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM staff WHERE id = ?", arguments: [id])
            else {
                return nil
            }
            return StaffRecord(
                member: try Self.member(db, row), version: row["version"],
                signed: try Self.signedMonths(db, id))
        }
    }

    /// Inserts (`id == 0`) or updates a person and their yearly costs.
    @discardableResult
    public func save(_ record: StaffRecord, by author: ChangeAuthor, at now: Int64) throws -> StaffID {
        try write { db in
            var m = record.member
            let isNew = m.id == 0
            let before = isNew ? nil : try Self.checkedSnapshot(db, .staff, m.id, version: record.version)
            let values: [DatabaseValueConvertible?] = [
                m.name, m.role, m.employer, m.mode.rawValue, m.mode == .fixedShare ? m.sharePercent : nil,
                m.letterReference, m.letterFrom?.iso, m.letterTo?.iso, m.contractFrom?.iso, m.contractTo?.iso,
                SearchFolding.fold(m.name),
            ]
            if isNew {
                try db.run(
                    sql: """
                        INSERT INTO staff (name, role, employer, mode, share_percent, letter_reference, letter_from,
                            letter_to, contract_from, contract_to, sort_name)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: StatementArguments(values))
                m.id = db.lastInsertedRowID
            } else {
                try db.run(
                    sql: """
                        UPDATE staff SET name = ?, role = ?, employer = ?, mode = ?, share_percent = ?,
                            letter_reference = ?, letter_from = ?, letter_to = ?, contract_from = ?, contract_to = ?,
                            sort_name = ?, version = version + 1
                        WHERE id = ?
                        """, arguments: StatementArguments(values + [m.id]))
            }
            try db.run(sql: "DELETE FROM staff_cost WHERE staff_id = ?", arguments: [m.id])
            for cost in m.costs {
                try db.run(
                    sql: "INSERT INTO staff_cost (staff_id, year, annual_cost) VALUES (?, ?, ?)",
                    arguments: [m.id, cost.year, cost.annualCost])
            }
            _ = try Self.log(
                db, .staff, m.id, isNew ? "insert" : "update", m.name, before: before, author: author,
                now: now)
            return m.id
        }
    }

    /// The programme's tasks, in its order.
    public func timeTasks() throws -> [TimeTask] {
        try read { db in try Self.timeTasks(db) }
    }

    static func timeTasks(_ db: Database) throws -> [TimeTask] {
        try Row.fetchAll(db, sql: "SELECT code, label FROM time_task ORDER BY position, code").map {
            TimeTask(code: $0["code"], label: $0["label"])
        }
    }

    static func timeRecord(_ row: Row) -> StaffTimeRecord? {
        guard let date = LocalDate.parseISO(row["date"]) else { return nil }
        return StaffTimeRecord(
            entry: StaffTimeEntry(
                id: row["id"], staffID: row["staff_id"], date: date, minutes: row["minutes"],
                cohortID: row["cohort_id"], task: row["task"], note: row["note"],
                meetingID: row["meeting_id"],
                meetingStamp: row["meeting_stamp"]),
            version: row["version"])
    }

    /// The entries of a period (both days included), of one person or
    /// everyone, of one cohort (`.some(nil)`: the operation's management)
    /// or all; by day, then person.
    public func staffTime(
        staff: StaffID? = nil, cohort: CohortID?? = nil, from: LocalDate, to: LocalDate
    ) throws -> [StaffTimeRecord] {
        try read { db in
            var sql = "SELECT * FROM staff_time WHERE date >= ? AND date <= ?"
            var arguments: [DatabaseValueConvertible?] = [from.iso, to.iso]
            if let staff {
                sql += " AND staff_id = ?"
                arguments.append(staff)
            }
            if let cohort {
                if let cohort {
                    sql += " AND cohort_id = ?"
                    arguments.append(cohort)
                } else {
                    sql += " AND cohort_id IS NULL"
                }
            }
            sql += " ORDER BY date, staff_id, id"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).compactMap(
                Self.timeRecord)
        }
    }

    /// Saves an entry (new when `entry.id == 0`) after checking the rules
    /// against what is stored now. Refused (`.timesheet`), nothing is
    /// written; otherwise the warnings come back with the id.
    @discardableResult
    public func save(_ entry: StaffTimeEntry, version: Int = 0, by author: ChangeAuthor, at now: Int64) throws
        -> (id: StaffTimeID, warnings: [TimesheetIssue])
    {
        try write { db in
            var e = entry
            let isNew = e.id == 0
            let before = isNew ? nil : try Self.checkedSnapshot(db, .staffTime, e.id, version: version)
            let issues = try Self.timesheetIssues(db, e, today: WallClock.paris.today(now: now))
            if issues.contains(where: \.isRefusal) { throw StoreError.timesheet(issues.filter(\.isRefusal)) }
            let values: [DatabaseValueConvertible?] = [
                e.staffID, e.date.iso, e.minutes, e.cohortID, e.task, e.note, e.meetingID, e.meetingStamp,
            ]
            if isNew {
                try db.run(
                    sql: """
                        INSERT INTO staff_time (staff_id, date, minutes, cohort_id, task, note, meeting_id,
                            meeting_stamp)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: StatementArguments(values))
                e.id = db.lastInsertedRowID
            } else {
                try db.run(
                    sql: """
                        UPDATE staff_time SET staff_id = ?, date = ?, minutes = ?, cohort_id = ?, task = ?, note = ?,
                            meeting_id = ?, meeting_stamp = ?, version = version + 1
                        WHERE id = ?
                        """, arguments: StatementArguments(values + [e.id]))
            }
            _ = try Self.log(
                db, .staffTime, e.id, isNew ? "insert" : "update", try Self.timeSummary(db, e),
                before: before,
                author: author, now: now)
            return (e.id, issues)
        }
    }

    /// Deletes an entry, unless its month is signed.
    @discardableResult
    public func deleteStaffTime(id: StaffTimeID, version: Int? = nil, by author: ChangeAuthor, at now: Int64)
        throws -> ChangeID
    {
        try write { db in
            guard
                let row = try Row.fetchOne(db, sql: "SELECT * FROM staff_time WHERE id = ?", arguments: [id]),
                let record = Self.timeRecord(row), version == nil || version == record.version,
                let before = try ChangeEntity.staffTime.snapshot(db, id: id, forDeletion: true)
            else { throw StoreError.conflict(entity: .staffTime, id: id) }
            let month = YearMonth(record.entry.date)
            if try Self.isSigned(db, record.entry.staffID, month) {
                throw StoreError.timesheet([.signedMonth(month)])
            }
            try db.run(sql: "DELETE FROM staff_time WHERE id = ?", arguments: [id])
            return try Self.log(
                db, .staffTime, id, "delete", try Self.timeSummary(db, record.entry), before: before,
                author: author, now: now)
        }
    }

    /// Marks a month's timesheet signed (`on` the day, by `signer`): its
    /// entries are locked until it is reopened. Logged as a change of the
    /// person.
    public func signMonth(
        _ month: YearMonth, of staff: StaffID, on day: LocalDate, signer: String, by author: ChangeAuthor,
        at now: Int64
    ) throws {
        try changingMonth(month, of: staff, action: "update", by: author, at: now) { db in
            try db.run(
                sql:
                    "INSERT OR REPLACE INTO staff_month (staff_id, month, signed_on, signed_by) VALUES (?, ?, ?, ?)",
                arguments: [staff, month.iso, day.iso, signer])
        }
    }

    /// Reopens a signed month; logged, with who signed it before, so the
    /// change log tells when a signed timesheet was changed.
    public func reopenMonth(_ month: YearMonth, of staff: StaffID, by author: ChangeAuthor, at now: Int64)
        throws
    {
        try changingMonth(month, of: staff, action: "update", by: author, at: now) { db in
            try db.run(
                sql: "DELETE FROM staff_month WHERE staff_id = ? AND month = ?",
                arguments: [staff, month.iso])
        }
    }

    private func changingMonth(
        _ month: YearMonth, of staff: StaffID, action: String, by author: ChangeAuthor, at now: Int64,
        _ body: (Database) throws -> Void
    ) throws {
        try write { db in
            guard let before = try ChangeEntity.staff.snapshot(db, id: staff, forDeletion: false),
                let name = try String.fetchOne(
                    db, sql: "SELECT name FROM staff WHERE id = ?", arguments: [staff])
            else { throw StoreError.conflict(entity: .staff, id: staff) }
            try body(db)
            try db.run(sql: "UPDATE staff SET version = version + 1 WHERE id = ?", arguments: [staff])
            _ = try Self.log(
                db, .staff, staff, action, "\(name) — \(month.iso)", before: before, author: author, now: now)
        }
    }

    static func isSigned(_ db: Database, _ staff: StaffID, _ month: YearMonth) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT 1 FROM staff_month WHERE staff_id = ? AND month = ?",
            arguments: [staff, month.iso])
            ?? false
    }

    /// The rules' verdict on `entry` against the stored entries of its
    /// person's year and week; the month it leaves counts as well when an
    /// entry moves out of a signed month.
    static func timesheetIssues(_ db: Database, _ entry: StaffTimeEntry, today: LocalDate? = nil) throws
        -> [TimesheetIssue]
    {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM staff WHERE id = ?", arguments: [entry.staffID])
        else { throw StoreError.conflict(entity: .staff, id: entry.staffID) }
        let member = try member(db, row)
        let signed = Set(try signedMonths(db, entry.staffID).map(\.month))
        let week = ISOWeek(containing: entry.date)
        let from = min(week.monday, LocalDate(year: entry.date.year, month: 1, day: 1)!)
        let to = max(week.sunday, LocalDate(year: entry.date.year, month: 12, day: 31)!)
        let others = try Row.fetchAll(
            db, sql: "SELECT * FROM staff_time WHERE staff_id = ? AND date >= ? AND date <= ? AND id != ?",
            arguments: [entry.staffID, from.iso, to.iso, entry.id]
        ).compactMap(timeRecord).map(\.entry)
        var issues = TimesheetRules.issues(
            of: entry, member: member, others: others, signed: signed, tasks: try timeTasks(db).map(\.code),
            today: today, cohortPeriod: try cohortPeriod(db, entry.cohortID))
        if entry.id != 0,
            let old = try String.fetchOne(
                db, sql: "SELECT date FROM staff_time WHERE id = ?", arguments: [entry.id]
            ).flatMap(LocalDate.parseISO), YearMonth(old) != YearMonth(entry.date),
            signed.contains(YearMonth(old))
        {
            issues.insert(.signedMonth(YearMonth(old)), at: 0)
        }
        return issues
    }

    /// A cohort's dates, when both are known and in order.
    static func cohortPeriod(_ db: Database, _ id: CohortID?) throws -> ClosedRange<LocalDate>? {
        guard let id,
            let row = try Row.fetchOne(
                db, sql: "SELECT start_date, end_date FROM cohort WHERE id = ?", arguments: [id]),
            let start = LocalDate.parseISO(row["start_date"]), let end = LocalDate.parseISO(row["end_date"]),
            !(end < start)
        else { return nil }
        return start...end
    }

    /// « Claire Martin — 03/12/2026, 3h30 ».
    static func timeSummary(_ db: Database, _ entry: StaffTimeEntry) throws -> String {
        let name =
            try String.fetchOne(db, sql: "SELECT name FROM staff WHERE id = ?", arguments: [entry.staffID])
            ?? ""
        let hours = entry.minutes / 60
        let minutes = entry.minutes % 60
        return "\(name) — \(entry.date.dayMonthYear), \(hours)h"
            + (minutes == 0 ? "" : LocalDate.pad(minutes, 2))
    }
}
