import EssorCore
import GRDB

/// Who is expected at a meeting and whether they came: one row per person
/// of each invited structure (its contacts, and anyone already marked),
/// a row without a name for a structure with no contact yet.
public struct AttendanceSheet: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var structureID: StructureID
        public var structureName: String
        public var person: String
        public var role: String
        public var status: AttendanceStatus?
        public var arrivedAt: Int64?

        public init(
            structureID: StructureID, structureName: String, person: String, role: String = "",
            status: AttendanceStatus? = nil, arrivedAt: Int64? = nil
        ) {
            self.structureID = structureID
            self.structureName = structureName
            self.person = person
            self.role = role
            self.status = status
            self.arrivedAt = arrivedAt
        }
    }

    /// A partner attached to the meeting, with its contacts.
    public struct PartnerPresent: Equatable, Sendable {
        public var name: String
        public var contacts: [(name: String, role: String)]

        public init(name: String, contacts: [(name: String, role: String)]) {
            self.name = name
            self.contacts = contacts
        }

        public static func == (a: PartnerPresent, b: PartnerPresent) -> Bool {
            a.name == b.name && a.contacts.map(\.name) == b.contacts.map(\.name)
                && a.contacts.map(\.role) == b.contacts.map(\.role)
        }
    }

    public var meeting: Meeting
    public var cohortName: String
    public var version: Int
    /// Grouped by structure, in French alphabetical order.
    public var rows: [Row]
    public var partners: [PartnerPresent] = []

    public init(
        meeting: Meeting, cohortName: String, version: Int, rows: [Row], partners: [PartnerPresent] = []
    ) {
        self.meeting = meeting
        self.cohortName = cohortName
        self.version = version
        self.rows = rows
        self.partners = partners
    }

    /// The rows marked, as the store keeps them.
    public var entries: [Attendance] {
        rows.compactMap { row in
            guard let status = row.status, !row.person.trimmingSpaces.isEmpty else { return nil }
            return Attendance(
                structureID: row.structureID, person: row.person.trimmingSpaces, status: status,
                arrivedAt: row.arrivedAt)
        }
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
            let invited = try GRDB.Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.name FROM structure s JOIN meeting_invitation i ON i.structure_id = s.id
                    WHERE i.meeting_id = ?
                    UNION SELECT s.id, s.name FROM structure s JOIN attendance a ON a.structure_id = s.id
                    WHERE a.meeting_id = ?
                    ORDER BY 2 COLLATE FRENCH
                    """, arguments: [id, id])
            var marked: [StructureID: [Attendance]] = [:]
            for entry in try GRDB.Row.fetchAll(
                db, sql: "SELECT * FROM attendance WHERE meeting_id = ? ORDER BY id", arguments: [id])
            {
                marked[entry["structure_id"], default: []].append(
                    Attendance(
                        structureID: entry["structure_id"], person: entry["person"],
                        status: AttendanceStatus(rawValue: entry["status"]) ?? .absent,
                        arrivedAt: entry["arrived_at"]))
            }
            var rows: [AttendanceSheet.Row] = []
            for structure in invited {
                let structureID: StructureID = structure[0]
                let name: String = structure[1]
                var entries = marked[structureID] ?? []
                let contacts = try GRDB.Row.fetchAll(
                    db,
                    sql: "SELECT name, role FROM structure_contact WHERE structure_id = ? ORDER BY position",
                    arguments: [structureID])
                for contact in contacts {
                    let person: String = contact[0]
                    let entry = entries.firstIndex {
                        SearchFolding.fold($0.person) == SearchFolding.fold(person)
                    }
                    rows.append(
                        AttendanceSheet.Row(
                            structureID: structureID, structureName: name, person: person, role: contact[1],
                            status: entry.map { entries[$0].status },
                            arrivedAt: entry.flatMap { entries[$0].arrivedAt }))
                    if let entry { entries.remove(at: entry) }
                }
                for entry in entries {
                    rows.append(
                        AttendanceSheet.Row(
                            structureID: structureID, structureName: name, person: entry.person,
                            status: entry.status,
                            arrivedAt: entry.arrivedAt))
                }
                if contacts.isEmpty && (marked[structureID] ?? []).isEmpty {
                    rows.append(
                        AttendanceSheet.Row(structureID: structureID, structureName: name, person: ""))
                }
            }
            var partners: [AttendanceSheet.PartnerPresent] = []
            for partner in try GRDB.Row.fetchAll(
                db,
                sql:
                    "SELECT p.id, p.name FROM partner p JOIN meeting_partner mp ON mp.partner_id = p.id WHERE mp.meeting_id = ? ORDER BY p.name COLLATE FRENCH",
                arguments: [id])
            {
                let contacts = try GRDB.Row.fetchAll(
                    db, sql: "SELECT name, role FROM partner_contact WHERE partner_id = ? ORDER BY position",
                    arguments: [partner[0] as Int64]
                ).map { (name: $0[0] as String, role: $0[1] as String) }
                partners.append(AttendanceSheet.PartnerPresent(name: partner[1], contacts: contacts))
            }
            return AttendanceSheet(
                meeting: Meeting(row: row), cohortName: row["cohort_name"], version: row["version"],
                rows: rows, partners: partners)
        }
    }
}
