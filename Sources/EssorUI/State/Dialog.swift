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
    }

    public var title: String
    public var lines: [String]
    public var action: Action

    public init(title: String, lines: [String], action: Action) {
        self.title = title
        self.lines = lines
        self.action = action
    }
}

/// The list of structures to add to a cohort, filtered as you type.
public struct MemberPicker: Equatable, Sendable {
    public var filter = LineEditor()
    /// Every structure, by name.
    public var candidates: [StructureID]
    /// Those matching the filter and not members yet.
    public var visible: [StructureID]
    public var cursor = ListCursor()

    public init(candidates: [StructureID]) {
        self.candidates = candidates
        visible = candidates
    }
}
