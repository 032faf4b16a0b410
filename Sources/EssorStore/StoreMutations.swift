import EssorCore
import Foundation
import GRDB

/// Saving and deleting records. Each write is one immediate transaction
/// that checks the record's version, writes, and logs the rows before and
/// after in `change_log`.
extension Store {
    /// Inserts (`record.structure.id == 0`) or updates a structure.
    /// Throws `.conflict` when the stored version is no longer the one read,
    /// `.duplicateSiret` when another structure has the SIRET.
    @discardableResult
    public func save(_ record: StructureRecord, by author: ChangeAuthor, at now: Int64) throws -> (
        StructureID, ChangeID
    ) {
        try write { db in
            var s = record.structure
            s.siret = Siret.normalize(s.siret)
            if !s.siret.isEmpty,
                let other = try String.fetchOne(
                    db, sql: "SELECT name FROM structure WHERE siret = ? AND id != ? LIMIT 1",
                    arguments: [s.siret, s.id])
            {
                throw StoreError.duplicateSiret(otherName: other)
            }
            let isNew = s.id == 0
            let before = isNew ? nil : try Self.checkedSnapshot(db, .structure, s.id, version: record.version)
            let writer = StoreWriter(db: db)
            if isNew {
                s.id = try writer.insert(s, contacts: record.contacts)
            } else {
                try writer.update(s, contacts: record.contacts)
            }
            try db.execute(sql: "DELETE FROM membership WHERE structure_id = ?", arguments: [s.id])
            for cohort in record.cohortIDs { try writer.addMember(cohort: cohort, structure: s.id) }
            let change = try Self.log(
                db, .structure, s.id, isNew ? "insert" : "update", s.name, before: before, author: author,
                now: now)
            return (s.id, change)
        }
    }

    /// Inserts (`record.cohort.id == 0`) or updates a cohort and its members.
    @discardableResult
    public func save(_ record: CohortRecord, by author: ChangeAuthor, at now: Int64) throws -> (
        CohortID, ChangeID
    ) {
        try write { db in
            var c = record.cohort
            let isNew = c.id == 0
            let before = isNew ? nil : try Self.checkedSnapshot(db, .cohort, c.id, version: record.version)
            let writer = StoreWriter(db: db)
            if isNew {
                c.id = try writer.insert(c)
            } else {
                try writer.update(c)
            }
            try db.execute(sql: "DELETE FROM membership WHERE cohort_id = ?", arguments: [c.id])
            for member in record.memberIDs { try writer.addMember(cohort: c.id, structure: member) }
            let change = try Self.log(
                db, .cohort, c.id, isNew ? "insert" : "update", c.name, before: before, author: author,
                now: now)
            return (c.id, change)
        }
    }

    /// Deletes a record and what it owns (a cohort's meetings too); the
    /// change log keeps every row so that the deletion can be undone.
    @discardableResult
    /// Deletes a record. With `version`, only if it is still the one read
    /// (`.conflict` otherwise).
    public func delete(
        _ entity: ChangeEntity, id: Int64, version: Int? = nil, by author: ChangeAuthor, at now: Int64
    ) throws -> ChangeID {
        try write { db in
            if let version {
                let current = try Int.fetchOne(
                    db, sql: "SELECT version FROM \(entity.table) WHERE id = ?", arguments: [id])
                guard current == version else { throw StoreError.conflict(entity: entity, id: id) }
            }
            guard let change = try Self.deleteLogged(db, entity, id: id, author: author, now: now) else {
                throw StoreError.conflict(entity: entity, id: id)
            }
            return change
        }
    }

    /// Deletes a record inside the caller's transaction, its rows kept in
    /// the change log (in `batch`, when part of one) so that it can be
    /// undone; nil when it is not there.
    static func deleteLogged(
        _ db: Database, _ entity: ChangeEntity, id: Int64, batch: String? = nil, author: ChangeAuthor,
        now: Int64
    ) throws -> ChangeID? {
        guard let before = try entity.snapshot(db, id: id, forDeletion: true) else { return nil }
        let label =
            before.main?["name"] ?? before.main?["title"] ?? before.main?["mission"] ?? before.main?["text"]
        let name = label.flatMap { if case .text(let t) = $0 { t } else { nil } } ?? "#\(id)"
        try db.execute(sql: "DELETE FROM \(entity.table) WHERE id = ?", arguments: [id])
        return try log(db, entity, id, "delete", name, before: before, batch: batch, author: author, now: now)
    }

    /// The snapshot of a record, after checking that its version is still
    /// `version` (someone else may have saved or deleted it since).
    static func checkedSnapshot(_ db: Database, _ entity: ChangeEntity, _ id: Int64, version: Int) throws
        -> RowSnapshot
    {
        let current = try Int.fetchOne(
            db, sql: "SELECT version FROM \(entity.table) WHERE id = ?", arguments: [id])
        guard current == version, let snapshot = try entity.snapshot(db, id: id, forDeletion: false) else {
            throw StoreError.conflict(entity: entity, id: id)
        }
        return snapshot
    }

    /// Records a change with the rows before it and, read now, after it
    /// (none after a deletion).
    static func log(
        _ db: Database, _ entity: ChangeEntity, _ id: Int64, _ action: String, _ summary: String,
        before: RowSnapshot?, undoes: ChangeID? = nil, batch: String? = nil, author: ChangeAuthor, now: Int64
    ) throws -> ChangeID {
        let afterRows = try entity.snapshot(db, id: id, forDeletion: false)
        try db.run(
            sql: """
                INSERT INTO change_log (at, author, session, entity, record_id, action, summary, before, after,
                    undoes, batch)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                now, author.name, author.session, entity.rawValue, id, action, summary, try before?.json(),
                try afterRows?.json(), undoes, batch,
            ])
        return db.lastInsertedRowID
    }
}
