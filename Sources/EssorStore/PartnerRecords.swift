import EssorCore
import GRDB

/// A partner with everything its form edits.
public struct PartnerRecord: Equatable, Sendable {
    public var partner: Partner
    public var contacts: [Contact]
    public var version: Int

    public init(partner: Partner, contacts: [Contact], version: Int = 0) {
        self.partner = partner
        self.contacts = contacts
        self.version = version
    }
}

/// A mission with its days entered by hand.
public struct AssignmentRecord: Equatable, Sendable {
    public var assignment: Assignment
    public var entries: [TimeEntry]
    public var version: Int

    public init(assignment: Assignment, entries: [TimeEntry], version: Int = 0) {
        self.assignment = assignment
        self.entries = entries
        self.version = version
    }
}

extension Store {
    public func partnerRecord(id: PartnerID) throws -> PartnerRecord? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM partner WHERE id = ?", arguments: [id])
            else {
                return nil
            }
            let contacts = try Row.fetchAll(
                db, sql: "SELECT * FROM partner_contact WHERE partner_id = ? ORDER BY position",
                arguments: [id]
            ).map(Contact.init(row:))
            return PartnerRecord(partner: Partner(row: row), contacts: contacts, version: row["version"])
        }
    }

    public func assignmentRecord(id: AssignmentID) throws -> AssignmentRecord? {
        try read { db in
            guard
                let row = try Row.fetchOne(db, sql: "SELECT * FROM assignment WHERE id = ?", arguments: [id])
            else {
                return nil
            }
            return AssignmentRecord(
                assignment: Assignment(row: row), entries: try Self.entries(db, id), version: row["version"])
        }
    }

    static func entries(_ db: Database, _ id: AssignmentID) throws -> [TimeEntry] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM time_entry WHERE assignment_id = ? ORDER BY date, id", arguments: [id]
        )
        .compactMap { row in
            LocalDate.parseISO(row["date"]).map { TimeEntry(date: $0, days: row["days"], note: row["note"]) }
        }
    }

    @discardableResult
    public func save(_ record: PartnerRecord, by author: ChangeAuthor, at now: Int64) throws -> PartnerID {
        try write { db in
            var p = record.partner
            let isNew = p.id == 0
            let before = isNew ? nil : try Self.checkedSnapshot(db, .partner, p.id, version: record.version)
            if isNew {
                p.id = try StoreWriter(db: db).insert(p, contacts: record.contacts)
            } else {
                try db.execute(
                    sql: """
                        UPDATE partner SET name = ?, expertise = ?, summary = ?, website = ?, search_key = ?,
                            version = version + 1 WHERE id = ?
                        """,
                    arguments: [
                        p.name, p.expertise, p.summary, p.website,
                        LookupKeys.partner(name: p.name, expertise: p.expertise), p.id,
                    ])
                try db.execute(sql: "DELETE FROM partner_contact WHERE partner_id = ?", arguments: [p.id])
                for (position, c) in record.contacts.enumerated() {
                    try db.execute(
                        sql:
                            "INSERT INTO partner_contact (partner_id, position, name, role, email, phone) VALUES (?, ?, ?, ?, ?, ?)",
                        arguments: [p.id, position, c.name, c.role, c.email, c.phone])
                }
            }
            _ = try Self.log(
                db, .partner, p.id, isNew ? "insert" : "update", p.name, before: before, author: author,
                now: now)
            return p.id
        }
    }

    @discardableResult
    public func save(_ record: AssignmentRecord, by author: ChangeAuthor, at now: Int64) throws
        -> AssignmentID
    {
        try write { db in
            var a = record.assignment
            let isNew = a.id == 0
            let before =
                isNew ? nil : try Self.checkedSnapshot(db, .assignment, a.id, version: record.version)
            if isNew {
                a.id = try StoreWriter(db: db).insert(a)
            } else {
                try db.execute(
                    sql: """
                        UPDATE assignment SET partner_id = ?, cohort_id = ?, structure_id = ?, mission = ?,
                            days_planned = ?, status = ?, start_date = ?, end_date = ?, version = version + 1
                        WHERE id = ?
                        """,
                    arguments: [
                        a.partnerID, a.cohortID, a.structureID, a.mission, a.daysPlanned, a.status.rawValue,
                        a.start?.iso, a.end?.iso, a.id,
                    ])
            }
            try db.execute(sql: "DELETE FROM time_entry WHERE assignment_id = ?", arguments: [a.id])
            for entry in record.entries {
                try db.execute(
                    sql: "INSERT INTO time_entry (assignment_id, date, days, note) VALUES (?, ?, ?, ?)",
                    arguments: [a.id, entry.date.iso, entry.days, entry.note])
            }
            let summary =
                try String.fetchOne(
                    db, sql: "SELECT name FROM partner WHERE id = ?", arguments: [a.partnerID]
                )
                .map { "\($0) — \(a.mission.prefix(40))" } ?? a.mission
            _ = try Self.log(
                db, .assignment, a.id, isNew ? "insert" : "update", summary, before: before, author: author,
                now: now)
            return a.id
        }
    }
}
