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
    /// How many times it was saved (its version), and when last (its
    /// latest change), for calendars to take the latest.
    public var version: Int = 0
    public var modifiedAt: Int64?
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
    /// The kind the calendar gives (CATEGORIES); nil: a workshop, or the
    /// kind the meeting has.
    public var kind: MeetingKind?
    /// Who facilitates it (ORGANIZER); empty: unchanged.
    public var facilitators: String
    /// The attendees' e-mail addresses: the member structures one of whose
    /// contacts has one are invited (all the members when none has).
    public var attendees: [String]
    /// What another essor wrote: the invited structures and the partners
    /// by name, the agenda (nil: none said). Used when the meeting is
    /// created; an update keeps the store's own.
    public var invitedNames: [String]
    public var partnerNames: [String]
    public var agenda: [AgendaItem]?
    /// Where it comes from in its file, for messages (0: unknown).
    public var line: Int

    public init(
        uid: String, title: String, start: Int64, durationMinutes: Int, place: String, videoLink: String,
        notes: String, kind: MeetingKind? = nil, facilitators: String = "", attendees: [String] = [],
        invitedNames: [String] = [], partnerNames: [String] = [], agenda: [AgendaItem]? = nil, line: Int = 0
    ) {
        self.invitedNames = invitedNames
        self.partnerNames = partnerNames
        self.agenda = agenda
        self.line = line
        self.kind = kind
        self.facilitators = facilitators
        self.attendees = attendees
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
                    SELECT m.*, c.name AS cohort_name,
                        (SELECT MAX(l.at) FROM change_log l WHERE l.entity = 'meeting' AND l.record_id = m.id)
                            AS modified_at
                    FROM meeting m JOIN cohort c ON c.id = m.cohort_id
                    WHERE m.id IN (\(selected)) ORDER BY m.starts_at, m.id
                    """, arguments: args
            ).map { row in
                let meeting = Meeting(row: row)
                return MeetingExportEntry(
                    meeting: meeting, uid: row["uid"], cohortName: row["cohort_name"],
                    agenda: agenda[meeting.id] ?? [],
                    invited: invited[meeting.id] ?? [], partners: partners[meeting.id] ?? [],
                    version: row["version"] ?? 0, modifiedAt: row["modified_at"])
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
    ///
    /// `cancelled` (UIDs the calendar cancelled): this cohort's meeting of
    /// each is deleted (in the same batch, so `u` brings it back), unless
    /// attendance was recorded for it, in which case it is kept and
    /// named in `kept`.
    public func importMeetings(
        _ items: [ImportedMeeting], cohort: CohortID, cancelled: [String] = [], asNew: Bool = false,
        by author: ChangeAuthor, at now: Int64
    )
        throws -> CalendarImportResult
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
                        "uid": .text(item.uid), "facilitators": .text(item.facilitators),
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
            // The members' contacts' addresses, to invite those an event names.
            var byAddress: [String: Set<StructureID>] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT sc.structure_id, sc.email FROM structure_contact sc
                    JOIN membership m ON m.structure_id = sc.structure_id AND m.cohort_id = ?
                    WHERE sc.email <> ''
                    """, arguments: [cohort])
            {
                let email: String = row["email"]
                byAddress[email.trimmingCharacters(in: .whitespaces).lowercased(), default: []].insert(
                    row["structure_id"])
            }
            var byName: [String: StructureID] = [:]
            for row in try Row.fetchAll(
                db,
                sql:
                    "SELECT s.id, s.name FROM structure s JOIN membership m ON m.structure_id = s.id AND m.cohort_id = ?",
                arguments: [cohort])
            {
                byName[SearchFolding.fold(row["name"])] = row["id"]
            }
            var partnersByName: [String: PartnerID] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM partner") {
                partnersByName[SearchFolding.fold(row["name"])] = row["id"]
            }
            // Those another essor names, else those the attendees' addresses
            // name, else every member.
            func invited(_ item: ImportedMeeting) -> [StructureID] {
                let listed = Set(item.invitedNames.compactMap { byName[SearchFolding.fold($0)] })
                if !listed.isEmpty { return members.filter(listed.contains) }
                let named = Set(item.attendees.flatMap { byAddress[$0] ?? [] })
                return named.isEmpty ? members : members.filter(named.contains)
            }
            let batch = UUID().uuidString.lowercased()
            let writer = StoreWriter(db: db)
            var result = CalendarImportResult()
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
                    if let kind = item.kind { meeting.kind = kind }
                    if !item.facilitators.isEmpty { meeting.facilitators = item.facilitators }
                    guard meeting != record.meeting else { continue }
                    try writer.update(
                        meeting, agenda: record.agenda, invited: record.invitedIDs,
                        partners: record.partnerIDs)
                    _ = try Self.log(
                        db, .meeting, id, "update", meeting.title, before: before, batch: batch,
                        author: author, now: now)
                    result.updated += 1
                } else {
                    let meeting = Meeting(
                        id: 0, cohortID: cohort, kind: item.kind ?? .workshop, title: item.title,
                        start: item.start, durationMinutes: item.durationMinutes, place: item.place,
                        videoLink: item.videoLink, facilitators: item.facilitators, notes: item.notes)
                    let partners = item.partnerNames.compactMap { partnersByName[SearchFolding.fold($0)] }
                    let id = try writer.insert(
                        meeting, agenda: item.agenda ?? [], invited: invited(item),
                        partners: Array(Set(partners)).sorted(), uid: item.uid)
                    _ = try Self.log(
                        db, .meeting, id, "insert", item.title, before: nil, batch: batch, author: author,
                        now: now)
                    result.created += 1
                }
            }
            for uid in cancelled {
                guard
                    let id = try MeetingID.fetchOne(
                        db, sql: "SELECT id FROM meeting WHERE uid = ? AND cohort_id = ?",
                        arguments: [uid, cohort])
                else { continue }
                if try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM attendance WHERE meeting_id = ? LIMIT 1", arguments: [id]) == true
                {
                    let title = try String.fetchOne(
                        db, sql: "SELECT title FROM meeting WHERE id = ?", arguments: [id])
                    result.kept.append(title ?? "")
                    continue
                }
                if try Self.deleteLogged(db, .meeting, id: id, batch: batch, author: author, now: now) != nil
                {
                    result.deleted += 1
                }
            }
            return result
        }
    }
}

/// What an import of calendar events did.
public struct CalendarImportResult: Equatable, Sendable {
    public var created = 0
    public var updated = 0
    /// Meetings the calendar cancelled, deleted.
    public var deleted = 0
    /// Meetings the calendar cancelled but that have attendance recorded:
    /// kept (their titles).
    public var kept: [String] = []

    public init() {}

    public var counts: (created: Int, updated: Int) { (created, updated) }
}
