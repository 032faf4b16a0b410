import EssorCore
import GRDB
import GRDBSQLite

extension Store {
    /// What the indicators of `cohort` (or the whole programme) over
    /// `period` are computed from, read in one transaction. Meetings
    /// count when they start within the period's days in `clock`'s
    /// time zone, and as held once they have started by `now`.
    ///
    /// Without `lists`, only what the figures need is read: no names, no
    /// invitations, and the history (first support, creation date,
    /// accounts) of the structures counted in RCO01 only, which the core
    /// names from a first reading.
    public func indicatorFacts(
        cohort: CohortID?, period: ReportPeriod, now: Int64, clock: WallClock = .paris, lists: Bool = true
    ) throws -> IndicatorFacts {
        let threshold = try programme()?.supportThresholdMinutes ?? Programme.defaultSupportThreshold
        let missions = try missionLoads(cohort: cohort, now: now, clock: clock, ordered: false).map {
            IndicatorFacts.Mission(
                partner: $0.partnerName, cohortID: $0.assignment.cohortID, planned: $0.usage.planned,
                used: $0.usage.used)
        }
        return try read { db in
            var facts = IndicatorFacts(period: period, thresholdMinutes: threshold, missions: missions)
            let start = clock.instant(period.from, hour: 0, minute: 0)
            let end = clock.instant(period.to.adding(days: 1), hour: 0, minute: 0)
            let inCohort = cohort.map { " AND m.cohort_id = \($0)" } ?? ""
            // A cohort's report reads only its members' rows.
            func ofMembers(_ table: String) -> String {
                guard let cohort else { return "" }
                return
                    " AND \(table).structure_id IN (SELECT structure_id FROM membership WHERE cohort_id = \(cohort))"
            }

            for row in try Row.fetchAll(
                db, sql: "SELECT id, name FROM cohort \(cohort.map { "WHERE id = \($0)" } ?? "")")
            {
                facts.cohorts[row["id"]] = row["name"]
            }
            facts.organisations = try Self.indicatorOrganisations(db, cohort: cohort, names: lists)
            try Self.eachRow(
                db,
                sql: """
                    SELECT m.id, m.cohort_id, m.kind, m.starts_at, m.duration_minutes FROM meeting m
                    WHERE m.starts_at >= ? AND m.starts_at < ?\(inCohort)
                    """, arguments: [start, end]
            ) { row in
                let starts = row.int64(3)
                facts.meetings.append(
                    IndicatorFacts.MeetingFact(
                        id: row.int64(0), cohortID: row.int64(1),
                        kind: MeetingKind(rawValue: row.text(2)) ?? .workshop, date: clock.local(starts).date,
                        minutes: Int(row.int64(4)), held: starts <= now))
            }
            try Self.eachRow(
                db,
                sql: """
                    SELECT a.meeting_id, a.structure_id, a.person FROM meeting m
                    JOIN attendance a ON a.meeting_id = m.id AND a.status = 'present' AND a.structure_id IS NOT NULL
                    WHERE m.starts_at >= ? AND m.starts_at < ?\(inCohort)
                    """, arguments: [start, end]
            ) { row in
                facts.presences.append(
                    IndicatorFacts.Presence(
                        meetingID: row.int64(0), structureID: row.int64(1), person: row.text(2)))
            }
            let financingCondition =
                cohort.map { "WHERE f.cohort_id = \($0) OR (f.cohort_id IS NULL\(ofMembers("f")))" } ?? ""
            facts.financings = try Row.fetchAll(
                db, sql: "SELECT * FROM financing f \(financingCondition) ORDER BY f.id"
            ).map(Self.financing)
            // The history: of every structure with the lists (the lines
            // say why one is not counted), of those counted otherwise.
            let history =
                lists
                ? ofMembers("x")
                : " AND x.structure_id IN (SELECT value FROM json_each(?))"
            let needed: StatementArguments =
                lists
                ? []
                : [
                    "["
                        + IndicatorReport.structuresNeedingHistory(facts).map(String.init).joined(
                            separator: ",")
                        + "]"
                ]
            // The start of support is the first support meeting attended in
            // any cohort, up to now.
            try Self.eachRow(
                db,
                sql: """
                    SELECT x.structure_id, MIN(m.starts_at) FROM attendance x JOIN meeting m ON m.id = x.meeting_id
                    WHERE x.status = 'present' AND x.structure_id IS NOT NULL
                        AND m.kind IN ('atelier', 'individuel') AND m.starts_at <= ?\(history)
                    GROUP BY x.structure_id
                    """, arguments: StatementArguments([now]) + needed
            ) { row in
                facts.firstSupport[row.int64(0)] = clock.local(row.int64(1)).date
            }
            var created: [StructureID: LocalDate] = [:]
            try Self.eachRow(
                db,
                sql: """
                    SELECT x.id, x.creation_date FROM (SELECT id, id AS structure_id, creation_date FROM structure) x
                    WHERE x.creation_date IS NOT NULL\(history)
                    """, arguments: needed
            ) { row in
                created[row.int64(0)] = LocalDate.parseISO(row.text(1))
            }
            for index in facts.organisations.indices {
                facts.organisations[index].creationDate = created[facts.organisations[index].id]
            }
            try Self.eachRow(
                db,
                sql:
                    "SELECT x.structure_id, x.year, x.etp, x.produits, x.total_bilan FROM financial_year x WHERE 1\(history)",
                arguments: needed
            ) { row in
                facts.accounts[row.int64(0), default: []].append(
                    IndicatorFacts.Accounts(
                        year: Int(row.int64(1)), staff: row.double(2), turnover: row.double(3),
                        balanceSheet: row.double(4)))
            }
            guard lists else { return facts }
            try Self.eachRow(
                db,
                sql: """
                    SELECT i.meeting_id, i.structure_id FROM meeting_invitation i
                    JOIN meeting m ON m.id = i.meeting_id
                    WHERE m.kind IN ('atelier', 'individuel') AND m.starts_at >= ? AND m.starts_at < ?\(inCohort)
                    """, arguments: [start, end]
            ) { row in
                facts.invitations[row.int64(0), default: []].append(row.int64(1))
            }
            return facts
        }
    }

    /// The structures of the scope (members of a cohort in it) with their
    /// cohorts; with `names`, in the lists' order (folded name, name, id).
    static func indicatorOrganisations(_ db: Database, cohort: CohortID?, names: Bool) throws
        -> [IndicatorFacts.Organisation]
    {
        var cohorts: [StructureID: [CohortID]] = [:]
        try eachRow(
            db,
            sql:
                "SELECT structure_id, cohort_id FROM membership \(cohort.map { "WHERE cohort_id = \($0)" } ?? "")"
        ) { row in
            cohorts[row.int64(0), default: []].append(row.int64(1))
        }
        let scope =
            cohort.map { "WHERE id IN (SELECT structure_id FROM membership WHERE cohort_id = \($0))" } ?? ""
        var out: [IndicatorFacts.Organisation] = []
        out.reserveCapacity(cohorts.count)
        if names {
            try eachRow(
                db,
                sql: "SELECT id, siret, name, sort_name FROM structure \(scope) ORDER BY sort_name, name, id"
            ) { row in
                guard let of = cohorts[row.int64(0)] else { return }
                out.append(
                    .init(
                        id: row.int64(0), name: row.text(2), siret: row.text(1), cohorts: of,
                        sortName: row.text(3)))
            }
        } else {
            try eachRow(db, sql: "SELECT id, siret FROM structure \(scope)") { row in
                guard let of = cohorts[row.int64(0)] else { return }
                out.append(.init(id: row.int64(0), name: "", siret: row.text(1), cohorts: of, sortName: ""))
            }
        }
        return out
    }

    /// Steps a query and hands each row over as its raw columns, without
    /// making a `Row` of it: the indicators read hundreds of thousands.
    static func eachRow(
        _ db: Database, sql: String, arguments: StatementArguments = [], _ body: (RawRow) throws -> Void
    ) throws {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let cursor = try Row.fetchCursor(statement)
        let row = RawRow(statement: statement.sqliteStatement)
        while try cursor.next() != nil { try body(row) }
    }
}

/// The current row of a statement being stepped.
struct RawRow {
    let statement: SQLiteStatement

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

    func text(_ column: Int32) -> String {
        guard let text = sqlite3_column_text(statement, column) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : text(column)
    }

    func optionalInt64(_ column: Int32) -> Int64? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : int64(column)
    }

    /// An assignment from its columns in the order of the table (id,
    /// partner_id, cohort_id, structure_id, mission, days_planned, status,
    /// start_date, end_date).
    func assignment() -> Assignment {
        Assignment(
            id: int64(0), partnerID: int64(1), cohortID: int64(2), structureID: optionalInt64(3),
            mission: text(4), daysPlanned: double(5) ?? 0,
            status: AssignmentStatus(rawValue: text(6)) ?? .planned,
            start: optionalText(7).flatMap(LocalDate.parseISO),
            end: optionalText(8).flatMap(LocalDate.parseISO))
    }

    func double(_ column: Int32) -> Double? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_double(statement, column)
    }
}
