import EssorCore
import EssorStore

/// A question that needs a yes or a no before anything happens.
public struct Dialog: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        case delete(ChangeEntity, Int64)
        case discardForm
        case discardSubform
        /// A form kept when the terminal went away.
        case restoreDraft(StoredDraft)
        case discardAttendance
        /// Save a meeting despite its conflicts.
        case saveMeeting(MeetingRecord, starts: [Int64], scope: SeriesScope)
        /// This occurrence of a series, or the following ones too (c or s).
        case seriesScope(MeetingRecord, starts: [Int64], conflicts: [MeetingConflict])
        /// What to export (e or i), from the selected meeting.
        case export(MeetingID?)
        case deleteWorkshopItem(WorkshopItemID)
        /// Remove a kept financing (u undoes it).
        case deleteFinancing(Financing)
    }

    public var title: String
    public var lines: [String]
    public var action: Action

    public init(title: String, lines: [String], action: Action) {
        self.title = title
        self.lines = lines
        self.action = action
    }

    /// Where its keys are looked up: yes/no, or a choice of its own.
}

/// The list of structures (or partners) to add to a form's list, filtered
/// as you type.
public struct MemberPicker: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case structures
        case partners

        var panel: PanelID { self == .structures ? .structures : .partners }
    }

    public var kind: Kind = .structures
    public var filter = LineEditor()
    /// Every structure, by name.
    public var candidates: [StructureID]
    /// Those matching the filter and not members yet.
    public var visible: [StructureID]
    public var cursor = ListCursor()

    public init(candidates: [Int64], kind: Kind = .structures) {
        self.candidates = candidates
        self.kind = kind
        visible = candidates
    }
}
