/// What is said in a workshop, captured as it happens.
public enum WorkshopItemKind: String, CaseIterable, Sendable, Codable {
    case idea = "idee"
    case question
    case decision
    case action
}

/// Whether an action is still to do.
public enum ActionStatus: String, CaseIterable, Sendable, Codable {
    case open = "ouverte"
    case done = "faite"
}

public typealias WorkshopItemID = Int64

public struct WorkshopItem: Equatable, Sendable, Identifiable {
    public var id: WorkshopItemID
    public var meetingID: MeetingID
    public var kind: WorkshopItemKind
    public var text: String
    /// Folded tags, without `#`.
    public var tags: [String]
    public var votes: Int
    /// Who carries an action.
    public var owner: String
    public var due: LocalDate?
    public var status: ActionStatus
    /// When it was captured.
    public var createdAt: Int64

    public init(
        id: WorkshopItemID = 0, meetingID: MeetingID, kind: WorkshopItemKind, text: String,
        tags: [String] = [],
        votes: Int = 0, owner: String = "", due: LocalDate? = nil, status: ActionStatus = .open,
        createdAt: Int64 = 0
    ) {
        self.id = id
        self.meetingID = meetingID
        self.kind = kind
        self.text = text
        self.tags = tags
        self.votes = votes
        self.owner = owner
        self.due = due
        self.status = status
        self.createdAt = createdAt
    }
}

/// How the contributions are listed.
public enum WorkshopOrder: String, CaseIterable, Sendable, Codable {
    /// As they were said.
    case time
    /// Most votes first (ideas), then the rest as said.
    case votes
    /// By tag, then by votes.
    case tags

    public var next: WorkshopOrder {
        switch self {
        case .time: .votes
        case .votes: .tags
        case .tags: .time
        }
    }

    /// `items` in this order. Ties keep the order they were captured in.
    public func sorted(_ items: [WorkshopItem]) -> [WorkshopItem] {
        let indexed = Array(items.enumerated())
        switch self {
        case .time:
            return indexed.sorted { ($0.element.createdAt, $0.offset) < ($1.element.createdAt, $1.offset) }
                .map(\.element)
        case .votes:
            return indexed.sorted { a, b in
                if a.element.votes != b.element.votes { return a.element.votes > b.element.votes }
                return (a.element.createdAt, a.offset) < (b.element.createdAt, b.offset)
            }.map(\.element)
        case .tags:
            return indexed.sorted { a, b in
                let ta = a.element.tags.first.map(SearchFolding.fold) ?? "\u{10FFFF}"
                let tb = b.element.tags.first.map(SearchFolding.fold) ?? "\u{10FFFF}"
                if ta != tb { return ta < tb }
                if a.element.votes != b.element.votes { return a.element.votes > b.element.votes }
                return (a.element.createdAt, a.offset) < (b.element.createdAt, b.offset)
            }.map(\.element)
        }
    }
}
