import EssorCore
import Foundation
import GRDB

/// One write in the change log, as history shows it.
public struct ChangeRecord: Equatable, Sendable {
    /// One field that changed: of the record's own row (`key` empty) or of
    /// a row it owns, named by `table` and that row's key values (a year of
    /// accounts, a financing, a budget line, a threshold…).
    public struct Difference: Equatable, Sendable {
        public var table: String
        public var key: [String] = []
        public var column: String
        public var before: String?
        public var after: String?

        public init(table: String, key: [String] = [], column: String, before: String?, after: String?) {
            self.table = table
            self.key = key
            self.column = column
            self.before = before
            self.after = after
        }
    }

    public var id: ChangeID
    public var at: Int64
    public var author: String
    public var session: String
    public var entity: ChangeEntity
    public var recordID: Int64
    /// insert, update, delete or undo.
    public var action: String
    public var summary: String
    /// Fields that changed, of the record's own row first, then of the rows
    /// it owns (search keys and versions aside).
    public var differences: [Difference]
}

extension Store {
    /// The newest change's id (0 for none).
    public func latestChangeID() throws -> ChangeID {
        try read { try ChangeID.fetchOne($0, sql: "SELECT MAX(id) FROM change_log") ?? 0 }
    }

    /// Changes after `id` made by other sessions, oldest first.
    public func changes(after id: ChangeID, notBy session: String) throws -> [ChangeRecord] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM change_log WHERE id > ? AND session != ? ORDER BY id LIMIT 100",
                arguments: [id, session]
            ).compactMap(Self.change)
        }
    }

    /// The history of one record, newest first.
    public func history(of entity: ChangeEntity, id: Int64, limit: Int = 200) throws -> [ChangeRecord] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM change_log WHERE entity = ? AND record_id = ? ORDER BY id DESC LIMIT ?",
                arguments: [entity.rawValue, id, limit]
            ).compactMap(Self.change).map { try Self.named($0, db) }
        }
    }

    /// The history of the whole store, newest first.
    public func history(limit: Int = 200) throws -> [ChangeRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM change_log ORDER BY id DESC LIMIT ?", arguments: [limit])
                .compactMap(Self.change).map { try Self.named($0, db) }
        }
    }

    /// A change whose links to other records (a partner, a cohort, an
    /// organisation) show their names, as they are called now.
    static func named(_ change: ChangeRecord, _ db: Database) throws -> ChangeRecord {
        let tables = ["partner_id": "partner", "cohort_id": "cohort", "structure_id": "structure"]
        var change = change
        // The rows an owned row is keyed by, named too.
        let keyTables: [String: [Int: String]] = [
            "meeting_invitation": [0: "structure"], "meeting_partner": [0: "partner"],
            "membership": [0: "cohort", 1: "structure"], "project_share": [1: "structure"],
        ]
        for index in change.differences.indices {
            for (position, table) in keyTables[change.differences[index].table] ?? [:]
            where change.differences[index].key.indices.contains(position) {
                guard let id = Int64(change.differences[index].key[position]) else { continue }
                let name = try String.fetchOne(
                    db, sql: "SELECT name FROM \(table) WHERE id = ?", arguments: [id])
                change.differences[index].key[position] = name ?? "n° \(id)"
            }
        }
        for index in change.differences.indices {
            guard let table = tables[change.differences[index].column] else { continue }
            for keyPath in [\ChangeRecord.Difference.before, \ChangeRecord.Difference.after] {
                guard let value = change.differences[index][keyPath: keyPath], let id = Int64(value) else {
                    continue
                }
                let name = try String.fetchOne(
                    db, sql: "SELECT name FROM \(table) WHERE id = ?", arguments: [id])
                change.differences[index][keyPath: keyPath] = name ?? "n° \(id)"
            }
        }
        return change
    }

    /// The last change of `author` (a login), in any session, not undone
    /// yet: `u` works after a restart too.
    public func lastUndoableChange(author: String) throws -> ChangeID? {
        try read { db in
            try ChangeID.fetchOne(
                db,
                sql: """
                    SELECT id FROM change_log c WHERE author = ? AND action != 'undo'
                    AND NOT EXISTS (SELECT 1 FROM change_log u WHERE u.undoes = c.id)
                    ORDER BY id DESC LIMIT 1
                    """, arguments: [author])
        }
    }

    /// Columns that are the store's own bookkeeping, not what a user wrote.
    static let hiddenColumns: Set<String> = [
        "version", "search_key", "sort_name", "sort_town", "id", "uid", "series", "created_at", "author",
        "position",
    ]

    static func change(_ row: Row) -> ChangeRecord? {
        guard let entity = ChangeEntity(rawValue: row["entity"]) else { return nil }
        let before = (try? RowSnapshot.from(json: row["before"])) ?? nil
        let after = (try? RowSnapshot.from(json: row["after"])) ?? nil
        return ChangeRecord(
            id: row["id"], at: row["at"], author: row["author"], session: row["session"], entity: entity,
            recordID: row["record_id"], action: row["action"], summary: row["summary"],
            differences: differences(entity, before, after))
    }

    /// Field by field, what a change did: the record's own row, then (when
    /// it was there before and after) each row it owns, matched by key.
    static func differences(_ entity: ChangeEntity, _ before: RowSnapshot?, _ after: RowSnapshot?)
        -> [ChangeRecord.Difference]
    {
        // A contribution's meeting is the record it is shown under.
        let own = entity == .workshopItem ? hiddenColumns.union(["meeting_id"]) : hiddenColumns
        var found = compare(entity.table, [], before?.main, after?.main, hiding: own)
        guard let before, let after else { return found }
        let owned = (before.groups + after.groups).filter { $0.owner != nil }.map(\.table)
        for table in owned.reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) {
            let was = keyed(table, before)
            let now = keyed(table, after)
            let hiding = hiddenColumns.union(
                before.groups.first { $0.table == table }?.owner.map { [$0] } ?? []
            ).union(ownedKeys[table] ?? [])
            let keys = Set(was.keys).union(now.keys).sorted { $0.lexicographicallyPrecedes($1) }
            for key in keys {
                found += compare(table, key, was[key], now[key], hiding: hiding)
            }
        }
        return found
    }

    /// The columns that name an owned row (default: its `id`).
    static let ownedKeys: [String: [String]] = [
        "financial_year": ["year"], "project_line": ["position"], "project_share": ["line", "structure_id"],
        "finance_threshold": ["key"], "instrument_term": ["instrument", "term"],
        "structure_contact": ["position"], "partner_contact": ["position"],
        "agenda_item": ["position"], "attendance": ["structure_id", "partner_id", "organisation", "person"],
        "meeting_invitation": ["structure_id"], "meeting_partner": ["partner_id"],
        "membership": ["cohort_id", "structure_id"], "staff_cost": ["year"], "staff_month": ["month"],
        "time_task": ["code"], "time_setting": ["key"],
    ]

    /// The rows of `table` in a snapshot by their key values. A budget
    /// share names its line by position (lines are rewritten on save).
    static func keyed(_ table: String, _ snapshot: RowSnapshot) -> [[String]: RowSnapshot.Row] {
        var positions: [String: String] = [:]
        for line in snapshot.groups.filter({ $0.table == "project_line" }).flatMap(\.rows) {
            if let id = line["id"]?.text { positions[id] = line["position"]?.text ?? "" }
        }
        var rows: [[String]: RowSnapshot.Row] = [:]
        for var row in snapshot.groups.filter({ $0.table == table }).flatMap(\.rows) {
            if table == "project_share", let line = row["line_id"]?.text {
                row["line"] = .text(positions[line] ?? line)
                row["line_id"] = nil
            }
            let columns = ownedKeys[table] ?? (row["id"] != nil ? ["id"] : row.keys.sorted())
            rows[columns.map { row[$0]?.text ?? "" }] = row
        }
        return rows
    }

    static func compare(
        _ table: String, _ key: [String], _ before: RowSnapshot.Row?, _ after: RowSnapshot.Row?,
        hiding: Set<String>
    ) -> [ChangeRecord.Difference] {
        let columns = Set((before ?? [:]).keys).union((after ?? [:]).keys).subtracting(hiding).sorted()
        // A row that is only its key (an invitation, a membership) is said
        // to be added or removed.
        if !key.isEmpty, (before == nil) != (after == nil),
            !columns.contains(where: { !((before ?? after)?[$0]?.text ?? "").isEmpty })
        {
            return [
                ChangeRecord.Difference(
                    table: table, key: key, column: "", before: before == nil ? nil : "",
                    after: after == nil ? nil : "")
            ]
        }
        return columns.filter { before?[$0] != after?[$0] }.compactMap { column in
            let was = before?[column]?.text
            let now = after?[column]?.text
            // A row added or removed shows its filled fields only.
            if (was ?? "").isEmpty && (now ?? "").isEmpty { return nil }
            return ChangeRecord.Difference(table: table, key: key, column: column, before: was, after: now)
        }
    }
}

extension RowSnapshot.Value {
    /// The value as text for history (nil for NULL).
    var text: String? {
        switch self {
        case .null: nil
        case .integer(let v): String(v)
        case .real(let v) where v == v.rounded() && abs(v) < 1e15: String(Int64(v))
        case .real(let v): String(v)
        case .text(let v): v
        }
    }
}
