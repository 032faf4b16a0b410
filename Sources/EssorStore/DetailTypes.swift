import EssorCore

/// A record named in another record's detail (a cohort of a structure…).
public struct NamedRef: Sendable, Equatable {
    public var id: Int64
    public var name: String

    public init(id: Int64, name: String) {
        self.id = id
        self.name = name
    }
}

/// An assignment with the names it points to, for details.
public struct AssignmentLine: Sendable, Equatable {
    public var assignment: Assignment
    public var partnerName: String
    public var cohortName: String
    public var structureName: String?

    public init(
        assignment: Assignment, partnerName: String, cohortName: String, structureName: String?
    ) {
        self.assignment = assignment
        self.partnerName = partnerName
        self.cohortName = cohortName
        self.structureName = structureName
    }
}

/// A meeting with its cohort's name, for details.
public struct MeetingLine: Sendable, Equatable {
    public var meeting: Meeting
    public var cohortName: String

    public init(meeting: Meeting, cohortName: String) {
        self.meeting = meeting
        self.cohortName = cohortName
    }
}

public struct StructureDetail: Sendable, Equatable {
    public var structure: Structure
    public var contacts: [Contact]
    public var cohorts: [NamedRef]
    public var assignments: [AssignmentLine]
    public var meetingsInvited: Int
    public var meetingsAttended: Int
    public var nextMeeting: MeetingLine?
    /// The record's version (scripts pass it to `essor edit --if-version`).
    public var version = 1
}

public struct CohortDetail: Sendable, Equatable {
    public var cohort: Cohort
    public var members: [StructureRef]
    public var assignments: [AssignmentLine]
    public var nextMeeting: MeetingLine?
    public var pastMeetings: Int
    public var upcomingMeetings: Int

    /// A member structure with what identifies it in a list.
    public struct StructureRef: Sendable, Equatable {
        public var id: StructureID
        public var name: String
        public var legalForm: LegalForm
        public var town: String
    }
}

public struct MeetingDetail: Sendable, Equatable {
    public var meeting: Meeting
    public var cohortName: String
    public var agenda: [AgendaItem]
    public var invited: [NamedRef]
    public var partners: [NamedRef]
    public var attendance: [AttendanceLine]
    public var conflicts: [MeetingConflict] = []
    /// Meetings of its series, itself included (0 when it stands alone), and its rank.
    public var seriesCount = 0
    public var seriesPosition = 0

    public struct AttendanceLine: Sendable, Equatable {
        public var attendance: Attendance
        public var structureName: String
    }
}

public struct PartnerDetail: Sendable, Equatable {
    public var partner: Partner
    public var contacts: [Contact]
    public var assignments: [AssignmentLine]
    public var upcomingMeetings: [MeetingLine]
    public var pastMeetings: Int
    /// Its missions with the days planned, used and to come.
    public var missions: [MissionLoad] = []
}
