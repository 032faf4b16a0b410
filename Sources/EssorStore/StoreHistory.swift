import EssorCore
import Foundation
import GRDB

/// One write in the change log, as history shows it.
public struct ChangeRecord: Equatable, Sendable {
    public struct Difference: Equatable, Sendable {
        public var column: String
        public var before: String?
        public var after: String?
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
    /// Columns of the record's own row that changed (keys and versions aside).
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
            ).compactMap(Self.change)
        }
    }

    /// The history of the whole store, newest first.
    public func history(limit: Int = 200) throws -> [ChangeRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM change_log ORDER BY id DESC LIMIT ?", arguments: [limit])
                .compactMap(Self.change)
        }
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

    static let hiddenColumns: Set<String> = ["version", "search_key", "sort_name", "sort_town", "id"]

    static func change(_ row: Row) -> ChangeRecord? {
        guard let entity = ChangeEntity(rawValue: row["entity"]) else { return nil }
        let before = (try? RowSnapshot.from(json: row["before"]))??.main
        let after = (try? RowSnapshot.from(json: row["after"]))??.main
        var differences: [ChangeRecord.Difference] = []
        let columns = Set((before ?? [:]).keys).union((after ?? [:]).keys).subtracting(hiddenColumns).sorted()
        for column in columns where before?[column] != after?[column] {
            differences.append(
                ChangeRecord.Difference(
                    column: column, before: before?[column]?.text, after: after?[column]?.text))
        }
        return ChangeRecord(
            id: row["id"], at: row["at"], author: row["author"], session: row["session"], entity: entity,
            recordID: row["record_id"], action: row["action"], summary: row["summary"],
            differences: differences)
    }
}

extension RowSnapshot.Value {
    /// The value as text for history (nil for NULL).
    var text: String? {
        switch self {
        case .null: nil
        case .integer(let v): String(v)
        case .real(let v): String(v)
        case .text(let v): v
        }
    }
}
