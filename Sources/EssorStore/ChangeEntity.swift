import EssorCore
import GRDB
import Glibc

/// The kinds of records whose changes are logged, with the rows that make
/// up one record (for history and undo).
public enum ChangeEntity: String, Sendable, Codable, CaseIterable {
    case structure
    case cohort
    case meeting
    case partner
    case assignment
    /// A contribution to a meeting's workshop: idea, decision, question or
    /// action (its votes and status are changes of it).
    case workshopItem = "workshop_item"
    /// The programme's settings: its description and the finance
    /// thresholds (one record, id 1).
    case settings
    /// A member of staff, with their yearly costs and signed months.
    case staff
    /// One entry of staff time.
    case staffTime = "staff_time"

    var table: String { self == .settings ? "programme" : rawValue }

    /// Whether the record's row counts its versions (forms check them).
    var hasVersion: Bool { self != .settings && self != .workshopItem }

    /// The one record of `.settings`.
    public static let settingsID: Int64 = 1

    /// The record and the rows it owns; with `forDeletion`, also the rows
    /// of other records that a deletion removes or unlinks.
    func snapshot(_ db: Database, id: Int64, forDeletion: Bool) throws -> RowSnapshot? {
        let main = try RowSnapshot.read(db, table: table, owner: nil, where: "id = ?", id)
        // The settings are there even before the programme is described.
        guard !main.rows.isEmpty || self == .settings else { return nil }
        var groups = [main]
        switch self {
        case .settings:
            // Every threshold belongs to the settings: the whole table.
            groups.append(
                try RowSnapshot.readAll(db, table: "finance_threshold", orderBy: "key", owned: true))
            // So do the programme's terms of the financing instruments.
            groups.append(
                try RowSnapshot.readAll(
                    db, table: "instrument_term", orderBy: "instrument, term", owned: true))
            // And its tasks and settings of staff time.
            groups.append(try RowSnapshot.readAll(db, table: "time_task", orderBy: "code", owned: true))
            groups.append(try RowSnapshot.readAll(db, table: "time_setting", orderBy: "key", owned: true))
        case .workshopItem, .staffTime:
            break
        case .staff:
            for owned in ["staff_cost", "staff_month"] {
                groups.append(
                    try RowSnapshot.read(db, table: owned, owner: "staff_id", where: "staff_id = ?", id))
            }
            if forDeletion {
                groups.append(
                    try RowSnapshot.read(db, table: "staff_time", owner: nil, where: "staff_id = ?", id))
            }
        case .structure:
            groups.append(
                try RowSnapshot.read(
                    db, table: "structure_contact", owner: "structure_id", where: "structure_id = ?", id))
            groups.append(
                try RowSnapshot.read(
                    db, table: "membership", owner: "structure_id", where: "structure_id = ?", id))
            // Its accounts and financing are part of the structure.
            for owned in ["financial_year", "financing"] {
                groups.append(
                    try RowSnapshot.read(
                        db, table: owned, owner: "structure_id", where: "structure_id = ?", id))
            }
            if forDeletion {
                for table in ["meeting_invitation", "attendance", "assignment", "project_share"] {
                    groups.append(
                        try RowSnapshot.read(
                            db, table: table, owner: "structure_id", where: "structure_id = ?", id))
                }
            }
        case .cohort:
            groups.append(
                try RowSnapshot.read(db, table: "membership", owner: "cohort_id", where: "cohort_id = ?", id))
            // Its project budget: lines before the shares that point at them.
            for owned in ["project_line", "project_share"] {
                groups.append(
                    try RowSnapshot.read(db, table: owned, owner: "cohort_id", where: "cohort_id = ?", id))
            }
            if forDeletion {
                groups.append(
                    try RowSnapshot.read(db, table: "financing", owner: nil, where: "cohort_id = ?", id))
                groups.append(
                    try RowSnapshot.read(
                        db, table: "assignment", owner: "cohort_id", where: "cohort_id = ?", id))
                groups.append(
                    try RowSnapshot.read(
                        db, table: "time_entry", owner: nil,
                        where: "assignment_id IN (SELECT id FROM assignment WHERE cohort_id = ?)", id))
                groups.append(
                    try RowSnapshot.read(db, table: "meeting", owner: "cohort_id", where: "cohort_id = ?", id)
                )
                // Staff time for the cohort goes with it and comes back
                // with it (the deletion's confirmation counts it).
                groups.append(
                    try RowSnapshot.read(db, table: "staff_time", owner: nil, where: "cohort_id = ?", id))
                let ofMeetings = "meeting_id IN (SELECT id FROM meeting WHERE cohort_id = ?)"
                for table in [
                    "agenda_item", "meeting_invitation", "meeting_partner", "attendance", "workshop_item",
                    "workshop_state",
                ] {
                    groups.append(try RowSnapshot.read(db, table: table, owner: nil, where: ofMeetings, id))
                }
            }
        case .partner:
            groups.append(
                try RowSnapshot.read(
                    db, table: "partner_contact", owner: "partner_id", where: "partner_id = ?", id))
            if forDeletion {
                groups.append(
                    try RowSnapshot.read(db, table: "assignment", owner: nil, where: "partner_id = ?", id))
                groups.append(
                    try RowSnapshot.read(
                        db, table: "time_entry", owner: nil,
                        where: "assignment_id IN (SELECT id FROM assignment WHERE partner_id = ?)", id))
                groups.append(
                    try RowSnapshot.read(
                        db, table: "meeting_partner", owner: nil, where: "partner_id = ?", id))
                groups.append(
                    try RowSnapshot.read(db, table: "attendance", owner: nil, where: "partner_id = ?", id))
                // A financing names the partner that grants it: the link
                // comes back with the partner.
                groups.append(
                    try RowSnapshot.read(db, table: "financing", owner: nil, where: "partner_id = ?", id))
            }
        case .assignment:
            groups.append(
                try RowSnapshot.read(
                    db, table: "time_entry", owner: "assignment_id", where: "assignment_id = ?", id))
        case .meeting:
            // A meeting owns its agenda, invitations, partners and attendance:
            // they go and come back with it.
            for owned in ["agenda_item", "meeting_invitation", "meeting_partner", "attendance"] {
                groups.append(
                    try RowSnapshot.read(db, table: owned, owner: "meeting_id", where: "meeting_id = ?", id))
            }
            // What was said in its workshop goes with a deleted meeting and
            // comes back with it; edits never touch it.
            if forDeletion {
                // Staff time confirmed from the meeting keeps its hours
                // and loses the link, which undo gives back.
                for table in ["workshop_item", "workshop_state", "staff_time"] {
                    groups.append(
                        try RowSnapshot.read(db, table: table, owner: nil, where: "meeting_id = ?", id))
                }
            }
        }
        groups.removeAll { $0.rows.isEmpty && $0.owner == nil && $0.table != table }
        return RowSnapshot(groups: groups)
    }
}

/// Who writes: the login name of the real user (not `$USER`, which anyone
/// can set) and this process's session, so that `u` undoes one's own
/// changes.
public struct ChangeAuthor: Sendable, Equatable {
    public var name: String
    public var session: String

    public init(name: String, session: String) {
        self.name = name
        self.session = session
    }

    /// The login name of the real user id, from the password database.
    public static func login() -> String {
        let uid = getuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(uid)"
    }
}

public typealias ChangeID = Int64

extension ChangeEntity: ExchangeCode {}
