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
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.*, p.name AS partner_name, c.name AS cohort_name, s.name AS structure_name
                    FROM assignment a JOIN partner p ON p.id = a.partner_id JOIN cohort c ON c.id = a.cohort_id
                    LEFT JOIN structure s ON s.id = a.structure_id
                    WHERE \(conditions.joined(separator: " AND "))
                    \(ordered ? "ORDER BY p.name COLLATE FRENCH, c.start_date, c.name, a.id" : "")
                    """, arguments: StatementArguments(arguments))
            let assignments = rows.map(Assignment.init(row:))
            guard !assignments.isEmpty else { return [] }
            // Every mission of the partners and cohorts concerned: a meeting
            // counts for one of them, whichever the filter.
            let pairs = Set(assignments.map { "\($0.partnerID):\($0.cohortID)" })
            let partners = Array(Set(assignments.map(\.partnerID)))
            let all = try Row.fetchAll(
                db,
                sql: "SELECT * FROM assignment WHERE partner_id IN (\(Self.placeholders(partners.count)))",
                arguments: StatementArguments(partners)
            ).map(Assignment.init(row:)).filter { pairs.contains("\($0.partnerID):\($0.cohortID)") }
            var invited: [MeetingID: Set<StructureID>] = [:]
            var participations: [Workload.Participation] = []
            let meetings = try Row.fetchAll(
                db,
                sql: """
                    SELECT mp.partner_id, m.id, m.cohort_id, m.starts_at, m.duration_minutes, m.kind
                    FROM meeting_partner mp JOIN meeting m ON m.id = mp.meeting_id
                    WHERE mp.partner_id IN (\(Self.placeholders(partners.count)))
                    """, arguments: StatementArguments(partners))
            // The structures invited to those meetings (joined, not listed:
            // a programme's meetings outnumber SQLite's variables).
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT i.meeting_id, i.structure_id FROM meeting_invitation i
                    JOIN meeting_partner mp ON mp.meeting_id = i.meeting_id
                    WHERE mp.partner_id IN (\(Self.placeholders(partners.count)))
                    """, arguments: StatementArguments(partners))
            {
                invited[row[0], default: []].insert(row[1])
            }
            for row in meetings
            where pairs.contains("\(row["partner_id"] as PartnerID):\(row["cohort_id"] as CohortID)") {
                let id: MeetingID = row["id"]
                participations.append(
                    Workload.Participation(
                        partnerID: row["partner_id"], cohortID: row["cohort_id"], start: row["starts_at"],
                        minutes: row["duration_minutes"],
                        kind: MeetingKind(rawValue: row["kind"]) ?? .workshop,
                        invited: invited[id] ?? []))
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
            return zip(rows, assignments).map { row, a in
                let used = usage[a.id]
                return MissionLoad(
                    assignment: a, partnerName: row["partner_name"], cohortName: row["cohort_name"],
                    structureName: row["structure_name"],
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
