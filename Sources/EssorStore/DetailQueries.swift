import EssorCore
import GRDB

extension Store {
    public func structureDetail(id: StructureID, now: Int64) throws -> StructureDetail? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM structure WHERE id = ?", arguments: [id])
            else { return nil }
            let contacts = try Row.fetchAll(
                db, sql: "SELECT * FROM structure_contact WHERE structure_id = ? ORDER BY position",
                arguments: [id]
            ).map(Contact.init(row:))
            let cohorts = try Row.fetchAll(
                db,
                sql: """
                    SELECT c.id, c.name FROM cohort c JOIN membership m ON m.cohort_id = c.id
                    WHERE m.structure_id = ? ORDER BY c.start_date, c.name
                    """, arguments: [id]
            ).map { NamedRef(id: $0[0], name: $0[1]) }
            let invited =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM meeting_invitation WHERE structure_id = ?",
                    arguments: [id]) ?? 0
            let attended =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(DISTINCT meeting_id) FROM attendance
                        WHERE structure_id = ? AND status = 'present'
                        """, arguments: [id]) ?? 0
            let next = try Self.meetingLines(
                db,
                sql: """
                    SELECT s.*, c.name AS cohort_name FROM meeting s
                    JOIN meeting_invitation i ON i.meeting_id = s.id JOIN cohort c ON c.id = s.cohort_id
                    WHERE i.structure_id = ? AND s.starts_at + s.duration_minutes * 60 > ?
                    ORDER BY s.starts_at LIMIT 1
                    """, arguments: [id, now]
            ).first
            return StructureDetail(
                structure: Structure(row: row), contacts: contacts, cohorts: cohorts,
                assignments: try Self.assignmentLines(db, where: "a.structure_id = ?", [id]),
                meetingsInvited: invited, meetingsAttended: attended, nextMeeting: next,
                version: row["version"])
        }
    }

    public func cohortDetail(id: CohortID, now: Int64) throws -> CohortDetail? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM cohort WHERE id = ?", arguments: [id])
            else { return nil }
            let members = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.name, s.legal_form, s.town FROM structure s
                    JOIN membership m ON m.structure_id = s.id WHERE m.cohort_id = ? ORDER BY s.name COLLATE FRENCH
                    """, arguments: [id]
            ).map {
                CohortDetail.StructureRef(
                    id: $0[0], name: $0[1], legalForm: LegalForm(rawValue: $0[2]) ?? .other,
                    town: $0[3])
            }
            let next = try Self.meetingLines(
                db,
                sql: """
                    SELECT s.*, c.name AS cohort_name FROM meeting s JOIN cohort c ON c.id = s.cohort_id
                    WHERE s.cohort_id = ? AND s.starts_at + s.duration_minutes * 60 > ?
                    ORDER BY s.starts_at LIMIT 1
                    """, arguments: [id, now]
            ).first
            let past =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM meeting
                        WHERE cohort_id = ? AND starts_at + duration_minutes * 60 <= ?
                        """, arguments: [id, now]) ?? 0
            let all =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM meeting WHERE cohort_id = ?", arguments: [id])
                ?? 0
            return CohortDetail(
                cohort: Cohort(row: row), members: members,
                assignments: try Self.assignmentLines(db, where: "a.cohort_id = ?", [id]),
                nextMeeting: next, pastMeetings: past, upcomingMeetings: all - past)
        }
    }

    public func meetingDetail(id: MeetingID) throws -> MeetingDetail? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT s.*, c.name AS cohort_name FROM meeting s
                        JOIN cohort c ON c.id = s.cohort_id WHERE s.id = ?
                        """, arguments: [id])
            else { return nil }
            let agenda = try Row.fetchAll(
                db, sql: "SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY position",
                arguments: [id]
            ).map { AgendaItem(title: $0["title"], minutes: $0["minutes"], owner: $0["owner"]) }
            let invited = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.name FROM structure s JOIN meeting_invitation i ON i.structure_id = s.id
                    WHERE i.meeting_id = ? ORDER BY s.name COLLATE FRENCH
                    """, arguments: [id]
            ).map { NamedRef(id: $0[0], name: $0[1]) }
            let partners = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.id, p.name FROM partner p JOIN meeting_partner mp ON mp.partner_id = p.id
                    WHERE mp.meeting_id = ? ORDER BY p.name COLLATE FRENCH
                    """, arguments: [id]
            ).map { NamedRef(id: $0[0], name: $0[1]) }
            let attendance = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.*, COALESCE(s.name, p.name, a.organisation) AS group_name,
                        CASE WHEN s.id IS NOT NULL THEN 0 WHEN p.id IS NOT NULL THEN 1 ELSE 2 END AS rank
                    FROM attendance a
                    LEFT JOIN structure s ON s.id = a.structure_id
                    LEFT JOIN partner p ON p.id = a.partner_id
                    WHERE a.meeting_id = ?
                    ORDER BY rank, group_name COLLATE FRENCH, a.person COLLATE FRENCH
                    """, arguments: [id]
            ).map {
                MeetingDetail.AttendanceLine(attendance: Attendance(row: $0), structureName: $0["group_name"])
            }
            var detail = MeetingDetail(
                meeting: Meeting(row: row), cohortName: row["cohort_name"], agenda: agenda,
                invited: invited, partners: partners, attendance: attendance)
            let series: String = row["series"]
            if !series.isEmpty {
                let start: Int64 = row["starts_at"]
                detail.seriesCount =
                    try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM meeting WHERE series = ?", arguments: [series]) ?? 0
                detail.seriesPosition =
                    try Int.fetchOne(
                        db,
                        sql:
                            "SELECT COUNT(*) FROM meeting WHERE series = ? AND (starts_at < ? OR (starts_at = ? AND id <= ?))",
                        arguments: [series, start, start, id]) ?? 0
            }
            let plans = try MeetingPlans.read(db, where: "m.id = ?", [id])
            detail.conflicts = try MeetingPlans.conflicts(db, of: plans)[id] ?? []
            return detail
        }
    }

    public func partnerDetail(id: PartnerID, now: Int64) throws -> PartnerDetail? {
        var detail = try partnerDetailBase(id: id, now: now)
        detail?.missions = try missionLoads(partner: id, now: now)
        return detail
    }

    private func partnerDetailBase(id: PartnerID, now: Int64) throws -> PartnerDetail? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM partner WHERE id = ?", arguments: [id])
            else { return nil }
            let contacts = try Row.fetchAll(
                db, sql: "SELECT * FROM partner_contact WHERE partner_id = ? ORDER BY position",
                arguments: [id]
            ).map(Contact.init(row:))
            let upcoming = try Self.meetingLines(
                db,
                sql: """
                    SELECT s.*, c.name AS cohort_name FROM meeting s
                    JOIN meeting_partner mp ON mp.meeting_id = s.id JOIN cohort c ON c.id = s.cohort_id
                    WHERE mp.partner_id = ? AND s.starts_at + s.duration_minutes * 60 > ?
                    ORDER BY s.starts_at LIMIT 10
                    """, arguments: [id, now])
            let past =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM meeting s JOIN meeting_partner mp ON mp.meeting_id = s.id
                        WHERE mp.partner_id = ? AND s.starts_at + s.duration_minutes * 60 <= ?
                        """, arguments: [id, now]) ?? 0
            return PartnerDetail(
                partner: Partner(row: row), contacts: contacts,
                assignments: try Self.assignmentLines(db, where: "a.partner_id = ?", [id]),
                upcomingMeetings: upcoming, pastMeetings: past)
        }
    }

    private static func meetingLines(_ db: Database, sql: String, arguments: StatementArguments) throws
        -> [MeetingLine]
    {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map {
            MeetingLine(meeting: Meeting(row: $0), cohortName: $0["cohort_name"])
        }
    }

    private static func assignmentLines(
        _ db: Database, where condition: String, _ arguments: StatementArguments
    )
        throws -> [AssignmentLine]
    {
        try Row.fetchAll(
            db,
            sql: """
                SELECT a.*, p.name AS partner_name, c.name AS cohort_name, s.name AS structure_name
                FROM assignment a JOIN partner p ON p.id = a.partner_id
                JOIN cohort c ON c.id = a.cohort_id LEFT JOIN structure s ON s.id = a.structure_id
                WHERE \(condition) ORDER BY c.start_date, p.name, a.id
                """, arguments: arguments
        ).map {
            AssignmentLine(
                assignment: Assignment(row: $0), partnerName: $0["partner_name"],
                cohortName: $0["cohort_name"], structureName: $0["structure_name"])
        }
    }
}
