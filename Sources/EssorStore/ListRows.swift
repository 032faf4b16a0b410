import EssorCore
import GRDB

/// What one line of a list panel shows. Lists hold ordered ids; rows are
/// read by id for the lines on screen only.
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
    /// Names of its cohorts, oldest first.
    public var cohortNames: [String]

    public init(
        id: StructureID, name: String, legalForm: LegalForm, town: String, departement: String,
        cohortNames: [String]
    ) {
        self.id = id
        self.name = name
        self.legalForm = legalForm
        self.town = town
        self.departement = departement
        self.cohortNames = cohortNames
    }
}

public struct MeetingRow: Sendable, Equatable, Identifiable {
    public var meeting: Meeting
    public var cohortName: String
    /// Other meetings at overlapping times that need the same people or place.
    public var conflicts: [MeetingConflict]
    public var id: MeetingID { meeting.id }

    public init(meeting: Meeting, cohortName: String, conflicts: [MeetingConflict] = []) {
        self.meeting = meeting
        self.cohortName = cohortName
        self.conflicts = conflicts
    }
}

/// Which meetings a list shows besides the cohort scope.
public struct MeetingFilter: Equatable, Sendable {
    public var cohort: CohortID?
    public var kind: MeetingKind?
    /// Only those not over by `now` (true), only those over (false), or all (nil).
    public var upcoming: Bool?
    public var now: Int64

    public init(cohort: CohortID? = nil, kind: MeetingKind? = nil, upcoming: Bool? = nil, now: Int64 = 0) {
        self.cohort = cohort
        self.kind = kind
        self.upcoming = upcoming
        self.now = now
    }

    /// The SQL condition and its arguments.
    var condition: (String, [DatabaseValueConvertible]) {
        var parts = ["1"]
        var arguments: [DatabaseValueConvertible] = []
        if let cohort {
            parts.append("cohort_id = ?")
            arguments.append(cohort)
        }
        if let kind {
            parts.append("kind = ?")
            arguments.append(kind.rawValue)
        }
        if let upcoming {
            parts.append(
                upcoming ? "starts_at + duration_minutes * 60 > ?" : "starts_at + duration_minutes * 60 <= ?")
            arguments.append(now)
        }
        return (parts.joined(separator: " AND "), arguments)
    }
}

public struct PartnerRow: Sendable, Equatable, Identifiable {
    public var partner: Partner
    public var cohortNames: [String]
    public var daysPlanned: Double
    public var assignmentCount: Int
    public var id: PartnerID { partner.id }

    public init(partner: Partner, cohortNames: [String], daysPlanned: Double, assignmentCount: Int) {
        self.partner = partner
        self.cohortNames = cohortNames
        self.daysPlanned = daysPlanned
        self.assignmentCount = assignmentCount
    }
}

/// Sort orders of the structures list.
public enum StructureOrder: CaseIterable, Sendable, Equatable {
    case name
    case town
    case departement
    case legalForm

    public var next: StructureOrder {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    var sql: String {
        switch self {
        case .name: "s.sort_name, s.id"
        case .town: "s.sort_town, s.sort_name, s.id"
        case .departement: "s.departement, s.sort_name, s.id"
        case .legalForm: "s.legal_form, s.sort_name, s.id"
        }
    }
}
