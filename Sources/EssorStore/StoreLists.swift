import EssorCore
import GRDB

/// The list panels' queries: ids in display order (from indexes, without
/// reading the records), then rows by id for the lines on screen, and the
/// search indexes filters run on.
extension Store {
    public func structureIDs(order: StructureOrder, cohort: CohortID?) throws -> [StructureID] {
        try read { db in
            if let cohort {
                return try StructureID.fetchAll(
                    db,
                    sql: """
                        SELECT s.id FROM membership m JOIN structure s ON s.id = m.structure_id
                        WHERE m.cohort_id = ? ORDER BY \(order.sql)
                        """, arguments: [cohort])
            }
            return try StructureID.fetchAll(db, sql: "SELECT s.id FROM structure s ORDER BY \(order.sql)")
        }
    }

    public func structureRows(_ ids: [StructureID]) throws -> [StructureRow] {
        guard !ids.isEmpty else { return [] }
        let rows = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.name, s.legal_form, s.town, s.departement,
                        (SELECT group_concat(name, char(10)) FROM (
                            SELECT c.name FROM membership m JOIN cohort c ON c.id = m.cohort_id
                            WHERE m.structure_id = s.id ORDER BY c.start_date, c.id)) AS cohorts
                    FROM structure s WHERE s.id IN (\(Self.placeholders(ids.count)))
                    """, arguments: StatementArguments(ids)
            ).map { row in
                let cohorts: String? = row["cohorts"]
                return StructureRow(
                    id: row["id"], name: row["name"],
                    legalForm: LegalForm(rawValue: row["legal_form"]) ?? .other,
                    town: row["town"], departement: row["departement"],
                    cohortNames: cohorts.map { $0.split(separator: "\n").map(String.init) } ?? [])
            }
        }
        return Self.ordered(rows, as: ids)
    }

    public func cohortIDs() throws -> [CohortID] {
        try read { try CohortID.fetchAll($0, sql: "SELECT id FROM cohort ORDER BY start_date, name, id") }
    }

    public func cohortRows(_ ids: [CohortID]) throws -> [CohortRow] {
        guard !ids.isEmpty else { return [] }
        let rows = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT c.*,
                        (SELECT COUNT(*) FROM membership m WHERE m.cohort_id = c.id) AS n_structures,
                        (SELECT COUNT(*) FROM meeting s WHERE s.cohort_id = c.id) AS n_meetings
                    FROM cohort c WHERE c.id IN (\(Self.placeholders(ids.count)))
                    """, arguments: StatementArguments(ids)
            ).map {
                CohortRow(
                    cohort: Cohort(row: $0), structureCount: $0["n_structures"],
                    meetingCount: $0["n_meetings"])
            }
        }
        return Self.ordered(rows, as: ids)
    }

    /// Every cohort's id and name, oldest first (forms, `:cohorte`).
    public func cohortNames() throws -> [NamedRef] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM cohort ORDER BY start_date, name, id").map {
                NamedRef(id: $0[0], name: $0[1])
            }
        }
    }

    public func cohortThemes() throws -> [String] {
        try read { try String.fetchAll($0, sql: "SELECT DISTINCT theme FROM cohort") }
    }

    /// Meetings the filter lets through, in start order.
    public func meetingIDs(_ filter: MeetingFilter) throws -> [MeetingID] {
        let (condition, arguments) = filter.condition
        return try read { db in
            try MeetingID.fetchAll(
                db, sql: "SELECT id FROM meeting WHERE \(condition) ORDER BY starts_at, id",
                arguments: StatementArguments(arguments))
        }
    }

    /// Meetings the filter lets through that are over by `now`.
    public func pastMeetingCount(_ filter: MeetingFilter, now: Int64) throws -> Int {
        let (condition, arguments) = filter.condition
        return try read { db in
            try Int.fetchOne(
                db,
                sql:
                    "SELECT COUNT(*) FROM meeting WHERE \(condition) AND starts_at + duration_minutes * 60 <= ?",
                arguments: StatementArguments(arguments + [now])) ?? 0
        }
    }

    /// The first meeting the filter lets through that starts at or after `instant`.
    public func firstMeeting(_ filter: MeetingFilter, from instant: Int64) throws -> [MeetingID] {
        let (condition, arguments) = filter.condition
        return try read { db in
            try MeetingID.fetchAll(
                db,
                sql:
                    "SELECT id FROM meeting WHERE \(condition) AND starts_at >= ? ORDER BY starts_at, id LIMIT 200",
                arguments: StatementArguments(arguments + [instant]))
        }
    }

    public func meetingIDs(cohort: CohortID?) throws -> [MeetingID] {
        try read { db in
            if let cohort {
                return try MeetingID.fetchAll(
                    db, sql: "SELECT id FROM meeting WHERE cohort_id = ? ORDER BY starts_at, id",
                    arguments: [cohort])
            }
            return try MeetingID.fetchAll(db, sql: "SELECT id FROM meeting ORDER BY starts_at, id")
        }
    }

    /// Meetings over by `now` (those before the next one in start order).
    public func pastMeetingCount(cohort: CohortID?, now: Int64) throws -> Int {
        try read { db in
            let over = "starts_at + duration_minutes * 60 <= ?"
            if let cohort {
                return try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM meeting WHERE cohort_id = ? AND \(over)",
                    arguments: [cohort, now]) ?? 0
            }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM meeting WHERE \(over)", arguments: [now])
                ?? 0
        }
    }

    public func meetingRows(_ ids: [MeetingID]) throws -> [MeetingRow] {
        guard !ids.isEmpty else { return [] }
        let rows = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.*, c.name AS cohort_name FROM meeting s JOIN cohort c ON c.id = s.cohort_id
                    WHERE s.id IN (\(Self.placeholders(ids.count)))
                    """, arguments: StatementArguments(ids)
            ).map { MeetingRow(meeting: Meeting(row: $0), cohortName: $0["cohort_name"]) }
        }
        let conflicts = try self.conflicts(of: ids)
        return Self.ordered(rows, as: ids).map { row in
            var row = row
            row.conflicts = conflicts[row.id] ?? []
            return row
        }
    }

    public func partnerIDs(cohort: CohortID?) throws -> [PartnerID] {
        try read { db in
            if let cohort {
                return try PartnerID.fetchAll(
                    db,
                    sql: """
                        SELECT p.id FROM partner p
                        WHERE p.id IN (SELECT partner_id FROM assignment WHERE cohort_id = ?)
                            OR p.id IN (SELECT mp.partner_id FROM meeting_partner mp
                                JOIN meeting m ON m.id = mp.meeting_id WHERE m.cohort_id = ?)
                        ORDER BY p.name COLLATE FRENCH, p.id
                        """, arguments: [cohort, cohort])
            }
            return try PartnerID.fetchAll(db, sql: "SELECT id FROM partner ORDER BY name COLLATE FRENCH, id")
        }
    }

    /// Partners' rows; with `cohort`, their missions and days in that
    /// cohort only.
    public func partnerRows(_ ids: [PartnerID], cohort: CohortID? = nil) throws -> [PartnerRow] {
        guard !ids.isEmpty else { return [] }
        // With a cohort, only its missions count (bound, twice per subquery).
        let scope = "AND (? IS NULL OR cohort_id = ?)"
        let rows = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT p.*,
                        (SELECT group_concat(name, char(10)) FROM (
                            SELECT DISTINCT c.name, c.start_date FROM assignment a JOIN cohort c ON c.id = a.cohort_id
                            WHERE a.partner_id = p.id ORDER BY c.start_date)) AS cohorts,
                        (SELECT COALESCE(SUM(days_planned), 0) FROM assignment WHERE partner_id = p.id \(scope))
                            AS days,
                        (SELECT COUNT(*) FROM assignment WHERE partner_id = p.id \(scope)) AS assignments
                    FROM partner p WHERE p.id IN (\(Self.placeholders(ids.count)))
                    """,
                arguments: StatementArguments(
                    [cohort, cohort, cohort, cohort] as [DatabaseValueConvertible?])
                    + StatementArguments(ids)
            ).map { row in
                let cohorts: String? = row["cohorts"]
                return PartnerRow(
                    partner: Partner(row: row),
                    cohortNames: cohorts.map { $0.split(separator: "\n").map(String.init) } ?? [],
                    daysPlanned: row["days"], assignmentCount: row["assignments"])
            }
        }
        return Self.ordered(rows, as: ids)
    }

    /// In list order, so that filtering the list reads the index in memory
    /// order. Keys are read in storage order (reading them in name order
    /// would jump around the table: 1 s instead of 0.2 at 200,000), then
    /// laid out in name order from memory.
    public func structureSearchIndex() throws -> SearchIndex {
        try read { db in
            let order = try StructureID.fetchAll(
                db, sql: "SELECT s.id FROM structure s ORDER BY \(StructureOrder.name.sql)")
            let maxID = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM structure") ?? 0
            let total = Int(
                try Double.fetchOne(db, sql: "SELECT TOTAL(LENGTH(CAST(search_key AS BLOB))) FROM structure")
                    ?? 0)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(total)
            var start = [Int32](repeating: -1, count: Int(maxID) + 1)
            var length = [Int32](repeating: 0, count: Int(maxID) + 1)
            let rows = try Row.fetchCursor(db, sql: "SELECT id, search_key FROM structure")
            while let row = try rows.next() {
                let id: Int64 = row[0]
                try row.withUnsafeData(atIndex: 1) { data in
                    start[Int(id)] = Int32(bytes.count)
                    length[Int(id)] = Int32(data?.count ?? 0)
                    if let data { bytes.append(contentsOf: data) }
                }
            }
            return bytes.withUnsafeBytes { all in
                SearchIndex(expecting: order.count, bytes: total) { add in
                    for id in order where start[Int(id)] >= 0 {
                        let from = Int(start[Int(id)])
                        add(id, UnsafeRawBufferPointer(rebasing: all[from..<(from + Int(length[Int(id)]))]))
                    }
                }
            }
        }
    }

    public func meetingSearchIndex() throws -> SearchIndex {
        try searchIndex(sql: "SELECT id, search_key FROM meeting ORDER BY starts_at, id", table: "meeting")
    }

    public func cohortSearchIndex() throws -> SearchIndex {
        try read { db in
            try SearchIndex { add in
                let rows = try Row.fetchCursor(db, sql: "SELECT id, name, theme FROM cohort")
                while let row = try rows.next() {
                    let key = SearchFolding.fold((row[1] as String) + "\u{1F}" + (row[2] as String))
                    Array(key.utf8).withUnsafeBytes { add(row[0], $0) }
                }
            }
        }
    }

    public func partnerSearchIndex() throws -> SearchIndex {
        try read { db in
            try SearchIndex { add in
                let rows = try Row.fetchCursor(db, sql: "SELECT id, name, expertise FROM partner")
                while let row = try rows.next() {
                    let key = SearchFolding.fold((row[1] as String) + "\u{1F}" + (row[2] as String))
                    Array(key.utf8).withUnsafeBytes { add(row[0], $0) }
                }
            }
        }
    }

    /// An index from a query of (id, folded key), copying the key bytes
    /// straight from SQLite.
    private func searchIndex(sql: String, table: String) throws -> SearchIndex {
        try read { db in
            let counts = try Row.fetchOne(
                db, sql: "SELECT COUNT(*), TOTAL(LENGTH(CAST(search_key AS BLOB))) FROM \(table)")
            return try SearchIndex(expecting: counts?[0] ?? 0, bytes: Int(counts?[1] as Double? ?? 0)) {
                add in
                let rows = try Row.fetchCursor(db, sql: sql)
                while let row = try rows.next() {
                    let id: Int64 = row[0]
                    try row.withUnsafeData(atIndex: 1) { data in data?.withUnsafeBytes { add(id, $0) } }
                }
            }
        }
    }

    public func programme() throws -> Programme? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM programme WHERE id = 1").map(Programme.init(row:))
        }
    }

    /// `rows` in the order of `ids` (SQL returns `IN (…)` rows in any order).
    static func ordered<Row: Identifiable>(_ rows: [Row], as ids: [Int64]) -> [Row] where Row.ID == Int64 {
        let position = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return rows.sorted { (position[$0.id] ?? 0) < (position[$1.id] ?? 0) }
    }

    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }
}
