import EssorCore
import GRDB

extension Store {
    /// What the indicators of `cohort` (or the whole programme) over
    /// `period` are computed from, read in one transaction. Meetings
    /// count when they start within the period's days in `clock`'s
    /// time zone, and as held once they have started by `now`.
    public func indicatorFacts(
        cohort: CohortID?, period: ReportPeriod, now: Int64, clock: WallClock = .paris
    ) throws -> IndicatorFacts {
        let threshold = try programme()?.supportThresholdMinutes ?? Programme.defaultSupportThreshold
        let missions = try missionLoads(cohort: cohort, now: now, clock: clock).map {
            IndicatorFacts.Mission(
                partner: $0.partnerName, cohortID: $0.assignment.cohortID, planned: $0.usage.planned,
                used: $0.usage.used)
        }
        return try read { db in
            var facts = IndicatorFacts(period: period, thresholdMinutes: threshold, missions: missions)
            let start = clock.instant(period.from, hour: 0, minute: 0)
            let end = clock.instant(period.to.adding(days: 1), hour: 0, minute: 0)
            let inCohort = cohort == nil ? "" : " AND m.cohort_id = \(cohort!)"
            // A cohort's report reads only its members' rows.
            func ofMembers(_ table: String) -> String {
                guard let cohort else { return "" }
                return
                    " AND \(table).structure_id IN (SELECT structure_id FROM membership WHERE cohort_id = \(cohort))"
            }

            for row in try Row.fetchAll(
                db, sql: "SELECT id, name FROM cohort \(cohort == nil ? "" : "WHERE id = \(cohort!)")")
            {
                facts.cohorts[row["id"]] = row["name"]
            }
            let memberCondition = cohort == nil ? "" : "WHERE m.cohort_id = \(cohort!)"
            facts.organisations = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.name, s.siret, s.creation_date, s.sort_name, group_concat(m.cohort_id) AS cohorts
                    FROM membership m JOIN structure s ON s.id = m.structure_id \(memberCondition)
                    GROUP BY s.id ORDER BY s.sort_name, s.name, s.id
                    """
            ).map { row in
                let cohorts: String = row["cohorts"] ?? ""
                return IndicatorFacts.Organisation(
                    id: row["id"], name: row["name"], siret: row["siret"],
                    creationDate: (row["creation_date"] as String?).flatMap(LocalDate.parseISO),
                    cohorts: cohorts.split(separator: ",").compactMap { CohortID($0) },
                    sortName: row["sort_name"])
            }
            facts.meetings = try Row.fetchAll(
                db,
                sql: """
                    SELECT m.id, m.cohort_id, m.kind, m.title, m.starts_at, m.duration_minutes FROM meeting m
                    WHERE m.starts_at >= ? AND m.starts_at < ?\(inCohort)
                    """, arguments: [start, end]
            ).map { row in
                let starts: Int64 = row["starts_at"]
                return IndicatorFacts.MeetingFact(
                    id: row["id"], cohortID: row["cohort_id"],
                    kind: MeetingKind(rawValue: row["kind"]) ?? .workshop,
                    title: row["title"], date: clock.local(starts).date, minutes: row["duration_minutes"],
                    held: starts <= now)
            }
            facts.presences = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.meeting_id, a.structure_id, a.person FROM attendance a
                    JOIN meeting m ON m.id = a.meeting_id
                    WHERE a.status = 'present' AND a.structure_id IS NOT NULL
                        AND m.starts_at >= ? AND m.starts_at < ?\(inCohort)
                    """, arguments: [start, end]
            ).map { IndicatorFacts.Presence(meetingID: $0[0], structureID: $0[1], person: $0[2]) }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT i.meeting_id, i.structure_id FROM meeting_invitation i
                    JOIN meeting m ON m.id = i.meeting_id
                    WHERE m.kind IN ('atelier', 'individuel') AND m.starts_at >= ? AND m.starts_at < ?\(inCohort)
                    """, arguments: [start, end])
            {
                facts.invitations[row[0], default: []].append(row[1])
            }
            // The start of support is the first support meeting attended in
            // any cohort, up to now.
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT a.structure_id, MIN(m.starts_at) FROM attendance a JOIN meeting m ON m.id = a.meeting_id
                    WHERE a.status = 'present' AND a.structure_id IS NOT NULL
                        AND m.kind IN ('atelier', 'individuel') AND m.starts_at <= ?\(ofMembers("a"))
                    GROUP BY a.structure_id
                    """, arguments: [now])
            {
                facts.firstSupport[row[0]] = clock.local(row[1] as Int64).date
            }
            let financingCondition =
                cohort == nil
                ? "" : "WHERE f.cohort_id = \(cohort!) OR (f.cohort_id IS NULL\(ofMembers("f")))"
            facts.financings = try Row.fetchAll(
                db, sql: "SELECT * FROM financing f \(financingCondition) ORDER BY f.id"
            ).map(Self.financing)
            for row in try Row.fetchAll(
                db,
                sql:
                    "SELECT structure_id, year, etp, produits, total_bilan FROM financial_year f WHERE 1\(ofMembers("f"))"
            ) {
                facts.accounts[row[0], default: []].append(
                    IndicatorFacts.Accounts(
                        year: row[1], staff: row[2], turnover: row[3], balanceSheet: row[4]))
            }
            return facts
        }
    }
}
