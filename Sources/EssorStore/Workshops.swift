import EssorCore
import Foundation
import GRDB

/// A workshop as the store keeps it: its items and the state of its clock.
public struct WorkshopSnapshot: Equatable, Sendable {
    public var items: [WorkshopItem]
    public var timer: WorkshopTimer?
    public var order: WorkshopOrder
}

/// An action from an earlier meeting of the cohort, still to do.
public struct PendingAction: Equatable, Sendable {
    public var item: WorkshopItem
    public var meetingTitle: String
    public var meetingStart: Int64
}

extension WorkshopItem {
    init(row: Row) {
        let tags: String = row["tags"]
        let due: String? = row["due_date"]
        self.init(
            id: row["id"], meetingID: row["meeting_id"],
            kind: WorkshopItemKind(rawValue: row["kind"]) ?? .idea,
            text: row["text"], tags: tags.split(separator: " ").map(String.init), votes: row["votes"],
            owner: row["owner"],
            due: due.flatMap(LocalDate.parseISO), status: ActionStatus(rawValue: row["status"]) ?? .open,
            createdAt: row["created_at"])
    }
}

/// Every write here is its own short transaction, committed at once: a
/// crash or a dropped link loses at most the line being typed.
extension Store {
    public func workshop(meeting id: MeetingID) throws -> WorkshopSnapshot {
        try read { db in
            let items = try Row.fetchAll(
                db, sql: "SELECT * FROM workshop_item WHERE meeting_id = ? ORDER BY id", arguments: [id]
            ).map(WorkshopItem.init(row:))
            let state = try Row.fetchOne(
                db, sql: "SELECT * FROM workshop_state WHERE meeting_id = ?", arguments: [id])
            let timer = try (state?["timer"] as String?).map {
                try JSONDecoder().decode(WorkshopTimer.self, from: Data($0.utf8))
            }
            let order = (state?["item_order"] as String?).flatMap(WorkshopOrder.init(rawValue:)) ?? .time
            return WorkshopSnapshot(items: items, timer: timer, order: order)
        }
    }

    /// Adds a contribution; logged, so that `u` takes it back.
    @discardableResult
    public func addWorkshopItem(_ item: WorkshopItem, by author: ChangeAuthor, at now: Int64) throws
        -> WorkshopItemID
    {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO workshop_item (meeting_id, kind, text, tags, votes, owner, due_date, status, created_at, author)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    item.meetingID, item.kind.rawValue, item.text, item.tags.joined(separator: " "),
                    item.votes,
                    item.owner, item.due?.iso, item.status.rawValue, item.createdAt, author.name,
                ])
            let id = db.lastInsertedRowID
            _ = try Self.log(
                db, .workshopItem, id, "insert", item.text, before: nil, author: author, now: now)
            return id
        }
    }

    /// Replaces an item's text, tags, owner, date and status.
    public func updateWorkshopItem(_ item: WorkshopItem, by author: ChangeAuthor, at now: Int64) throws {
        try changeWorkshopItem(item.id, meeting: item.meetingID, by: author, at: now) { db in
            try db.execute(
                sql: """
                    UPDATE workshop_item SET kind = ?, text = ?, tags = ?, owner = ?, due_date = ?, status = ?, votes = ?
                    WHERE id = ?
                    """,
                arguments: [
                    item.kind.rawValue, item.text, item.tags.joined(separator: " "), item.owner,
                    item.due?.iso,
                    item.status.rawValue, item.votes, item.id,
                ])
        }
    }

    /// Adds `delta` votes (never below zero), or sets the count.
    public func vote(
        _ id: WorkshopItemID, delta: Int? = nil, count: Int? = nil, by author: ChangeAuthor, at now: Int64
    ) throws {
        try changeWorkshopItem(id, by: author, at: now) { db in
            if let count {
                try db.execute(
                    sql: "UPDATE workshop_item SET votes = ? WHERE id = ?", arguments: [max(0, count), id])
            } else {
                try db.execute(
                    sql: "UPDATE workshop_item SET votes = MAX(0, votes + ?) WHERE id = ?",
                    arguments: [delta ?? 0, id])
            }
        }
    }

    public func deleteWorkshopItem(_ id: WorkshopItemID, by author: ChangeAuthor, at now: Int64) throws {
        _ = try delete(.workshopItem, id: id, by: author, at: now)
    }

    public func setActionStatus(
        _ id: WorkshopItemID, _ status: ActionStatus, by author: ChangeAuthor, at now: Int64
    ) throws {
        try changeWorkshopItem(id, by: author, at: now) { db in
            try db.execute(
                sql: "UPDATE workshop_item SET status = ? WHERE id = ?", arguments: [status.rawValue, id])
        }
    }

    /// One change of an item, logged with its row before and after; an
    /// item gone meanwhile is a conflict on its meeting.
    private func changeWorkshopItem(
        _ id: WorkshopItemID, meeting: MeetingID? = nil, by author: ChangeAuthor, at now: Int64,
        _ body: (Database) throws -> Void
    ) throws {
        try write { db in
            guard let before = try ChangeEntity.workshopItem.snapshot(db, id: id, forDeletion: false),
                case .integer(let owner)? = before.main?["meeting_id"], meeting == nil || meeting == owner
            else { throw StoreError.conflict(entity: .meeting, id: meeting ?? 0) }
            try body(db)
            let text = try String.fetchOne(
                db, sql: "SELECT text FROM workshop_item WHERE id = ?", arguments: [id])
            _ = try Self.log(
                db, .workshopItem, id, "update", text ?? "", before: before, author: author, now: now)
        }
    }

    /// The clock and the order of the list, for the sessions that follow.
    public func saveWorkshopState(
        meeting id: MeetingID, timer: WorkshopTimer, order: WorkshopOrder, at now: Int64
    )
        throws
    {
        let json = String(decoding: try JSONEncoder().encode(timer), as: UTF8.self)
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO workshop_state (meeting_id, timer, item_order, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(meeting_id) DO UPDATE SET timer = excluded.timer, item_order = excluded.item_order,
                        updated_at = excluded.updated_at
                    """, arguments: [id, json, order.rawValue, now])
        }
    }

    /// Actions of the cohort's earlier meetings that are not done.
    public func pendingActions(before meeting: MeetingID) throws -> [PendingAction] {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT cohort_id, starts_at FROM meeting WHERE id = ?", arguments: [meeting])
            else { return [] }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT w.*, m.title AS meeting_title, m.starts_at AS meeting_start FROM workshop_item w
                    JOIN meeting m ON m.id = w.meeting_id
                    WHERE w.kind = 'action' AND w.status != 'faite' AND m.cohort_id = ? AND m.starts_at < ?
                    ORDER BY m.starts_at, w.id
                    """, arguments: [row["cohort_id"] as CohortID, row["starts_at"] as Int64]
            ).map {
                PendingAction(
                    item: WorkshopItem(row: $0), meetingTitle: $0["meeting_title"],
                    meetingStart: $0["meeting_start"])
            }
        }
    }

    /// Check-in: one person present (arrived now, or at `arrival` when the
    /// time is corrected) or absent, committed at once as part of the
    /// meeting's attendance.
    public func checkIn(
        meeting id: MeetingID, group: AttendanceGroup, person: String, status: AttendanceStatus?,
        arrival: Int64? = nil, at now: Int64,
        by author: ChangeAuthor
    ) throws {
        try write { db in
            let before = try ChangeEntity.meeting.snapshot(db, id: id, forDeletion: false)
            guard let before else { throw StoreError.conflict(entity: .meeting, id: id) }
            let existing = try Row.fetchAll(
                db, sql: "SELECT * FROM attendance WHERE meeting_id = ?", arguments: [id]
            ).first {
                AttendanceGroup(row: $0).sameGroup(as: group)
                    && SearchFolding.fold($0["person"]) == SearchFolding.fold(person)
            }
            let entryID: Int64? = existing?["id"]
            if let status {
                let corrected = arrival != nil
                // The caller stamps the arrival (`Meeting.arrivalStamp`): none is made up here.
                let arrival: Int64? = status == .present ? arrival : nil
                if let entryID {
                    try db.execute(
                        sql: corrected
                            ? "UPDATE attendance SET status = ?, arrived_at = ? WHERE id = ?"
                            : "UPDATE attendance SET status = ?, arrived_at = COALESCE(arrived_at, ?) WHERE id = ?",
                        arguments: [status.rawValue, arrival, entryID])
                    if status != .present {
                        try db.execute(
                            sql: "UPDATE attendance SET arrived_at = NULL WHERE id = ?", arguments: [entryID])
                    }
                } else {
                    try StoreWriter(db: db).insert(
                        [Attendance(group: group, person: person, status: status, arrivedAt: arrival)],
                        meeting: id)
                }
            } else if let entryID {
                try db.execute(sql: "DELETE FROM attendance WHERE id = ?", arguments: [entryID])
            }
            try db.execute(sql: "UPDATE meeting SET version = version + 1 WHERE id = ?", arguments: [id])
            let title =
                try String.fetchOne(db, sql: "SELECT title FROM meeting WHERE id = ?", arguments: [id]) ?? ""
            _ = try Self.log(db, .meeting, id, "update", title, before: before, author: author, now: now)
        }
    }
}
