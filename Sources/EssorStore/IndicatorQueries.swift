import EssorCore
import GRDB
import GRDBSQLite

extension Store {
    /// What the indicators of `cohort` (or the whole programme) over
    /// `period` are computed from, with everything their explanation
    /// lists need, read in one transaction. Meetings count when they
    /// start within the period's days in `clock`'s time zone, and as held
    /// once they have started by `now`.
    public func indicatorFacts(
        cohort: CohortID?, period: ReportPeriod, now: Int64, clock: WallClock = .paris
    ) throws -> IndicatorFacts {
        let start = try indicatorStart(cohort: cohort, period: period, now: now, clock: clock)
        return try read { db in
            var facts = try Self.indicatorBase(db, start, cohort: cohort, now: now, clock: clock, names: true)
            facts.add(try Self.indicatorHistory(db, of: .members(cohort), now: now, clock: clock))
            try Self.eachRow(
                db,
                sql: """
                    SELECT i.meeting_id, i.structure_id FROM meeting_invitation i
                    JOIN meeting m ON m.id = i.meeting_id
                    WHERE m.kind IN \(Self.supportKinds) AND m.starts_at >= ? AND m.starts_at < ?\(
                        Self.inCohort(cohort))
                    """, arguments: [start.from, start.to]
            ) { row in
                facts.invitations[row.int64(0), default: []].append(row.int64(1))
            }
            return facts
        }
    }

    /// The indicators of `cohort` (or the whole programme) over `period`
    /// without their explanation lists, read in one transaction: no names
    /// and no invitations, and the history (first support, creation date,
    /// accounts) of the structures RCO01 counts only, once the core has
    /// counted them. Much quicker than the facts with the lists.
    public func indicatorFigures(
        cohort: CohortID?, period: ReportPeriod, now: Int64, clock: WallClock = .paris
    ) throws -> IndicatorReport {
        let start = try indicatorStart(cohort: cohort, period: period, now: now, clock: clock)
        return try read { db in
            try IndicatorReport.figures(
                try Self.indicatorBase(db, start, cohort: cohort, now: now, clock: clock, names: false),
                history: { try Self.indicatorHistory(db, of: .only($0), now: now, clock: clock) },
                missions: start.missions)
        }
    }

    /// How many structures the scope holds (members of a cohort in it).
    public func structureCount(cohort: CohortID?) throws -> Int {
        try read { db in
            try Int.fetchOne(
                db,
                sql:
                    "SELECT COUNT(DISTINCT structure_id) FROM membership \(cohort.map { "WHERE cohort_id = \($0)" } ?? "")"
            ) ?? 0
        }
    }

    /// What both readings start from: the period's bounds as instants,
    /// the programme's threshold and the partners' missions (on their way).
    struct IndicatorStart {
        var period: ReportPeriod
        var from: Int64
        var to: Int64
        var threshold: Int
        /// Waits for the missions (read beside the rest).
        var missions: () throws -> [IndicatorFacts.Mission]
    }

    private func indicatorStart(cohort: CohortID?, period: ReportPeriod, now: Int64, clock: WallClock) throws
        -> IndicatorStart
    {
        // The partners' days are read on a connection of their own, on
        // the other core, while this one reads the rest.
        let missions = alongside { reader in
            try reader.missionLoads(cohort: cohort, now: now, clock: clock, ordered: false).map {
                IndicatorFacts.Mission(
                    partner: $0.partnerName, cohortID: $0.assignment.cohortID, planned: $0.usage.planned,
                    used: $0.usage.used)
            }
        }
        let threshold = try programme()?.supportThresholdMinutes ?? Programme.defaultSupportThreshold
        return IndicatorStart(
            period: period, from: clock.instant(period.from, hour: 0, minute: 0),
            to: clock.instant(period.to.adding(days: 1), hour: 0, minute: 0), threshold: threshold,
            missions: missions)
    }

    /// The kinds of meeting that are structured support (as
    /// `IndicatorFacts.MeetingFact.isSupport` says), for SQL.
    static let supportKinds = "('\(MeetingKind.workshop.rawValue)', '\(MeetingKind.oneToOne.rawValue)')"

    static func inCohort(_ cohort: CohortID?) -> String { cohort.map { " AND m.cohort_id = \($0)" } ?? "" }

    /// A cohort's report reads only its members' rows.
    static func ofMembers(_ cohort: CohortID?, _ table: String) -> String {
        guard let cohort else { return "" }
        return
            " AND \(table).structure_id IN (SELECT structure_id FROM membership WHERE cohort_id = \(cohort))"
    }

    /// The scope's cohorts, structures, meetings, presences and financing:
    /// everything but the history and the invitations; the missions with
    /// `names` (the lists), without them for the caller to wait for last.
    static func indicatorBase(
        _ db: Database, _ start: IndicatorStart, cohort: CohortID?, now: Int64, clock: WallClock, names: Bool
    ) throws -> IndicatorFacts {
        var facts = IndicatorFacts(period: start.period, thresholdMinutes: start.threshold)
        for row in try Row.fetchAll(
            db, sql: "SELECT id, name FROM cohort \(cohort.map { "WHERE id = \($0)" } ?? "")")
        {
            facts.cohorts[row["id"]] = row["name"]
        }
        facts.organisations = try indicatorOrganisations(db, cohort: cohort, names: names)
        try eachRow(
            db,
            sql: """
                SELECT m.id, m.cohort_id, m.kind, m.starts_at, m.duration_minutes FROM meeting m
                WHERE m.starts_at >= ? AND m.starts_at < ?\(inCohort(cohort))
                """, arguments: [start.from, start.to]
        ) { row in
            let starts = row.int64(3)
            facts.meetings.append(
                IndicatorFacts.MeetingFact(
                    id: row.int64(0), cohortID: row.int64(1),
                    kind: MeetingKind(rawValue: row.text(2)) ?? .workshop, date: clock.local(starts).date,
                    minutes: Int(row.int64(4)), held: starts <= now))
        }
        try eachRow(
            db,
            sql: """
                SELECT a.meeting_id, a.structure_id, a.person FROM meeting m
                JOIN attendance a ON a.meeting_id = m.id AND a.status = 'present' AND a.structure_id IS NOT NULL
                WHERE m.starts_at >= ? AND m.starts_at < ?\(inCohort(cohort))
                """, arguments: [start.from, start.to]
        ) { row in
            facts.presences.append(
                IndicatorFacts.Presence(
                    meetingID: row.int64(0), structureID: row.int64(1), person: row.text(2)))
        }
        let financingCondition =
            cohort.map { "WHERE f.cohort_id = \($0) OR (f.cohort_id IS NULL\(ofMembers($0, "f")))" } ?? ""
        try eachRow(
            db, sql: "SELECT \(financingColumns) FROM financing f \(financingCondition) ORDER BY f.id"
        ) { row in
            facts.financings.append(row.financing())
        }
        if names { facts.missions = try start.missions() }
        return facts
    }

    /// Whose history is read: every member of the scope (for the lists,
    /// which say why a structure is not counted), or some structures.
    enum HistoryScope {
        case members(CohortID?)
        case only([StructureID])
    }

    /// The first support meeting each structure attended (in any cohort,
    /// up to now), its creation date and its accounts.
    static func indicatorHistory(
        _ db: Database, of scope: HistoryScope, now: Int64, clock: WallClock, bulk: Int = 2_000
    ) throws -> IndicatorFacts.History {
        var history = IndicatorFacts.History()
        let support = "x.status = 'present' AND m.kind IN \(supportKinds) AND m.starts_at <= \(now)"
        // SQL for the first support, or nil to read it by `firstSupports`.
        let firstSupport: String?
        let created: String
        let accounts: String
        var arguments: StatementArguments = []
        switch scope {
        case .members(let cohort):
            firstSupport = """
                SELECT x.structure_id, MIN(m.starts_at) FROM attendance x JOIN meeting m ON m.id = x.meeting_id
                WHERE x.structure_id IS NOT NULL AND \(support)\(ofMembers(cohort, "x")) GROUP BY x.structure_id
                """
            let inScope = cohort.map {
                " AND x.id IN (SELECT structure_id FROM membership WHERE cohort_id = \($0))"
            }
            created =
                "SELECT x.id, x.creation_date FROM structure x WHERE x.creation_date IS NOT NULL\(inScope ?? "")"
            accounts =
                "SELECT x.structure_id, x.year, x.etp, x.produits, x.total_bilan FROM financial_year x WHERE 1\(ofMembers(cohort, "x"))"
        case .only(let structures):
            // Driven from the list: an index lookup per structure.
            arguments = ["[" + structures.map(String.init).joined(separator: ",") + "]"]
            // (Nulls are skipped below: a condition on the column would
            // run the subquery twice.)
            firstSupport =
                structures.count >= bulk
                ? nil
                : """
                SELECT j.value, (SELECT MIN(m.starts_at) FROM attendance x JOIN meeting m ON m.id = x.meeting_id
                    WHERE x.structure_id = j.value AND \(support))
                FROM json_each(?1) j
                """
            created = """
                SELECT x.id, x.creation_date FROM json_each(?1) j JOIN structure x ON x.id = j.value
                WHERE x.creation_date IS NOT NULL
                """
            accounts = """
                SELECT x.structure_id, x.year, x.etp, x.produits, x.total_bilan
                FROM json_each(?1) j JOIN financial_year x ON x.structure_id = j.value
                """
        }
        if let firstSupport {
            try eachRow(db, sql: firstSupport, arguments: arguments) { row in
                guard let first = row.optionalInt64(1) else { return }
                history.firstSupport[row.int64(0)] = clock.local(first).date
            }
        } else {
            for (structure, first) in try firstSupports(db, arguments, now: now) {
                history.firstSupport[structure] = clock.local(first).date
            }
        }
        try eachRow(db, sql: created, arguments: arguments) { row in
            history.creationDates[row.int64(0)] = LocalDate.parseISO(row.text(1))
        }
        try eachRow(db, sql: accounts, arguments: arguments) { row in
            history.accounts[row.int64(0), default: []].append(
                IndicatorFacts.Accounts(
                    year: Int(row.int64(1)), staff: row.double(2), turnover: row.double(3),
                    balanceSheet: row.double(4)))
        }
        return history
    }

    /// The first support of many structures (those of the JSON array in
    /// `arguments`), the same as the query above: the start of every
    /// support meeting held by `now`, then the structures' presences from
    /// the index that holds them, the earliest kept here. Beyond a few
    /// thousand structures, this is quicker than looking up the row of
    /// each meeting of each structure.
    static func firstSupports(_ db: Database, _ arguments: StatementArguments, now: Int64) throws
        -> [StructureID: Int64]
    {
        var ids: [Int64?] = []
        var starts: [Int64] = []
        try eachRow(
            db,
            sql:
                "SELECT m.id, m.starts_at FROM meeting m WHERE m.kind IN \(supportKinds) AND m.starts_at <= ?",
            arguments: [now]
        ) { row in
            ids.append(row.int64(0))
            starts.append(row.int64(1))
        }
        let meetingAt = PositionTable(ids)
        var first: [StructureID: Int64] = [:]
        try eachRow(
            db,
            sql: """
                SELECT x.structure_id, x.meeting_id FROM json_each(?1) j
                JOIN attendance x ON x.structure_id = j.value AND x.status = 'present'
                """, arguments: arguments
        ) { row in
            guard let position = meetingAt[row.int64(1)] else { return }
            let structure = row.int64(0)
            first[structure] = min(first[structure] ?? .max, starts[position])
        }
        return first
    }

    /// The structures of the scope (members of a cohort in it) with their
    /// cohorts; with `names`, in the lists' order (folded name, name, id),
    /// in id order otherwise.
    static func indicatorOrganisations(_ db: Database, cohort: CohortID?, names: Bool) throws
        -> [IndicatorFacts.Organisation]
    {
        let scope =
            cohort.map { "WHERE id IN (SELECT structure_id FROM membership WHERE cohort_id = \($0))" } ?? ""
        var out: [IndicatorFacts.Organisation] = []
        if names {
            var cohorts: [StructureID: [CohortID]] = [:]
            try eachRow(
                db,
                sql:
                    "SELECT structure_id, cohort_id FROM membership \(cohort.map { "WHERE cohort_id = \($0)" } ?? "")"
            ) { row in
                cohorts[row.int64(0), default: []].append(row.int64(1))
            }
            out.reserveCapacity(cohorts.count)
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
            // Each structure's SIRET (from the index that holds them), then
            // the members in id order with their cohorts, one after the
            // other: no table keyed by structure.
            var ids: [Int64?] = []
            var sirets: [String] = []
            try eachRow(db, sql: "SELECT id, siret FROM structure \(scope)") { row in
                ids.append(row.int64(0))
                sirets.append(row.text(1))
            }
            let at = PositionTable(ids)
            var current: (id: StructureID, cohorts: [CohortID])?
            func flush() {
                guard let member = current, let position = at[member.id] else { return }
                out.append(
                    .init(
                        id: member.id, name: "", siret: sirets[position], cohorts: member.cohorts,
                        sortName: ""))
            }
            try eachRow(
                db,
                sql: """
                    SELECT structure_id, cohort_id FROM membership \(cohort.map { "WHERE cohort_id = \($0)" } ?? "")
                    ORDER BY structure_id
                    """
            ) { row in
                let id = row.int64(0)
                if current?.id == id {
                    current!.cohorts.append(row.int64(1))
                } else {
                    flush()
                    current = (id, [row.int64(1)])
                }
            }
            flush()
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

    /// A financing from the columns of `Store.financingColumns`.
    func financing() -> Financing {
        var financing = Financing(
            id: int64(0), structureID: int64(1), cohortID: optionalInt64(2),
            instrument: FinancingInstrument(rawValue: text(3)) ?? .grant, amount: double(4) ?? 0,
            partnerID: optionalInt64(5), status: FinancingStatus(rawValue: text(6)) ?? .considered,
            note: text(7), rule: optionalText(8).flatMap(FinancingRule.init(rawValue:)),
            grantedOn: optionalText(9).flatMap(LocalDate.parseISO))
        financing.requestedOn = optionalText(10).flatMap(LocalDate.parseISO)
        financing.committeeOn = optionalText(11).flatMap(LocalDate.parseISO)
        financing.paidOn = optionalText(12).flatMap(LocalDate.parseISO)
        financing.refusedOn = optionalText(13).flatMap(LocalDate.parseISO)
        return financing
    }

    func double(_ column: Int32) -> Double? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_double(statement, column)
    }
}
