import EssorCore
import GRDB

/// What an undo did, for the status line.
public struct UndoneChange: Equatable, Sendable {
    public var entity: ChangeEntity
    public var recordID: Int64
    /// The action undone: insert, update or delete.
    public var action: String
    public var summary: String
    /// How many records the undone action had written (a series: several).
    public var count = 1
}

extension Store {
    /// The last change of `session` that is not undone yet.
    public func lastUndoableChange(session: String) throws -> ChangeID? {
        try read { db in
            try ChangeID.fetchOne(
                db,
                sql: """
                    SELECT id FROM change_log c WHERE session = ? AND action != 'undo'
                    AND NOT EXISTS (SELECT 1 FROM change_log u WHERE u.undoes = c.id)
                    ORDER BY id DESC LIMIT 1
                    """, arguments: [session])
        }
    }

    /// Undoes one change if the record is as that change left it: removes
    /// an insert, restores the rows before an update or a deletion. The
    /// undo is itself logged. The record's version moves forward, so a form
    /// opened before the undo sees a conflict instead of overwriting it.
    /// A change made with others in one action (a series of meetings, an
    /// import) is undone with all of them, or not at all.
    @discardableResult
    public func undo(_ change: ChangeID, by author: ChangeAuthor, at now: Int64) throws -> UndoneChange {
        try write { db in
            let batch = try String.fetchOne(
                db, sql: "SELECT batch FROM change_log WHERE id = ?", arguments: [change])
            guard let batch else { return try Self.undoOne(db, change, author: author, now: now) }
            let members = try ChangeID.fetchAll(
                db,
                sql: """
                    SELECT id FROM change_log c WHERE batch = ? AND action != 'undo'
                    AND NOT EXISTS (SELECT 1 FROM change_log u WHERE u.undoes = c.id)
                    ORDER BY id DESC
                    """, arguments: [batch])
            var undone: [UndoneChange] = []
            for member in members { undone.append(try Self.undoOne(db, member, author: author, now: now)) }
            guard var first = undone.last else { throw StoreError.cannotUndo(.nothing) }
            first.count = undone.count
            return first
        }
    }

    private static func undoOne(_ db: Database, _ change: ChangeID, author: ChangeAuthor, now: Int64) throws
        -> UndoneChange
    {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM change_log WHERE id = ?", arguments: [change]),
            let entity = ChangeEntity(rawValue: row["entity"])
        else { throw StoreError.cannotUndo(.nothing) }
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM change_log WHERE undoes = ?", arguments: [change])
            == true
        {
            throw StoreError.cannotUndo(.alreadyUndone)
        }
        let id: Int64 = row["record_id"]
        let action: String = row["action"]
        let summary: String = row["summary"]
        let before = try RowSnapshot.from(json: row["before"])
        let after = try RowSnapshot.from(json: row["after"])
        let current = try entity.snapshot(db, id: id, forDeletion: false)
        // What the change wrote must be as it left it (versions aside:
        // undoing a later change moved them on without changing the record).
        guard Self.unchanged(current, since: before, after) else {
            throw StoreError.cannotUndo(.changedSince(summary: summary))
        }
        // What the undo changes: the whole record when it takes back its
        // creation (so that the undo can be undone), else the record as an
        // update sees it (linked rows of other records are not touched).
        let undoneBefore = try entity.snapshot(db, id: id, forDeletion: action == "insert")
        let version = Self.version(of: after?.main) ?? Self.version(of: before?.main) ?? 0
        switch action {
        case "insert":
            try db.execute(sql: "DELETE FROM \(entity.table) WHERE id = ?", arguments: [id])
        case "update", "delete":
            guard let before else { throw StoreError.cannotUndo(.nothing) }
            try before.restore(db, recordID: id, replacingOwned: action == "update")
            if entity.hasVersion {
                try db.execute(
                    sql: "UPDATE \(entity.table) SET version = ? WHERE id = ?", arguments: [version + 1, id])
            }
            if entity == .structure { try Self.refreshKeys(db, id) }
        default:
            throw StoreError.cannotUndo(.nothing)
        }
        _ = try Self.log(
            db, entity, id, "undo", summary, before: undoneBefore, undoes: change, author: author,
            now: now)
        return UndoneChange(entity: entity, recordID: id, action: action, summary: summary)
    }

    /// Whether `current` still holds what a change from `before` to `after`
    /// wrote: the record's own row and every group of rows it changed
    /// (rows others changed since in untouched groups do not matter).
    static func unchanged(_ current: RowSnapshot?, since before: RowSnapshot?, _ after: RowSnapshot?) -> Bool
    {
        guard withoutVersion(current?.main) == withoutVersion(after?.main) else { return false }
        let tables = Set((before?.groups ?? []).map(\.table)).union((after?.groups ?? []).map(\.table))
        for table in tables {
            let was = rows(of: table, in: before)
            let wrote = rows(of: table, in: after)
            guard was != wrote else { continue }
            if rows(of: table, in: current) != wrote { return false }
        }
        return true
    }

    /// The rows of `table` in a snapshot, versions aside, in a stable order.
    static func rows(of table: String, in snapshot: RowSnapshot?) -> [RowSnapshot.Row] {
        let rows = (snapshot?.groups ?? []).filter { $0.table == table }.flatMap(\.rows)
        return rows.compactMap(withoutVersion).sorted { sortKey($0) < sortKey($1) }
    }

    /// A row as text, whole reals written as the integers JSON makes of them.
    private static func sortKey(_ row: RowSnapshot.Row) -> String {
        row.keys.sorted().map { key -> String in
            switch row[key]! {
            case .real(let v) where v == v.rounded() && abs(v) < 1e15: "\(key)=\(Int64(v))"
            case let value: "\(key)=\(value)"
            }
        }.joined(separator: "|")
    }

    static func withoutVersion(_ row: RowSnapshot.Row?) -> RowSnapshot.Row? {
        row.map { $0.filter { $0.key != "version" } }
    }

    static func version(of row: RowSnapshot.Row?) -> Int? {
        if case .integer(let v)? = row?["version"] { return Int(v) }
        return nil
    }

    /// Recomputes a structure's search and sort keys from its fields.
    static func refreshKeys(_ db: Database, _ id: StructureID) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM structure WHERE id = ?", arguments: [id])
        else { return }
        let keys = StructureKeys(Structure(row: row))
        try db.execute(
            sql: "UPDATE structure SET search_key = ?, sort_name = ?, sort_town = ? WHERE id = ?",
            arguments: [keys.search, keys.sortName, keys.sortTown, id])
    }
}
