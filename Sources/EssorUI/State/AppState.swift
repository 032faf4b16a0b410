import EssorCore
import EssorStore

/// Which part of a panel has the keyboard.
public enum Focus: Equatable, Sendable {
    case list
    case detail
}

/// One list panel's state: selection, applied filter, the rows it shows.
public struct ListPanelState: Equatable, Sendable {
    public var cursor = ListCursor()
    /// The filter typed with `/`, applied as you type.
    public var filter = ""
    /// Indexes of the records within the cohort scope, in display order:
    /// sorted once per snapshot, scope or sort order, then only filtered.
    public var base: [Int] = []
    /// The records shown: `base` narrowed by the filter.
    public var visible: [Int] = []
    public var focus: Focus = .list
    /// First detail line shown.
    public var detailScroll = 0
    /// The detail line under the cursor when the detail has the focus.
    public var detailCursor = 0

    public init() {}
}

/// The line at the bottom where a filter or a `:` command is typed.
public struct InputLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case filter
        case command
    }

    public var kind: Kind
    public var editor: LineEditor

    public init(kind: Kind, text: String = "") {
        self.kind = kind
        editor = LineEditor(text)
    }

    public var text: String { editor.text }
}

public enum Overlay: Equatable, Sendable {
    case help(scroll: Int)
}

/// A message in the status line, replacing the key hints until it expires.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool
    /// Instant after which the message is cleared.
    public var expires: Int64

    public init(text: String, isError: Bool, expires: Int64) {
        self.text = text
        self.isError = isError
        self.expires = expires
    }
}

/// A loaded detail, for the record selected in a panel.
public enum PanelDetail: Equatable, Sendable {
    case cohort(CohortDetail)
    case structure(StructureDetail)
    case meeting(MeetingDetail)
    case partner(PartnerDetail)

    public var id: Int64 {
        switch self {
        case .cohort(let d): d.cohort.id
        case .structure(let d): d.structure.id
        case .meeting(let d): d.meeting.id
        case .partner(let d): d.partner.id
        }
    }
}

/// Everything the interface shows, as a value: the reducer changes it, the
/// views draw it.
public struct AppState: Equatable, Sendable {
    public var lang: Lang
    public var size: Size
    public var now: Int64
    public var clock: WallClock
    public var storePath: String
    /// The store path as shown in the header (`~` for the home folder).
    public var storeLabel: String
    public var data: StoreSnapshot
    /// Folded search keys of meetings, partners and cohorts (structures
    /// carry theirs from the store).
    public var searchKeys: SearchKeys
    public var panel: PanelID = .cohorts
    /// The cohort the other panels are restricted to.
    public var scope: CohortID?
    public var cohorts = ListPanelState()
    public var structures = ListPanelState()
    public var meetings = ListPanelState()
    public var partners = ListPanelState()
    public var sort: StructureSort = .name
    public var input: InputLine?
    /// The form being filled, and a contact's form opened from it.
    public var form: FormState?
    public var subform: FormState?
    public var dialog: Dialog?
    public var picker: MemberPicker?
    public var overlay: Overlay?
    public var message: StatusMessage?
    public var details: [PanelID: PanelDetail] = [:]
    public var keymap: Keymap = .standard
    /// Whether a snapshot was applied yet (the first one places the cursors).
    public var loaded = false

    public init(
        lang: Lang, size: Size, now: Int64, clock: WallClock = .paris, storePath: String,
        home: String? = nil, data: StoreSnapshot = .empty
    ) {
        self.lang = lang
        self.size = size
        self.now = now
        self.clock = clock
        self.storePath = storePath
        if let home, !home.isEmpty, storePath.hasPrefix(home + "/") {
            storeLabel = "~" + storePath.dropFirst(home.count)
        } else {
            storeLabel = storePath
        }
        self.data = data
        self.searchKeys = SearchKeys(data)
    }

    public var format: Format { Format(lang: lang, clock: clock) }
    public func text(_ msg: Msg) -> String { Strings.text(msg, lang) }
    public func text(_ msg: FormMsg) -> String { Strings.text(.form(msg), lang) }
    public var today: LocalDate { clock.today(now: now) }

    public subscript(panel panel: PanelID) -> ListPanelState {
        get {
            switch panel {
            case .cohorts: cohorts
            case .structures: structures
            case .meetings: meetings
            case .partners: partners
            }
        }
        set {
            switch panel {
            case .cohorts: cohorts = newValue
            case .structures: structures = newValue
            case .meetings: meetings = newValue
            case .partners: partners = newValue
            }
        }
    }

    public var current: ListPanelState {
        get { self[panel: panel] }
        set { self[panel: panel] = newValue }
    }

    public func cohortName(_ id: CohortID) -> String {
        data.cohorts.first { $0.id == id }?.cohort.name ?? "#\(id)"
    }

    public var scopeName: String? { scope.map(cohortName) }

    /// The ID of the record at display position `position` of `panel`.
    public func recordID(_ panel: PanelID, at position: Int) -> Int64? {
        let state = self[panel: panel]
        guard position >= 0, position < state.visible.count else { return nil }
        let index = state.visible[position]
        switch panel {
        case .cohorts: return data.cohorts[index].id
        case .structures: return data.structures[index].id
        case .meetings: return data.meetings[index].id
        case .partners: return data.partners[index].id
        }
    }

    /// The ID of the selected record of `panel`.
    public func selectedID(_ panel: PanelID) -> Int64? {
        recordID(panel, at: self[panel: panel].cursor.index)
    }

    /// Number of records of `panel` before the filter (within the scope).
    public func scopedCount(_ panel: PanelID) -> Int { self[panel: panel].base.count }
}

/// Folded keys for filtering the small lists, computed once per snapshot.
public struct SearchKeys: Equatable, Sendable {
    public var cohorts: [[UInt8]]
    public var meetings: [[UInt8]]
    public var partners: [[UInt8]]

    public init(_ data: StoreSnapshot) {
        func key(_ parts: [String]) -> [UInt8] {
            Array(SearchFolding.fold(parts.joined(separator: "\u{1F}")).utf8)
        }
        let names = Dictionary(uniqueKeysWithValues: data.cohorts.map { ($0.id, $0.cohort.name) })
        cohorts = data.cohorts.map { key([$0.cohort.name, $0.cohort.theme]) }
        meetings = data.meetings.map {
            key([$0.meeting.title, $0.meeting.place, names[$0.meeting.cohortID] ?? ""])
        }
        partners = data.partners.map { key([$0.partner.name, $0.partner.expertise]) }
    }
}
