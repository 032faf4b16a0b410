import EssorCore
import GRDB

/// A structure with everything its form edits.
public struct StructureRecord: Equatable, Sendable {
    public var structure: Structure
    public var contacts: [Contact]
    public var cohortIDs: [CohortID]
    /// The version read; 0 for a new record.
    public var version: Int

    public init(structure: Structure, contacts: [Contact], cohortIDs: [CohortID], version: Int) {
        self.structure = structure
        self.contacts = contacts
        self.cohortIDs = cohortIDs
        self.version = version
    }
}

/// A cohort with everything its form edits.
public struct CohortRecord: Equatable, Sendable {
    public var cohort: Cohort
    public var memberIDs: [StructureID]
    public var version: Int

    public init(cohort: Cohort, memberIDs: [StructureID], version: Int) {
        self.cohort = cohort
        self.memberIDs = memberIDs
        self.version = version
    }
}

/// What a deletion takes with the record: the rows the change log keeps
/// with it (the same snapshot, so nothing can be left out), counted by
/// kind, and a structure's cohorts by name.
public struct DeletionImpact: Equatable, Sendable {
    /// What goes or is unlinked with the record.
    public enum Part: String, CaseIterable, Sendable {
        case contacts, memberships, accounts, financing, invitations, attendance, assignments
        case budgetShares, budgetLines, timeEntries, meetings, agendaItems, meetingPartners
        case contributions, actions, staffTime
    }

    /// Cohorts a structure belongs to.
    public var cohorts: [String] = []
    /// Rows of each part, in `Part` order when read.
    public var counts: [Part: Int] = [:]

    public init(cohorts: [String] = [], counts: [Part: Int] = [:]) {
        self.cohorts = cohorts
        self.counts = counts
    }

    public subscript(_ part: Part) -> Int { counts[part] ?? 0 }

    /// The part a snapshot's row belongs to (nil: not the user's data).
    static func part(table: String, row: RowSnapshot.Row) -> Part? {
        switch table {
        case "structure_contact", "partner_contact": .contacts
        case "membership": .memberships
        case "financial_year": .accounts
        case "financing": .financing
        case "meeting_invitation": .invitations
        case "attendance": .attendance
        case "assignment": .assignments
        case "project_share": .budgetShares
        case "project_line": .budgetLines
        case "time_entry": .timeEntries
        case "staff_time": .staffTime
        case "meeting": .meetings
        case "agenda_item": .agendaItems
        case "meeting_partner": .meetingPartners
        case "workshop_item": row["kind"] == .text("action") ? .actions : .contributions
        default: nil
        }
    }
}

extension Store {
    public func structureRecord(id: StructureID) throws -> StructureRecord? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM structure WHERE id = ?", arguments: [id])
            else {
                return nil
            }
            let contacts = try Row.fetchAll(
                db, sql: "SELECT * FROM structure_contact WHERE structure_id = ? ORDER BY position",
                arguments: [id]
            ).map(Contact.init(row:))
            let cohorts = try CohortID.fetchAll(
                db, sql: "SELECT cohort_id FROM membership WHERE structure_id = ? ORDER BY cohort_id",
                arguments: [id])
            return StructureRecord(
                structure: Structure(row: row), contacts: contacts, cohortIDs: cohorts,
                version: row["version"])
        }
    }

    public func cohortRecord(id: CohortID) throws -> CohortRecord? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM cohort WHERE id = ?", arguments: [id])
            else {
                return nil
            }
            let members = try StructureID.fetchAll(
                db, sql: "SELECT structure_id FROM membership WHERE cohort_id = ? ORDER BY structure_id",
                arguments: [id])
            return CohortRecord(cohort: Cohort(row: row), memberIDs: members, version: row["version"])
        }
    }

    /// The name of another structure with this SIRET, if any.
    public func structureName(withSiret siret: String, excluding id: StructureID) throws -> String? {
        let digits = Siret.normalize(siret)
        guard !digits.isEmpty else { return nil }
        return try read { db in
            try String.fetchOne(
                db, sql: "SELECT name FROM structure WHERE siret = ? AND id != ? LIMIT 1",
                arguments: [digits, id])
        }
    }

    /// What deleting the record takes with it, read from the rows its
    /// deletion would keep in the change log.
    public func deletionImpact(_ entity: ChangeEntity, id: Int64) throws -> DeletionImpact {
        try read { db in
            var impact = DeletionImpact()
            guard let snapshot = try entity.snapshot(db, id: id, forDeletion: true) else { return impact }
            for (index, group) in snapshot.groups.enumerated() where index > 0 || group.owner != nil {
                for row in group.rows {
                    guard let part = DeletionImpact.part(table: group.table, row: row) else { continue }
                    impact.counts[part, default: 0] += 1
                }
            }
            if entity == .structure {
                impact.cohorts = try String.fetchAll(
                    db,
                    sql: """
                        SELECT c.name FROM cohort c JOIN membership m ON m.cohort_id = c.id
                        WHERE m.structure_id = ? ORDER BY c.start_date
                        """, arguments: [id])
            }
            return impact
        }
    }

}
