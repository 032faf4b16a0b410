/// The indicators of a scope and a period, with the evidence behind each
/// count, and the figures around them (hours, participants, meetings,
/// partner days). Pure: computed from `IndicatorFacts`.
public struct IndicatorReport: Equatable, Sendable {
    /// Hours of support one enterprise received in the period.
    public struct EnterpriseHours: Equatable, Sendable {
        public var enterprise: Enterprise
        public var minutes: Int
        public var meetings: Int
    }

    public struct PersonHours: Equatable, Sendable {
        public var person: String
        public var structure: String
        public var minutes: Int
        public var meetings: Int
    }

    public struct CohortFigures: Equatable, Sendable {
        public var cohortID: CohortID
        public var name: String
        /// Hours of support received by its structures (each enterprise
        /// once per meeting).
        public var minutes: Int
        /// Enterprises of RCO01 among its members.
        public var supported: Int
        public var members: Int
    }

    public struct KindFigures: Equatable, Sendable {
        public var kind: MeetingKind
        public var held: Int
        public var planned: Int
        public var minutesHeld: Int
    }

    public struct MonthFigures: Equatable, Sendable {
        /// Its first day.
        public var month: LocalDate
        public var minutes: Int
    }

    public struct PartnerDays: Equatable, Sendable {
        public var partner: String
        public var planned: Double
        public var used: Double
    }

    public var period: ReportPeriod
    public var thresholdMinutes: Int
    public var indicators: [Indicator]
    /// Every enterprise of the scope with its hours, most first (with
    /// the lists only).
    public var hours: [EnterpriseHours]
    /// Every participant with their hours (with the lists only).
    public var people: [PersonHours]
    /// Per cohort, in name order (in id order without the lists).
    public var cohorts: [CohortFigures]
    public var kinds: [KindFigures]
    /// Hours of support per month of the period (first day of the month).
    public var months: [MonthFigures]
    public var partners: [PartnerDays]
    /// Enterprises in scope.
    public var enterprises: Int
    /// Enterprises present at one support meeting of the period or more.
    public var attended: Int
    /// Distinct participants (a person of a structure, by folded name).
    public var participants: Int
    /// Hours of support received, each enterprise once per meeting.
    public var supportMinutes: Int
    /// Whether the explanation lists (`Indicator.counted`, `notCounted`,
    /// `hours`, `people`) were made: the figures do not need them.
    public var hasLists: Bool

    public func indicator(_ code: IndicatorCode) -> Indicator {
        indicators.first { $0.code == code }!
    }
}

extension IndicatorReport {
    /// The indicators of `facts`; with `lists`, the enterprises counted
    /// and not counted with why, and everyone's hours, as well (a
    /// programme's figures alone are much quicker).
    public init(_ facts: IndicatorFacts, lists: Bool = true) {
        self = IndicatorBuilder(facts, lists: lists).report()
    }

    /// The figures without the lists, computed once: `history` is asked
    /// for the past of the structures whose enterprises RCO01 counts
    /// only (their first support, creation date and accounts, for RCO05,
    /// RCR01 and the split by size), which the store then reads for
    /// those alone; `facts` need not hold any history. The figures that
    /// need no history (per cohort, participants) are counted on another
    /// thread meanwhile. `missions`, when given, is asked last (the
    /// store reads them beside the rest).
    public static func figures(
        _ facts: IndicatorFacts, history: ([StructureID]) throws -> IndicatorFacts.History,
        missions: (() throws -> [IndicatorFacts.Mission])? = nil
    ) throws -> IndicatorReport {
        var builder = IndicatorBuilder(facts, lists: false)
        let counts = builder.counts()
        let side = Alongside { [builder] in builder.historyFree(counts) }
        builder.add(try history(builder.structures(of: counts.supported)), missions: try missions?())
        return builder.report(counts, historyFree: side.wait())
    }
}
