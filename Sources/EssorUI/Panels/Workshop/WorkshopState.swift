import EssorCore
import EssorStore

/// The lower part of the workshop screen.
public enum WorkshopPane: CaseIterable, Sendable, Equatable {
    case contributions
    case checkIn
    case actions

    public var next: WorkshopPane {
        switch self {
        case .contributions: .checkIn
        case .checkIn: .actions
        case .actions: .contributions
        }
    }
}

/// What the workshop screen reads from the store.
public struct WorkshopData: Equatable, Sendable {
    public var detail: MeetingDetail
    public var workshop: WorkshopSnapshot
    public var sheet: AttendanceSheet
    public var pending: [PendingAction]

    public init(
        detail: MeetingDetail, workshop: WorkshopSnapshot, sheet: AttendanceSheet, pending: [PendingAction]
    ) {
        self.detail = detail
        self.workshop = workshop
        self.sheet = sheet
        self.pending = pending
    }
}

/// A line being typed on the workshop screen.
public struct WorkshopInput: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A new item, or the item being edited.
        case item(editing: WorkshopItemID?)
        /// A dot-vote count for an item.
        case votes(WorkshopItemID)
        /// A person arriving with this group (check-in's `+`; Tab changes it).
        case person(AttendanceGroup)
        /// The arrival time of a person checked in, corrected.
        case arrival(AttendanceGroup, person: String)
    }

    public var kind: Kind
    public var editor: LineEditor

    public init(kind: Kind, text: String = "") {
        self.kind = kind
        editor = LineEditor(text)
    }
}

/// The workshop screen: a meeting run live, or followed on a projector.
public struct WorkshopState: Equatable, Sendable {
    public var meetingID: MeetingID
    public var data: WorkshopData?
    public var timer: WorkshopTimer
    public var order: WorkshopOrder = .time
    public var pane: WorkshopPane = .contributions
    public var cursors: [WorkshopPane: ListCursor] = [:]
    public var input: WorkshopInput?
    /// Read-only, following the facilitator's session (`--follow`).
    public var follow: Bool

    public init(meetingID: MeetingID, follow: Bool = false) {
        self.meetingID = meetingID
        self.follow = follow
        timer = WorkshopTimer(planned: [])
    }

    public var cursor: ListCursor {
        get { cursors[pane] ?? ListCursor() }
        set { cursors[pane] = newValue }
    }

    /// Contributions in the chosen order.
    public var items: [WorkshopItem] { order.sorted(data?.workshop.items ?? []) }

    public var rowCount: Int {
        switch pane {
        case .contributions: items.count
        case .checkIn: data?.sheet.rows.count ?? 0
        case .actions: data?.pending.count ?? 0
        }
    }

    public var selectedItem: WorkshopItem? {
        let list = items
        return pane == .contributions && list.indices.contains(cursor.index) ? list[cursor.index] : nil
    }
}
