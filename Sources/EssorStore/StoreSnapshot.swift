import EssorCore
import GRDB

/// What the list panels show, read in one transaction so that every panel
/// sees the same state of the store.
public struct StoreSnapshot: Sendable, Equatable {
    public var programme: Programme?
    public var cohorts: [CohortRow]
    public var structures: [StructureRow]
    public var meetings: [MeetingRow]
    public var partners: [PartnerRow]

    public init(
        programme: Programme?, cohorts: [CohortRow], structures: [StructureRow],
        meetings: [MeetingRow], partners: [PartnerRow]
    ) {
        self.programme = programme
        self.cohorts = cohorts
        self.structures = structures
        self.meetings = meetings
        self.partners = partners
    }

    public static let empty = StoreSnapshot(
        programme: nil, cohorts: [], structures: [], meetings: [], partners: [])
}

public struct CohortRow: Sendable, Equatable, Identifiable {
    public var cohort: Cohort
    public var structureCount: Int
    public var meetingCount: Int
    public var id: CohortID { cohort.id }

    public init(cohort: Cohort, structureCount: Int, meetingCount: Int) {
        self.cohort = cohort
        self.structureCount = structureCount
        self.meetingCount = meetingCount
    }
}

public struct StructureRow: Sendable, Equatable, Identifiable {
    public var id: StructureID
    public var name: String
    public var legalForm: LegalForm
    public var town: String
    public var departement: String
    public var cohortIDs: [CohortID]
    /// Folded name, town, postcode, sector and SIRET, as UTF-8 bytes.
    public var searchKey: [UInt8]

    public init(
        id: StructureID, name: String, legalForm: LegalForm, town: String, departement: String,
        cohortIDs: [CohortID], searchKey: [UInt8]
    ) {
        self.id = id
        self.name = name
        self.legalForm = legalForm
        self.town = town
        self.departement = departement
        self.cohortIDs = cohortIDs
        self.searchKey = searchKey
    }
}

public struct MeetingRow: Sendable, Equatable, Identifiable {
    public var meeting: Meeting
    public var partnerIDs: [PartnerID]
    public var id: MeetingID { meeting.id }

    public init(meeting: Meeting, partnerIDs: [PartnerID]) {
        self.meeting = meeting
        self.partnerIDs = partnerIDs
    }
}

public struct PartnerRow: Sendable, Equatable, Identifiable {
    public var partner: Partner
    public var cohortIDs: [CohortID]
    public var daysPlanned: Double
    public var assignmentCount: Int
    public var id: PartnerID { partner.id }

    public init(partner: Partner, cohortIDs: [CohortID], daysPlanned: Double, assignmentCount: Int) {
        self.partner = partner
        self.cohortIDs = cohortIDs
        self.daysPlanned = daysPlanned
        self.assignmentCount = assignmentCount
    }
}

extension Store {
    /// Everything the list panels need, in one read transaction.
    public func snapshot() throws -> StoreSnapshot {
        try read { db in
            StoreSnapshot(
                programme: try Row.fetchOne(db, sql: "SELECT * FROM programme WHERE id = 1").map(
                    Programme.init(row:)),
                cohorts: try Self.cohortRows(db),
                structures: try Self.structureRows(db),
                meetings: try Self.meetingRows(db),
                partners: try Self.partnerRows(db))
        }
    }

    public func programme() throws -> Programme? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM programme WHERE id = 1").map(Programme.init(row:))
        }
    }

    private static func cohortRows(_ db: Database) throws -> [CohortRow] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT c.*,
                    (SELECT COUNT(*) FROM membership m WHERE m.cohort_id = c.id) AS n_structures,
                    (SELECT COUNT(*) FROM meeting s WHERE s.cohort_id = c.id) AS n_meetings
                FROM cohort c ORDER BY c.start_date, c.name
                """
        ).map {
            CohortRow(
                cohort: Cohort(row: $0), structureCount: $0["n_structures"],
                meetingCount: $0["n_meetings"])
        }
    }

    private static func structureRows(_ db: Database) throws -> [StructureRow] {
        var cohortsByStructure: [StructureID: [CohortID]] = [:]
        let memberships = try Row.fetchCursor(
            db, sql: "SELECT structure_id, cohort_id FROM membership ORDER BY cohort_id")
        while let row = try memberships.next() {
            cohortsByStructure[row[0], default: []].append(row[1])
        }
        var result: [StructureRow] = []
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT id, name, legal_form, town, departement, search_key FROM structure ORDER BY id")
        while let row = try rows.next() {
            let id: StructureID = row[0]
            let key: String = row[5]
            result.append(
                StructureRow(
                    id: id, name: row[1], legalForm: LegalForm(rawValue: row[2]) ?? .autre,
                    town: row[3], departement: row[4], cohortIDs: cohortsByStructure[id] ?? [],
                    searchKey: Array(key.utf8)))
        }
        return result
    }

    private static func meetingRows(_ db: Database) throws -> [MeetingRow] {
        var partnersByMeeting: [MeetingID: [PartnerID]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT meeting_id, partner_id FROM meeting_partner") {
            partnersByMeeting[row[0], default: []].append(row[1])
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM meeting ORDER BY starts_at, id").map {
            let meeting = Meeting(row: $0)
            return MeetingRow(meeting: meeting, partnerIDs: partnersByMeeting[meeting.id] ?? [])
        }
    }

    private static func partnerRows(_ db: Database) throws -> [PartnerRow] {
        var cohorts: [PartnerID: [CohortID]] = [:]
        var days: [PartnerID: Double] = [:]
        var counts: [PartnerID: Int] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT partner_id, cohort_id, days_planned FROM assignment ORDER BY cohort_id")
        {
            let partner: PartnerID = row[0]
            let cohort: CohortID = row[1]
            if !(cohorts[partner]?.contains(cohort) ?? false) {
                cohorts[partner, default: []].append(cohort)
            }
            days[partner, default: 0] += row[2] as Double
            counts[partner, default: 0] += 1
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM partner ORDER BY name").map {
            let partner = Partner(row: $0)
            return PartnerRow(
                partner: partner, cohortIDs: cohorts[partner.id] ?? [],
                daysPlanned: days[partner.id] ?? 0, assignmentCount: counts[partner.id] ?? 0)
        }
    }
}
