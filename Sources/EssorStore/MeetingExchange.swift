import EssorCore
import Foundation
import GRDB

/// A meeting with everything an export shows, read in a few queries.
public struct MeetingExportEntry: Equatable, Sendable {
    public var meeting: Meeting
    public var uid: String
    public var cohortName: String
    public var agenda: [AgendaItem]
    public var invited: [String]
    public var partners: [String]
}

/// A meeting read from another calendar, to create or update by UID.
public struct ImportedMeeting: Equatable, Sendable {
    public var uid: String
    public var title: String
    public var start: Int64
    public var durationMinutes: Int
    public var place: String
    public var videoLink: String
    public var notes: String
    /// Where it comes from in its file, for messages (0: unknown).
    public var line: Int

    public init(
        uid: String, title: String, start: Int64, durationMinutes: Int, place: String, videoLink: String,
        notes: String, line: Int = 0
    ) {
        self.line = line
        self.uid = uid
        self.title = title
        self.start = start
        self.durationMinutes = durationMinutes
        self.place = place
        self.videoLink = videoLink
        self.notes = notes
    }
}

/// Events of a file whose UID is a meeting of another cohort: importing
/// them would move or rewrite that cohort's meetings.
public struct ForeignUIDs: Error, Equatable, Sendable {
    public struct Event: Equatable, Sendable {
        public var uid: String
        public var line: Int
        public var title: String
        public var cohortName: String
    }

    public var events: [Event]
}

extension Store {
    /// Meetings the filter lets through, from `instant` on, for an export.
    public func exportEntries(_ filter: MeetingFilter, from instant: Int64?) throws -> [MeetingExportEntry] {
        var (condition, arguments) = filter.condition
        if let instant {
            condition += " AND starts_at >= ?"
            arguments.append(instant)
        }
        return try read { db in
            let selected = "SELECT id FROM meeting WHERE \(condition)"
            let args: StatementArguments = StatementArguments(arguments)
            var agenda: [MeetingID: [AgendaItem]] = [:]
            for row in try Row.fetchAll(
                db,
                sql:
                    "SELECT * FROM agenda_item WHERE meeting_id IN (\(selected)) ORDER BY meeting_id, position",
                arguments: args)
            {
                agenda[row["meeting_id"], default: []].append(
                    AgendaItem(title: row["title"], minutes: row["minutes"], owner: row["owner"]))
            }
            var invited: [MeetingID: [String]] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT i.meeting_id, s.name FROM meeting_invitation i JOIN structure s ON s.id = i.structure_id
                    WHERE i.meeting_id IN (\(selected)) ORDER BY s.sort_name
                    """, arguments: args)
            {
                invited[row[0], default: []].append(row[1])
            }
            var partners: [MeetingID: [String]] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT mp.meeting_id, p.name FROM meeting_partner mp JOIN partner p ON p.id = mp.partner_id
                    WHERE mp.meeting_id IN (\(selected)) ORDER BY p.name COLLATE FRENCH
                    """, arguments: args)
            {
                partners[row[0], default: []].append(row[1])
            }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT m.*, c.name AS cohort_name FROM meeting m JOIN cohort c ON c.id = m.cohort_id
                    WHERE m.id IN (\(selected)) ORDER BY m.starts_at, m.id
                    """, arguments: args
            ).map { row in
                let meeting = Meeting(row: row)
                return MeetingExportEntry(
                    meeting: meeting, uid: row["uid"], cohortName: row["cohort_name"],
                    agenda: agenda[meeting.id] ?? [],
                    invited: invited[meeting.id] ?? [], partners: partners[meeting.id] ?? [])
            }
        }
    }

    /// Creates or updates meetings of `cohort` from another calendar, in
    /// one transaction and one batch of the change log (undone together).
    /// A meeting of this cohort with the same UID is updated (its time,
    /// title, place and link; its agenda, invitations and notes are kept);
    /// the others are created, with the cohort's members invited.
    ///
    /// An event whose UID is a meeting of another cohort is refused
    /// (`ForeignUIDs`, nothing written), or with `asNew` imported as a
    /// meeting of this cohort under a UID of its own (`UID-cN`), so that
    /// importing the file again updates it instead of adding it twice.
    public func importMeetings(
        _ items: [ImportedMeeting], cohort: CohortID, asNew: Bool = false, by author: ChangeAuthor,
        at now: Int64
    )
        throws -> (created: Int, updated: Int)
    {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM cohort WHERE id = ?", arguments: [cohort]) == true
            else {
                throw StoreError.conflict(entity: .cohort, id: cohort)
            }
            // Checked before the first write: a refusal leaves the file as it was.
            let rows = items.enumerated().map { index, item -> (Int, RowSnapshot.Row) in
                (
                    index + 1,
                    [
                        "title": .text(item.title), "starts_at": .integer(item.start),
                        "duration_minutes": .integer(Int64(item.durationMinutes)), "place": .text(item.place),
                        "video_link": .text(item.videoLink), "notes": .text(item.notes),
                        "uid": .text(item.uid),
                    ]
                )
            }
            let schema = try StoreColumns.schemaColumns(db, "meeting")
            let invalid = rows.flatMap { position, row in
                StoreColumns.violations(table: "meeting", row: row, position: position, schema: schema)
                    .filter { $0.problem != .missing }
            }
            if !invalid.isEmpty { throw RowRefusal(violations: invalid) }
            var items = items
            var foreign: [ForeignUIDs.Event] = []
            for (index, item) in items.enumerated() {
                guard
                    let row = try Row.fetchOne(
                        db,
                        sql: """
                            SELECT m.cohort_id, c.name FROM meeting m JOIN cohort c ON c.id = m.cohort_id
                            WHERE m.uid = ?
                            """, arguments: [item.uid]),
                    row["cohort_id"] as CohortID != cohort
                else { continue }
                if asNew {
                    items[index].uid = item.uid + "-c\(cohort)"
                } else {
                    foreign.append(
                        ForeignUIDs.Event(
                            uid: item.uid, line: item.line, title: item.title, cohortName: row["name"]))
                }
            }
            if !foreign.isEmpty { throw ForeignUIDs(events: foreign) }
            let members = try StructureID.fetchAll(
                db, sql: "SELECT structure_id FROM membership WHERE cohort_id = ?", arguments: [cohort])
            let batch = UUID().uuidString.lowercased()
            let writer = StoreWriter(db: db)
            var created = 0
            var updated = 0
            for item in items {
                if let id = try MeetingID.fetchOne(
                    db, sql: "SELECT id FROM meeting WHERE uid = ? AND cohort_id = ?",
                    arguments: [item.uid, cohort]),
                    let record = try Self.meetingRecord(db, id),
                    let before = try ChangeEntity.meeting.snapshot(db, id: id, forDeletion: false)
                {
                    var meeting = record.meeting
                    meeting.title = item.title
                    meeting.start = item.start
                    meeting.durationMinutes = item.durationMinutes
                    meeting.place = item.place
                    if !item.videoLink.isEmpty { meeting.videoLink = item.videoLink }
                    guard meeting != record.meeting else { continue }
                    try writer.update(
                        meeting, agenda: record.agenda, invited: record.invitedIDs,
                        partners: record.partnerIDs)
                    _ = try Self.log(
                        db, .meeting, id, "update", meeting.title, before: before, batch: batch,
                        author: author, now: now)
                    updated += 1
                } else {
                    let meeting = Meeting(
                        id: 0, cohortID: cohort, kind: .workshop, title: item.title, start: item.start,
                        durationMinutes: item.durationMinutes, place: item.place, videoLink: item.videoLink,
                        facilitators: "", notes: item.notes)
                    let id = try writer.insert(meeting, invited: members, uid: item.uid)
                    _ = try Self.log(
                        db, .meeting, id, "insert", item.title, before: nil, batch: batch, author: author,
                        now: now)
                    created += 1
                }
            }
            return (created, updated)
        }
    }
}
