import EssorCore
import GRDB

/// A mission with how far it has come.
public struct MissionLoad: Equatable, Sendable {
    public var assignment: Assignment
    public var partnerName: String
    public var cohortName: String
    public var structureName: String?
    public var usage: Workload.Usage
    /// Under way with nothing done for 30 days.
    public var idle: Bool

    public init(
        assignment: Assignment, partnerName: String, cohortName: String, structureName: String?,
        usage: Workload.Usage, idle: Bool
    ) {
        self.assignment = assignment
        self.partnerName = partnerName
        self.cohortName = cohortName
        self.structureName = structureName
        self.usage = usage
        self.idle = idle
    }
}

extension Store {
    /// Missions with their days planned, used and still scheduled, for one
    /// cohort or partner, or all; in the partners' French order unless
    /// the caller sums them (`ordered: false`).
    public func missionLoads(
        cohort: CohortID? = nil, partner: PartnerID? = nil, now: Int64, clock: WallClock = .paris,
        ordered: Bool = true
    )
        throws -> [MissionLoad]
    {
        try read { db in
            var conditions = ["1"]
            var arguments: [DatabaseValueConvertible] = []
            if let cohort {
                conditions.append("a.cohort_id = ?")
                arguments.append(cohort)
            }
            if let partner {
                conditions.append("a.partner_id = ?")
                arguments.append(partner)
            }
            // Columns by position: a programme has tens of thousands of
            // missions and of meetings with a partner.
            let columns =
                "a.id, a.partner_id, a.cohort_id, a.structure_id, a.mission, a.days_planned, a.status, a.start_date, a.end_date"
            var rows: [(assignment: Assignment, partner: String, cohort: String, structure: String?)] = []
            try Self.eachRow(
                db,
                sql: """
                    SELECT \(columns), p.name, c.name, s.name
                    FROM assignment a JOIN partner p ON p.id = a.partner_id JOIN cohort c ON c.id = a.cohort_id
                    LEFT JOIN structure s ON s.id = a.structure_id
                    WHERE \(conditions.joined(separator: " AND "))
                    \(ordered ? "ORDER BY p.name COLLATE FRENCH, c.start_date, c.name, a.id" : "")
                    """, arguments: StatementArguments(arguments)
            ) { row in
                rows.append((row.assignment(), row.text(9), row.text(10), row.optionalText(11)))
            }
            let assignments = rows.map(\.assignment)
            guard !assignments.isEmpty else { return [] }
            // Every mission of the partners and cohorts concerned: a meeting
            // counts for one of them, whichever the filter.
            struct Pair: Hashable {
                let partner: PartnerID
                let cohort: CohortID
            }
            let pairs = Set(assignments.map { Pair(partner: $0.partnerID, cohort: $0.cohortID) })
            let partners = Array(Set(assignments.map(\.partnerID)))
            var all: [Assignment] = []
            if cohort == nil && partner == nil {
                all = assignments
            } else {
                try Self.eachRow(
                    db,
                    sql:
                        "SELECT \(columns) FROM assignment a WHERE a.partner_id IN (\(Self.placeholders(partners.count)))",
                    arguments: StatementArguments(partners)
                ) { row in
                    let assignment = row.assignment()
                    if pairs.contains(Pair(partner: assignment.partnerID, cohort: assignment.cohortID)) {
                        all.append(assignment)
                    }
                }
            }
            var invited: [MeetingID: Set<StructureID>] = [:]
            var participations: [Workload.Participation] = []
            // The structures invited to those meetings (joined, not listed:
            // a programme's meetings outnumber SQLite's variables); only a
            // one-to-one meeting's decide its mission.
            try Self.eachRow(
                db,
                sql: """
                    SELECT i.meeting_id, i.structure_id FROM meeting m
                    JOIN meeting_invitation i ON i.meeting_id = m.id
                    WHERE m.kind = 'individuel' AND m.id IN (
                        SELECT meeting_id FROM meeting_partner WHERE partner_id IN (\(Self.placeholders(partners.count))))
                    """, arguments: StatementArguments(partners)
            ) { row in
                invited[row.int64(0), default: []].insert(row.int64(1))
            }
            try Self.eachRow(
                db,
                sql: """
                    SELECT mp.partner_id, m.id, m.cohort_id, m.starts_at, m.duration_minutes, m.kind
                    FROM meeting_partner mp JOIN meeting m ON m.id = mp.meeting_id
                    WHERE mp.partner_id IN (\(Self.placeholders(partners.count)))
                    """, arguments: StatementArguments(partners)
            ) { row in
                guard pairs.contains(Pair(partner: row.int64(0), cohort: row.int64(2))) else { return }
                participations.append(
                    Workload.Participation(
                        partnerID: row.int64(0), cohortID: row.int64(2), start: row.int64(3),
                        minutes: Int(row.int64(4)), kind: MeetingKind(rawValue: row.text(5)) ?? .workshop,
                        invited: invited[row.int64(1)] ?? []))
            }
            // Every mission's days entered by hand, in one query.
            var entries: [AssignmentID: [TimeEntry]] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM time_entry
                    WHERE assignment_id IN (SELECT a.id FROM assignment a WHERE \(conditions.joined(separator: " AND ")))
                    ORDER BY assignment_id, date, id
                    """, arguments: StatementArguments(arguments))
            {
                guard let date = LocalDate.parseISO(row["date"]) else { continue }
                entries[row["assignment_id"], default: []].append(
                    TimeEntry(date: date, days: row["days"], note: row["note"]))
            }
            let usage = Workload.usage(
                all, participations: participations, entries: entries, now: now, clock: clock)
            let today = clock.today(now: now)
            return rows.map { row in
                let a = row.assignment
                let used = usage[a.id]
                return MissionLoad(
                    assignment: a, partnerName: row.partner, cohortName: row.cohort,
                    structureName: row.structure,
                    usage: used
                        ?? Workload.Usage(
                            assignmentID: a.id, planned: a.daysPlanned, fromMeetings: 0, entered: 0,
                            scheduled: 0,
                            lastActivity: nil),
                    idle: Workload.isIdle(a, used, today: today))
            }
        }
    }
}
