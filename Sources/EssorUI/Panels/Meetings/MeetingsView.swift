/// How the Séances panel shows meetings: `v` goes round them.
public enum MeetingsView: CaseIterable, Sendable, Equatable {
    /// The list, by day.
    case agenda
    case week
    case month

    public var next: MeetingsView {
        switch self {
        case .agenda: .week
        case .week: .month
        case .month: .agenda
        }
    }
}

/// Which meetings the panel lists, by time.
public enum MeetingWhen: CaseIterable, Sendable, Equatable {
    case all
    case upcoming
    case past

    public var next: MeetingWhen {
        switch self {
        case .all: .upcoming
        case .upcoming: .past
        case .past: .all
        }
    }
}
