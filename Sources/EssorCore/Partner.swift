public typealias PartnerID = Int64
public typealias AssignmentID = Int64

/// An expert organisation (finance, law, strategy…) taking on missions.
public struct Partner: Equatable, Sendable, Identifiable {
    public var id: PartnerID
    public var name: String
    public var expertise: String
    public var summary: String
    public var website: String

    public init(id: PartnerID, name: String, expertise: String, summary: String, website: String) {
        self.id = id
        self.name = name
        self.expertise = expertise
        self.summary = summary
        self.website = website
    }
}

/// A partner's mission in a cohort, optionally for one structure.
public struct Assignment: Equatable, Sendable, Identifiable {
    public var id: AssignmentID
    public var partnerID: PartnerID
    public var cohortID: CohortID
    public var structureID: StructureID?
    public var mission: String
    public var daysPlanned: Double
    public var status: AssignmentStatus
    /// The period of the mission, when known.
    public var start: LocalDate?
    public var end: LocalDate?

    public init(
        id: AssignmentID, partnerID: PartnerID, cohortID: CohortID, structureID: StructureID?,
        mission: String, daysPlanned: Double, status: AssignmentStatus, start: LocalDate? = nil,
        end: LocalDate? = nil
    ) {
        self.id = id
        self.partnerID = partnerID
        self.cohortID = cohortID
        self.structureID = structureID
        self.mission = mission
        self.daysPlanned = daysPlanned
        self.status = status
        self.start = start
        self.end = end
    }
}

/// Work done for a mission outside meetings, entered by hand.
public struct TimeEntry: Equatable, Sendable {
    public var date: LocalDate
    public var days: Double
    public var note: String

    public init(date: LocalDate, days: Double, note: String = "") {
        self.date = date
        self.days = days
        self.note = note
    }
}

public enum AssignmentStatus: String, CaseIterable, Sendable, Codable {
    case planned = "prevue"
    case ongoing = "en_cours"
    case done = "terminee"
}
