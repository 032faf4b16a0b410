/// Days a partner works on its missions: the meetings it takes part in,
/// counted by half-days, plus the days entered by hand.
///
/// The rule for meetings: each half-day started counts 0.5 day, a
/// half-day being four hours — a 1h30 meeting counts 0.5 day, a 3h one
/// 0.5, a 6h one 1. A meeting counts for the partner's mission in the
/// meeting's cohort: for a one-to-one meeting, the mission for one of its
/// invited structures if there is one; otherwise the mission for the
/// whole cohort, or, without one, the partner's first mission there.
public enum Workload {
    public static let halfDayMinutes = 240

    public static func days(minutes: Int) -> Double {
        guard minutes > 0 else { return 0 }
        return Double((minutes + halfDayMinutes - 1) / halfDayMinutes) * 0.5
    }

    /// A meeting a partner takes part in.
    public struct Participation: Equatable, Sendable {
        public var partnerID: PartnerID
        public var cohortID: CohortID
        public var start: Int64
        public var minutes: Int
        public var kind: MeetingKind
        public var invited: Set<StructureID>

        public init(
            partnerID: PartnerID, cohortID: CohortID, start: Int64, minutes: Int, kind: MeetingKind,
            invited: Set<StructureID>
        ) {
            self.partnerID = partnerID
            self.cohortID = cohortID
            self.start = start
            self.minutes = minutes
            self.kind = kind
            self.invited = invited
        }
    }

    /// How far a mission has come.
    public struct Usage: Equatable, Sendable {
        public var assignmentID: AssignmentID
        public var planned: Double
        /// Days from meetings held by `now`, and days entered by hand.
        public var fromMeetings: Double
        public var entered: Double
        /// Days of meetings still to come.
        public var scheduled: Double
        /// The last day something happened for the mission.
        public var lastActivity: LocalDate?

        public init(
            assignmentID: AssignmentID, planned: Double, fromMeetings: Double, entered: Double,
            scheduled: Double,
            lastActivity: LocalDate?
        ) {
            self.assignmentID = assignmentID
            self.planned = planned
            self.fromMeetings = fromMeetings
            self.entered = entered
            self.scheduled = scheduled
            self.lastActivity = lastActivity
        }

        public var used: Double { fromMeetings + entered }
        public var isOverAllocated: Bool { used + scheduled > planned + 0.0001 }
    }

    /// The mission each participation counts for.
    public static func assignment(for participation: Participation, among assignments: [Assignment])
        -> AssignmentID?
    {
        let mine = assignments.filter {
            $0.partnerID == participation.partnerID && $0.cohortID == participation.cohortID
        }
        if participation.kind == .oneToOne,
            let specific = mine.first(where: { $0.structureID.map(participation.invited.contains) ?? false })
        {
            return specific.id
        }
        return (mine.first { $0.structureID == nil } ?? mine.first)?.id
    }

    public static func usage(
        _ assignments: [Assignment], participations: [Participation], entries: [AssignmentID: [TimeEntry]],
        now: Int64, clock: WallClock
    ) -> [AssignmentID: Usage] {
        var result: [AssignmentID: Usage] = [:]
        for a in assignments {
            let manual = entries[a.id] ?? []
            result[a.id] = Usage(
                assignmentID: a.id, planned: a.daysPlanned, fromMeetings: 0,
                entered: manual.reduce(0) { $0 + $1.days }, scheduled: 0,
                lastActivity: manual.map(\.date).max())
        }
        // A meeting counts for a mission of its partner in its cohort:
        // look among those only (not every mission for every meeting).
        struct Pair: Hashable {
            let partner: PartnerID
            let cohort: CohortID
        }
        let byPair = Dictionary(grouping: assignments) { Pair(partner: $0.partnerID, cohort: $0.cohortID) }
        for p in participations {
            guard let candidates = byPair[Pair(partner: p.partnerID, cohort: p.cohortID)],
                let id = assignment(for: p, among: candidates), var usage = result[id]
            else { continue }
            let days = days(minutes: p.minutes)
            if p.start + Int64(p.minutes) * 60 <= now {
                usage.fromMeetings += days
                let day = clock.local(p.start).date
                if usage.lastActivity.map({ $0 < day }) ?? true { usage.lastActivity = day }
            } else {
                usage.scheduled += days
            }
            result[id] = usage
        }
        return result
    }

    /// A mission under way with nothing done for `days` days.
    public static func isIdle(_ assignment: Assignment, _ usage: Usage?, today: LocalDate, days: Int = 30)
        -> Bool
    {
        guard assignment.status == .ongoing else { return false }
        let since = usage?.lastActivity ?? assignment.start
        guard let since else { return true }
        return since.adding(days: days) < today
    }
}
