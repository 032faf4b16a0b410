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

/// What else a deletion takes with it, for the confirmation.
public struct DeletionImpact: Equatable, Sendable {
    /// Cohorts a structure belongs to.
    public var cohorts: [String] = []
    /// Members of a cohort.
    public var members = 0
    /// Meetings of a cohort (deleted with it).
    public var meetings = 0
    /// Invitations and attendance lines of a structure.
    public var invitations = 0
    public var attendance = 0
    /// Partner assignments (a structure's are kept for the cohort; a
    /// cohort's are deleted).
    public var assignments = 0

    public init() {}
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

    public func structureDeletionImpact(id: StructureID) throws -> DeletionImpact {
        try read { db in
            var impact = DeletionImpact()
            impact.cohorts = try String.fetchAll(
                db,
                sql: """
                    SELECT c.name FROM cohort c JOIN membership m ON m.cohort_id = c.id
                    WHERE m.structure_id = ? ORDER BY c.start_date
                    """, arguments: [id])
            impact.invitations = try Self.count(db, "meeting_invitation", "structure_id", id)
            impact.attendance = try Self.count(db, "attendance", "structure_id", id)
            impact.assignments = try Self.count(db, "assignment", "structure_id", id)
            return impact
        }
    }

    public func cohortDeletionImpact(id: CohortID) throws -> DeletionImpact {
        try read { db in
            var impact = DeletionImpact()
            impact.members = try Self.count(db, "membership", "cohort_id", id)
            impact.meetings = try Self.count(db, "meeting", "cohort_id", id)
            impact.assignments = try Self.count(db, "assignment", "cohort_id", id)
            return impact
        }
    }

    public func meetingDeletionImpact(id: MeetingID) throws -> DeletionImpact {
        try read { db in
            var impact = DeletionImpact()
            impact.attendance = try Self.count(db, "attendance", "meeting_id", id)
            return impact
        }
    }

    private static func count(_ db: Database, _ table: String, _ column: String, _ id: Int64) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table) WHERE \(column) = ?", arguments: [id]) ?? 0
    }
}
