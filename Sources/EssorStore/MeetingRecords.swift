import EssorCore
import Foundation
import GRDB

/// A meeting with everything its form edits.
public struct MeetingRecord: Equatable, Sendable {
    public var meeting: Meeting
    public var agenda: [AgendaItem]
    public var invitedIDs: [StructureID]
    public var partnerIDs: [PartnerID]
    /// The version read; 0 for a new meeting.
    public var version: Int
    /// The series it belongs to ("" when alone).
    public var series: String
    /// Its iCalendar UID ("" for a new meeting: one is made).
    public var uid: String

    public init(
        meeting: Meeting, agenda: [AgendaItem], invitedIDs: [StructureID], partnerIDs: [PartnerID],
        version: Int = 0, series: String = "", uid: String = ""
    ) {
        self.meeting = meeting
        self.agenda = agenda
        self.invitedIDs = invitedIDs
        self.partnerIDs = partnerIDs
        self.version = version
        self.series = series
        self.uid = uid
    }
}

/// Which occurrences of a series an edit changes.
public enum SeriesScope: Equatable, Sendable {
    case one
    /// This occurrence and the ones after it.
    case following
}

extension Store {
    public func meetingRecord(id: MeetingID) throws -> MeetingRecord? {
        try read { db in try Self.meetingRecord(db, id) }
    }

    static func meetingRecord(_ db: Database, _ id: MeetingID) throws -> MeetingRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM meeting WHERE id = ?", arguments: [id])
        else {
            return nil
        }
        let agenda = try Row.fetchAll(
            db, sql: "SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY position", arguments: [id]
        ).map { AgendaItem(title: $0["title"], minutes: $0["minutes"], owner: $0["owner"]) }
        let invited = try StructureID.fetchAll(
            db, sql: "SELECT structure_id FROM meeting_invitation WHERE meeting_id = ?", arguments: [id])
        let partners = try PartnerID.fetchAll(
            db, sql: "SELECT partner_id FROM meeting_partner WHERE meeting_id = ?", arguments: [id])
        return MeetingRecord(
            meeting: Meeting(row: row), agenda: agenda, invitedIDs: invited, partnerIDs: partners,
            version: row["version"], series: row["series"], uid: row["uid"])
    }

    /// Creates one meeting, or a series when there are several starts (one
    /// batch in the change log, undone together).
    @discardableResult
    public func create(_ record: MeetingRecord, starts: [Int64], by author: ChangeAuthor, at now: Int64)
        throws
        -> [MeetingID]
    {
        guard !starts.isEmpty else { return [] }
        return try write { db in
            let series = starts.count > 1 ? UUID().uuidString.lowercased() : ""
            let batch = starts.count > 1 ? series : nil
            let writer = StoreWriter(db: db)
            var ids: [MeetingID] = []
            for start in starts {
                var meeting = record.meeting
                meeting.start = start
                let uid = starts.count == 1 && !record.uid.isEmpty ? record.uid : MeetingUID.make()
                let id = try writer.insert(
                    meeting, agenda: record.agenda, invited: record.invitedIDs, partners: record.partnerIDs,
                    series: series, uid: uid)
                _ = try Self.log(
                    db, .meeting, id, "insert", meeting.title, before: nil, batch: batch, author: author,
                    now: now)
                ids.append(id)
            }
            return ids
        }
    }

    /// How many occurrences of `record`'s series come after it.
    public func followingCount(_ record: MeetingRecord) throws -> Int {
        guard !record.series.isEmpty else { return 0 }
        return try read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM meeting WHERE series = ? AND id != ? AND starts_at > ?",
                arguments: [record.series, record.meeting.id, try Self.storedStart(db, record.meeting.id)])
                ?? 0
        }
    }

    private static func storedStart(_ db: Database, _ id: MeetingID) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT starts_at FROM meeting WHERE id = ?", arguments: [id]) ?? 0
    }

    /// Saves an edited meeting; with `.following`, also the later
    /// occurrences of its series, which take every field of this one and
    /// move by as many days as it moved, at its new time of day.
    @discardableResult
    public func update(
        _ record: MeetingRecord, scope: SeriesScope = .one, clock: WallClock = .paris,
        by author: ChangeAuthor,
        at now: Int64
    ) throws -> [MeetingID] {
        try write { db in
            let id = record.meeting.id
            let before = try Self.checkedSnapshot(db, .meeting, id, version: record.version)
            let oldStart = try Self.storedStart(db, id)
            let followers =
                scope == .following && !record.series.isEmpty
                ? try MeetingID.fetchAll(
                    db,
                    sql:
                        "SELECT id FROM meeting WHERE series = ? AND id != ? AND starts_at > ? ORDER BY starts_at",
                    arguments: [record.series, id, oldStart]) : []
            let batch = followers.isEmpty ? nil : UUID().uuidString.lowercased()
            let writer = StoreWriter(db: db)
            try writer.update(
                record.meeting, agenda: record.agenda, invited: record.invitedIDs, partners: record.partnerIDs
            )
            _ = try Self.log(
                db, .meeting, id, "update", record.meeting.title, before: before, batch: batch,
                author: author,
                now: now)
            let oldDay = clock.local(oldStart).date
            let newLocal = clock.local(record.meeting.start)
            let shift = newLocal.date.daysSinceEpoch - oldDay.daysSinceEpoch
            for follower in followers {
                guard let current = try Self.meetingRecord(db, follower),
                    let snapshot = try ChangeEntity.meeting.snapshot(db, id: follower, forDeletion: false)
                else { continue }
                var meeting = record.meeting
                meeting.id = follower
                let day = clock.local(current.meeting.start).date.adding(days: shift)
                meeting.start = clock.instant(day, hour: newLocal.hour, minute: newLocal.minute)
                try writer.update(
                    meeting, agenda: record.agenda, invited: record.invitedIDs, partners: record.partnerIDs)
                _ = try Self.log(
                    db, .meeting, follower, "update", meeting.title, before: snapshot, batch: batch,
                    author: author,
                    now: now)
            }
            return [id] + followers
        }
    }

    /// Records who came, replacing the meeting's attendance.
    public func setAttendance(
        _ entries: [Attendance], meeting id: MeetingID, version: Int, by author: ChangeAuthor, at now: Int64
    ) throws {
        try write { db in
            let before = try Self.checkedSnapshot(db, .meeting, id, version: version)
            try StoreWriter(db: db).replaceAttendance(entries, meeting: id)
            let title =
                try String.fetchOne(db, sql: "SELECT title FROM meeting WHERE id = ?", arguments: [id]) ?? ""
            _ = try Self.log(db, .meeting, id, "update", title, before: before, author: author, now: now)
        }
    }

    /// Conflicts the meeting would have at each of `starts` (one start, or
    /// every occurrence of a new series), itself and its series aside.
    public func conflicts(of record: MeetingRecord, starts: [Int64]) throws -> [MeetingConflict] {
        try read { db in
            let partners = try Self.names(db, table: "partner", ids: record.partnerIDs)
            let structures = try Self.names(db, table: "structure", ids: record.invitedIDs)
            let minutes = Int64(record.meeting.durationMinutes) * 60
            var plans: [MeetingPlan] = []
            for (offset, start) in starts.enumerated() {
                // New occurrences get ids that no stored meeting has.
                let id = record.meeting.id == 0 ? -Int64(offset + 1) : record.meeting.id
                plans.append(
                    MeetingPlan(
                        id: id, title: record.meeting.title, start: start, end: start + minutes,
                        place: record.meeting.place, facilitators: record.meeting.facilitators,
                        partners: partners,
                        structures: structures))
            }
            let found = try MeetingPlans.conflicts(db, of: plans)
            return plans.flatMap { found[$0.id] ?? [] }
        }
    }

    /// Conflicts of stored meetings, by id.
    public func conflicts(of ids: [MeetingID]) throws -> [MeetingID: [MeetingConflict]] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            let plans = try MeetingPlans.read(
                db, where: "m.id IN (\(Self.placeholders(ids.count)))", StatementArguments(ids))
            return try MeetingPlans.conflicts(db, of: plans)
        }
    }

    private static func names(_ db: Database, table: String, ids: [Int64]) throws -> [NamedID] {
        guard !ids.isEmpty else { return [] }
        return try Row.fetchAll(
            db, sql: "SELECT id, name FROM \(table) WHERE id IN (\(placeholders(ids.count)))",
            arguments: StatementArguments(ids)
        ).map { NamedID(id: $0[0], name: $0[1]) }
    }

    /// Meetings the filter lets through that start between two instants,
    /// in order (calendar views).
    public func meetingIDs(_ filter: MeetingFilter, from start: Int64, to end: Int64) throws -> [MeetingID] {
        let (condition, arguments) = filter.condition
        return try read { db in
            try MeetingID.fetchAll(
                db,
                sql:
                    "SELECT id FROM meeting WHERE \(condition) AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id",
                arguments: StatementArguments(arguments + [start, end]))
        }
    }
}
