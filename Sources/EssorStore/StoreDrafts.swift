import EssorCore
import Foundation
import GRDB

/// A form kept when the terminal went away (SIGHUP, SIGTERM), to offer
/// back at the next start.
public struct StoredDraft: Equatable, Sendable {
    public var id: Int64
    public var author: String
    public var savedAt: Int64
    public var entity: ChangeEntity
    /// The record the form edited; nil for a new one.
    public var recordID: Int64?
    /// The version the form had read (to detect later changes on saving).
    public var version: Int
    public var title: String
    /// The form's values, as JSON of the core's draft.
    public var payload: String

    public init(
        id: Int64 = 0, author: String, savedAt: Int64, entity: ChangeEntity, recordID: Int64?, version: Int,
        title: String, payload: String
    ) {
        self.id = id
        self.author = author
        self.savedAt = savedAt
        self.entity = entity
        self.recordID = recordID
        self.version = version
        self.title = title
        self.payload = payload
    }
}

extension Store {
    /// Keeps a draft; one transaction, so it is there whole or not at all.
    @discardableResult
    public func saveDraft(_ draft: StoredDraft) throws -> Int64 {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO draft (author, saved_at, entity, record_id, version, title, payload)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    draft.author, draft.savedAt, draft.entity.rawValue, draft.recordID, draft.version,
                    draft.title,
                    draft.payload,
                ])
            return db.lastInsertedRowID
        }
    }

    /// The drafts of `author`, newest first.
    public func drafts(author: String) throws -> [StoredDraft] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM draft WHERE author = ? ORDER BY id DESC", arguments: [author]
            )
            .compactMap { row in
                guard let entity = ChangeEntity(rawValue: row["entity"]) else { return nil }
                return StoredDraft(
                    id: row["id"], author: row["author"], savedAt: row["saved_at"], entity: entity,
                    recordID: row["record_id"], version: row["version"], title: row["title"],
                    payload: row["payload"])
            }
        }
    }

    public func deleteDraft(id: Int64) throws {
        try write { db in try db.execute(sql: "DELETE FROM draft WHERE id = ?", arguments: [id]) }
    }
}

/// A draft's payload: the form's values and the field that had the focus.
public struct DraftPayload<Values: Codable>: Codable {
    public var values: Values
    public var focus: String?

    public init(values: Values, focus: String?) {
        self.values = values
        self.focus = focus
    }

    public func json() throws -> String { String(decoding: try JSONEncoder().encode(self), as: UTF8.self) }

    public static func decode(_ json: String) throws -> DraftPayload {
        try JSONDecoder().decode(DraftPayload.self, from: Data(json.utf8))
    }
}
