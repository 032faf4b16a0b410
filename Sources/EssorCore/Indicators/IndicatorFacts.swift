/// What the indicators are computed from, as the store reads it for a
/// scope (the programme or one cohort) and a period. Plain values: the
/// rules in `IndicatorReport` do no I/O.
public struct IndicatorFacts: Sendable {
    /// A structure of the scope (a member of a cohort in scope).
    public struct Organisation: Equatable, Sendable {
        public var id: StructureID
        public var name: String
        public var siret: String
        public var creationDate: LocalDate?
        public var cohorts: [CohortID]
        /// The name folded, as lists sort it (the store keeps it).
        public var sortName: String

        public init(
            id: StructureID, name: String, siret: String, creationDate: LocalDate? = nil, cohorts: [CohortID],
            sortName: String? = nil
        ) {
            self.id = id
            self.name = name
            self.sortName = sortName ?? SearchFolding.fold(name)
            self.siret = siret
            self.creationDate = creationDate
            self.cohorts = cohorts
        }
    }

    /// A meeting of the scope within the period.
    public struct MeetingFact: Equatable, Sendable {
        public var id: MeetingID
        public var cohortID: CohortID
        public var kind: MeetingKind
        public var date: LocalDate
        public var minutes: Int
        /// Started by the time the report is made.
        public var held: Bool

        public init(
            id: MeetingID, cohortID: CohortID, kind: MeetingKind, date: LocalDate, minutes: Int,
            held: Bool
        ) {
            self.id = id
            self.cohortID = cohortID
            self.kind = kind
            self.date = date
            self.minutes = minutes
            self.held = held
        }

        /// Collective workshops and one-to-one meetings are structured
        /// support; a steering committee or a webinar is not.
        public var isSupport: Bool { kind == .workshop || kind == .oneToOne }
    }

    /// A person of a structure marked present at a meeting of the period.
    public struct Presence: Equatable, Sendable {
        public var meetingID: MeetingID
        public var structureID: StructureID
        public var person: String

        public init(meetingID: MeetingID, structureID: StructureID, person: String) {
            self.meetingID = meetingID
            self.structureID = structureID
            self.person = person
        }
    }

    /// A structure's figures for one year (only those the rules use).
    public struct Accounts: Equatable, Sendable {
        public var year: Int
        public var staff: Double?
        public var turnover: Double?
        public var balanceSheet: Double?

        public init(year: Int, staff: Double?, turnover: Double?, balanceSheet: Double?) {
            self.year = year
            self.staff = staff
            self.turnover = turnover
            self.balanceSheet = balanceSheet
        }
    }

    /// A partner's mission in scope, with its days.
    public struct Mission: Equatable, Sendable {
        public var partner: String
        public var cohortID: CohortID
        public var planned: Double
        public var used: Double

        public init(partner: String, cohortID: CohortID, planned: Double, used: Double) {
            self.partner = partner
            self.cohortID = cohortID
            self.planned = planned
            self.used = used
        }
    }

    /// What the figures need of a structure's past, beyond the period:
    /// the first support meeting it attended, its creation date and its
    /// accounts (for RCO05, RCR01 and the split by size).
    public struct History: Sendable {
        public var firstSupport: [StructureID: LocalDate]
        public var creationDates: [StructureID: LocalDate]
        public var accounts: [StructureID: [Accounts]]

        public init(
            firstSupport: [StructureID: LocalDate] = [:], creationDates: [StructureID: LocalDate] = [:],
            accounts: [StructureID: [Accounts]] = [:]
        ) {
            self.firstSupport = firstSupport
            self.creationDates = creationDates
            self.accounts = accounts
        }
    }

    public var period: ReportPeriod
    /// Hours of support (in minutes) a structure needs in the period.
    public var thresholdMinutes: Int
    public var cohorts: [CohortID: String]
    public var organisations: [Organisation]
    public var meetings: [MeetingFact]
    public var presences: [Presence]
    /// Structures invited to a support meeting of the period.
    public var invitations: [MeetingID: [StructureID]]
    /// The first support meeting each structure attended, whenever it was
    /// (the start of its support, for RCO05 and RCR01).
    public var firstSupport: [StructureID: LocalDate]
    public var financings: [Financing]
    /// Every year of accounts per structure, in any order.
    public var accounts: [StructureID: [Accounts]]
    public var missions: [Mission]

    public init(
        period: ReportPeriod, thresholdMinutes: Int, cohorts: [CohortID: String] = [:],
        organisations: [Organisation] = [], meetings: [MeetingFact] = [], presences: [Presence] = [],
        invitations: [MeetingID: [StructureID]] = [:], firstSupport: [StructureID: LocalDate] = [:],
        financings: [Financing] = [], accounts: [StructureID: [Accounts]] = [:], missions: [Mission] = []
    ) {
        self.period = period
        self.thresholdMinutes = thresholdMinutes
        self.cohorts = cohorts
        self.organisations = organisations
        self.meetings = meetings
        self.presences = presences
        self.invitations = invitations
        self.firstSupport = firstSupport
        self.financings = financings
        self.accounts = accounts
        self.missions = missions
    }

    /// `history` added to the facts: each structure's creation date set
    /// on its organisation, the first supports and accounts merged.
    public mutating func add(_ history: History) {
        firstSupport.merge(history.firstSupport) { $1 }
        accounts.merge(history.accounts) { $1 }
        guard !history.creationDates.isEmpty else { return }
        for index in organisations.indices {
            if let day = history.creationDates[organisations[index].id] {
                organisations[index].creationDate = day
            }
        }
    }
}
