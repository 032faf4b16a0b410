import EssorCore
import GRDB

/// Who is expected at a meeting and whether they came, grouped: each
/// invited structure (its contacts, and anyone marked with it; a row
/// without a name when it has no contact yet), then each partner of the
/// meeting (its contacts), then the people of other organisations who came.
public struct AttendanceSheet: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var group: AttendanceGroup
        /// The name of the structure, partner or other organisation.
        public var structureName: String
        public var person: String
        public var role: String
        public var status: AttendanceStatus?
        public var arrivedAt: Int64?
        /// One of its structure's or partner's contacts (stays on the sheet),
        /// rather than a person added at the meeting.
        public var isContact: Bool

        public init(
            group: AttendanceGroup, structureName: String, person: String, role: String = "",
            status: AttendanceStatus? = nil, arrivedAt: Int64? = nil, isContact: Bool = false
        ) {
            self.group = group
            self.structureName = structureName
            self.person = person
            self.role = role
            self.status = status
            self.arrivedAt = arrivedAt
            self.isContact = isContact
        }

        public init(
            structureID: StructureID, structureName: String, person: String, role: String = "",
            status: AttendanceStatus? = nil, arrivedAt: Int64? = nil
        ) {
            self.init(
                group: .structure(structureID), structureName: structureName, person: person, role: role,
                status: status, arrivedAt: arrivedAt)
        }

        /// Whether the person belongs to an invited structure (the sheet's
        /// « inscrits »).
        public var isInvited: Bool { group.structureID != nil }
    }

    public var meeting: Meeting
    public var cohortName: String
    public var version: Int
    public var rows: [Row]

    public init(meeting: Meeting, cohortName: String, version: Int, rows: [Row]) {
        self.meeting = meeting
        self.cohortName = cohortName
        self.version = version
        self.rows = rows
    }

    /// The rows marked, as the store keeps them.
    public var entries: [Attendance] {
        rows.compactMap { row in
            guard let status = row.status, !row.person.trimmingSpaces.isEmpty else { return nil }
            return Attendance(
                group: row.group, person: row.person.trimmingSpaces, status: status, arrivedAt: row.arrivedAt)
        }
    }

    /// The groups people can be attached to, in the sheet's order: its
    /// structures and partners, then « another organisation ».
    public var groups: [(group: AttendanceGroup, name: String)] {
        var seen: [AttendanceGroup] = []
        var out: [(group: AttendanceGroup, name: String)] = []
        for row in rows where !seen.contains(row.group) {
            if case .other = row.group { continue }
            seen.append(row.group)
            out.append((row.group, row.structureName))
        }
        return out
    }
}

extension Store {
    public func attendanceSheet(meeting id: MeetingID) throws -> AttendanceSheet? {
        try read { db in
            guard
                let row = try GRDB.Row.fetchOne(
                    db,
                    sql:
                        "SELECT m.*, c.name AS cohort_name FROM meeting m JOIN cohort c ON c.id = m.cohort_id WHERE m.id = ?",
                    arguments: [id])
            else { return nil }
            var marked = try GRDB.Row.fetchAll(
                db, sql: "SELECT * FROM attendance WHERE meeting_id = ? ORDER BY id", arguments: [id]
            ).map(Attendance.init(row:))
            var rows: [AttendanceSheet.Row] = []
            /// The contacts of a structure or partner, each with its marks,
            /// then the others marked with it.
            func group(
                _ group: AttendanceGroup, name: String, contacts: [(String, String)], placeholder: Bool
            ) {
                var entries = marked.filter { $0.group == group }
                marked.removeAll { $0.group == group }
                for (person, role) in contacts {
                    let entry = entries.firstIndex {
                        SearchFolding.fold($0.person) == SearchFolding.fold(person)
                    }
                    rows.append(
                        AttendanceSheet.Row(
                            group: group, structureName: name, person: person, role: role,
                            status: entry.map { entries[$0].status },
                            arrivedAt: entry.flatMap { entries[$0].arrivedAt }, isContact: true))
                    if let entry { entries.remove(at: entry) }
                }
                for entry in entries {
                    rows.append(
                        AttendanceSheet.Row(
                            group: group, structureName: name, person: entry.person, status: entry.status,
                            arrivedAt: entry.arrivedAt))
                }
                if placeholder && contacts.isEmpty && rows.last?.group != group {
                    rows.append(AttendanceSheet.Row(group: group, structureName: name, person: ""))
                }
            }
            let structures = try GRDB.Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.name FROM structure s JOIN meeting_invitation i ON i.structure_id = s.id
                    WHERE i.meeting_id = ?
                    UNION SELECT s.id, s.name FROM structure s JOIN attendance a ON a.structure_id = s.id
                    WHERE a.meeting_id = ?
                    ORDER BY 2 COLLATE FRENCH
                    """, arguments: [id, id])
            for structure in structures {
                let contacts = try GRDB.Row.fetchAll(
                    db,
                    sql: "SELECT name, role FROM structure_contact WHERE structure_id = ? ORDER BY position",
                    arguments: [structure[0] as Int64]
                ).map { ($0[0] as String, $0[1] as String) }
                group(.structure(structure[0]), name: structure[1], contacts: contacts, placeholder: true)
            }
            let partners = try GRDB.Row.fetchAll(
                db,
                sql: """
                    SELECT p.id, p.name FROM partner p JOIN meeting_partner mp ON mp.partner_id = p.id
                    WHERE mp.meeting_id = ?
                    UNION SELECT p.id, p.name FROM partner p JOIN attendance a ON a.partner_id = p.id
                    WHERE a.meeting_id = ?
                    ORDER BY 2 COLLATE FRENCH
                    """, arguments: [id, id])
            for partner in partners {
                let contacts = try GRDB.Row.fetchAll(
                    db, sql: "SELECT name, role FROM partner_contact WHERE partner_id = ? ORDER BY position",
                    arguments: [partner[0] as Int64]
                ).map { ($0[0] as String, $0[1] as String) }
                group(.partner(partner[0]), name: partner[1], contacts: contacts, placeholder: true)
            }
            // People of other organisations, by organisation in French order.
            let others = marked.sorted {
                let (a, b) = ($0.group.organisation, $1.group.organisation)
                return a == b ? FrenchOrder.less($0.person, $1.person) : FrenchOrder.less(a, b)
            }
            for entry in others {
                rows.append(
                    AttendanceSheet.Row(
                        group: entry.group, structureName: entry.group.organisation, person: entry.person,
                        status: entry.status, arrivedAt: entry.arrivedAt))
            }
            return AttendanceSheet(
                meeting: Meeting(row: row), cohortName: row["cohort_name"], version: row["version"],
                rows: rows)
        }
    }
}
