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
    /// Ids of the records within the cohort scope, in display order, read
    /// from the store's indexes when the panel is first shown.
    public var base: [Int64] = []
    /// The records shown: `base` narrowed by the filter.
    public var visible: [Int64] = []
    /// Whether `base` is up to date with the store, the scope and the sort.
    public var loaded = false
    /// Results of the filter for the shorter texts typed before, so that
    /// Backspace goes back without searching again.
    public var filterSteps: [FilterStep] = []
    /// The record to select once the list is read again.
    public var pendingSelection: Int64?
    public var focus: Focus = .list
    /// First detail line shown.
    public var detailScroll = 0
    /// The detail line under the cursor when the detail has the focus.
    public var detailCursor = 0
    /// The record whose detail the scroll and cursor belong to: a detail
    /// read again after a save keeps them.
    public var detailFor: Int64?
    /// The item the detail cursor was on (its key, and the row of its first
    /// line) when the detail was dropped to be read again: the cursor goes
    /// back to that item, wherever it lands.
    public var detailItem: DetailItem?

    public init() {}
}

/// A keyed item of a detail: its key, and the row its first line was on.
public struct DetailItem: Equatable, Sendable {
    public var key: FieldKey
    public var row: Int
}

/// A filter text and the records it left.
public struct FilterStep: Equatable, Sendable {
    public var text: String
    public var visible: [Int64]
}

/// Rows read for the lines on screen, by panel and id.
public struct RowCache: Equatable, Sendable {
    public var cohorts: [CohortID: CohortRow] = [:]
    public var structures: [StructureID: StructureRow] = [:]
    public var meetings: [MeetingID: MeetingRow] = [:]
    public var partners: [PartnerID: PartnerRow] = [:]
    public var finances: [StructureID: FinanceRow] = [:]

    public func has(_ panel: PanelID, _ id: Int64) -> Bool {
        switch panel {
        case .cohorts: cohorts[id] != nil
        case .structures: structures[id] != nil
        case .meetings: meetings[id] != nil
        case .partners: partners[id] != nil
        case .finances: finances[id] != nil
        // Its rows come whole with its computation (`indicatorReport`).
        case .report: true
        // Its rows come whole with the team's month (`timeTeam`).
        case .time: true
        }
    }

    public func count(_ panel: PanelID) -> Int {
        switch panel {
        case .cohorts: cohorts.count
        case .structures: structures.count
        case .meetings: meetings.count
        case .partners: partners.count
        case .finances: finances.count
        case .report, .time: 0
        }
    }

    public mutating func clear(_ panel: PanelID) {
        switch panel {
        case .cohorts: cohorts = [:]
        case .structures: structures = [:]
        case .meetings: meetings = [:]
        case .partners: partners = [:]
        case .finances: finances = [:]
        case .report, .time: break
        }
    }
}

/// Rows read from the store for one panel.
public enum RowBatch: Equatable, Sendable {
    case cohorts([CohortRow])
    case structures([StructureRow])
    case meetings([MeetingRow])
    case partners([PartnerRow])
    case finances([FinanceRow])
    /// The report's rows are not read one by one: nothing.
    case report
    /// Nor are the Temps panel's: nothing.
    case time
}

/// What forms offer to choose from, read when a form opens.
public struct FormChoices: Equatable, Sendable {
    public var cohorts: [NamedRef]
    public var themes: [String]
    /// Names of the structures a cohort form lists as members (a meeting
    /// form: as invited).
    public var structureNames: [StructureID: String]
    /// Names of the partners a meeting form lists.
    public var partnerNames: [PartnerID: String]
    /// Partners to choose from, and the structures of the chosen cohort
    /// (a mission's form).
    public var partners: [NamedRef]
    public var structures: [NamedRef]
    /// Each cohort's period (a meeting's form warns outside it).
    public var cohortPeriods: [CohortID: ClosedRange<LocalDate>] = [:]

    public init(
        cohorts: [NamedRef] = [], themes: [String] = [], structureNames: [StructureID: String] = [:],
        partnerNames: [PartnerID: String] = [:], partners: [NamedRef] = [], structures: [NamedRef] = []
    ) {
        self.cohorts = cohorts
        self.themes = themes
        self.structureNames = structureNames
        self.partnerNames = partnerNames
        self.partners = partners
        self.structures = structures
    }
}

/// The line at the bottom where a filter or a `:` command is typed.
public struct InputLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case filter
        case command
        /// A date to go to in the Séances panel.
        case date
        /// A person to add to the attendance sheet, attached to this group
        /// (Tab changes it).
        case person(AttendanceGroup)
        /// An arrival time on the attendance sheet.
        case arrival
        /// The amount of a financing kept (its id).
        case financingAmount(Int64)
        /// The day a financing kept reached its current stage (its id).
        case financingDay(Int64)
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
    /// The change log of a record or of the store.
    case history(title: String, lines: [DetailLine], scroll: Int)
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
    case finance(FinanceDetail)
    /// A row of the report (an indicator or a figure), drawn from the
    /// report the state holds.
    case report(Int64)
    /// A person's month (Temps).
    case time(TimeDetail)

    public var id: Int64 {
        switch self {
        case .time(let d): d.record.member.id
        case .report(let id): id
        case .finance(let d): d.structure.id
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
    public var programme: Programme?
    /// Rows of the lines on screen.
    public var rows = RowCache()
    /// Filter indexes, read when a panel is first filtered.
    public var searchIndexes: [PanelID: SearchIndex] = [:]
    public var panel: PanelID = .cohorts
    /// The panel Escape goes back to from a detail opened from one of its
    /// lines (an organisation opened from the report's explanation);
    /// forgotten when another panel is chosen.
    public var returnPanel: PanelID?
    /// The cohort the other panels are restricted to, and its name.
    public var scope: CohortID?
    public var scopeName: String?
    /// Meetings already over, in the scope (they come first in the list).
    public var pastMeetings = 0
    /// Cohort names, read for `:cohorte NAME` and kept until the store changes.
    public var cohortNames: [NamedRef]?
    /// A `:` command waiting for the cohort names.
    public var pendingCommand: String?
    public var cohorts = ListPanelState()
    public var structures = ListPanelState()
    public var meetings = ListPanelState()
    public var partners = ListPanelState()
    public var finances = ListPanelState()
    public var report = ListPanelState()
    public var time = ListPanelState()
    public var sort: StructureOrder = .name
    /// The list takes the whole width, without the detail beside or below it.
    public var detailPaneHidden = false
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
    // Séances
    public var meetingsView: MeetingsView = .agenda
    public var calendar: CalendarState
    public var meetingKind: MeetingKind?
    public var meetingWhen: MeetingWhen = .all
    /// The attendance sheet being marked, over the panel.
    public var attendance: AttendanceEditor?
    /// A workshop being run (or followed), over the whole screen.
    public var workshop: WorkshopState?
    /// Why nothing may be written, in a read-only session.
    public var readOnly: ReadOnlyReason?
    /// Comparing a form with the record someone else saved meanwhile.
    public var merge: MergeState?
    /// The accounts or budget grid, when open.
    public var grid: GridState?

    // Temps
    /// The month the Temps panel shows (the team's, and each person's in
    /// the detail).
    public var timeMonth: YearMonth
    /// The team's month, once read.
    public var timeTeam: TimeTeam?
    /// A person's week, as a grid to type hours in, when open.
    public var week: WeekGridState?

    /// A form or a grid is open: what is typed there must not be dropped
    /// without asking (Ctrl-C cancels it rather than quitting).
    public var holdsTyping: Bool { form != nil || grid != nil || week?.editor != nil }
    // Partenaires
    /// Partners × cohorts instead of the list.
    public var partnersMatrix = false
    /// Missions with their days, read for the matrix.
    public var workload: [MissionLoad]?
    /// The indicators of the scope over `reportPeriod`, once computed.
    public var indicatorReport: IndicatorReport? {
        didSet { reportComing = false }
    }
    /// A report is being made in the background (not asked for again);
    /// forgotten whenever the report is replaced or dropped.
    public var reportComing = false
    /// The Rapport panel's period: the calendar year by default, moved by
    /// quarter with `[` and `]`.
    public var reportPeriod = ReportPeriod.year(of: LocalDate(year: 2000, month: 1, day: 1)!)
    public var matrixCursor = ListCursor()
    /// First cohort column shown when they do not all fit.
    public var matrixColumn = 0
    /// The theme shown, and the names `T` goes through.
    public var theme: Theme = .builtIn
    public var themeNames: [String] = []
    public var dateStyle: DateStyle = .dayMonthYear
    /// Whether a snapshot was applied yet (the first one places the cursors).
    public var loaded = false

    public init(
        lang: Lang, size: Size, now: Int64, clock: WallClock = .paris, storePath: String,
        home: String? = nil
    ) {
        self.lang = lang
        self.size = size
        self.now = now
        self.clock = clock
        calendar = CalendarState(day: clock.today(now: now))
        reportPeriod = ReportPeriod.year(of: clock.today(now: now))
        timeMonth = YearMonth(clock.today(now: now))
        self.storePath = storePath
        if let home, !home.isEmpty, storePath.hasPrefix(home + "/") {
            storeLabel = "~" + storePath.dropFirst(home.count)
        } else {
            storeLabel = storePath
        }
    }

    public var format: Format { Format(lang: lang, clock: clock, dates: dateStyle) }
    public func text(_ msg: Msg) -> String { Strings.text(msg, lang) }
    public func text(_ msg: FormMsg) -> String { Strings.text(.form(msg), lang) }
    public func text(_ msg: MeetingMsg) -> String { Strings.text(.meeting(msg), lang) }
    public func text(_ msg: PartnerMsg) -> String { Strings.text(.partner(msg), lang) }
    public func text(_ msg: StoreMsg) -> String { Strings.text(.store(msg), lang) }
    public var today: LocalDate { clock.today(now: now) }

    public subscript(panel panel: PanelID) -> ListPanelState {
        get {
            switch panel {
            case .cohorts: cohorts
            case .structures: structures
            case .meetings: meetings
            case .partners: partners
            case .finances: finances
            case .report: report
            case .time: time
            }
        }
        set {
            switch panel {
            case .cohorts: cohorts = newValue
            case .structures: structures = newValue
            case .meetings: meetings = newValue
            case .partners: partners = newValue
            case .finances: finances = newValue
            case .report: report = newValue
            case .time: time = newValue
            }
        }
    }

    public var current: ListPanelState {
        get { self[panel: panel] }
        set { self[panel: panel] = newValue }
    }

    /// The id of the record at display position `position` of `panel`.
    public func recordID(_ panel: PanelID, at position: Int) -> Int64? {
        let visible = self[panel: panel].visible
        return position >= 0 && position < visible.count ? visible[position] : nil
    }

    /// The id of the selected record of `panel` (in the week and month
    /// views, the calendar's selected meeting).
    public func selectedID(_ panel: PanelID) -> Int64? {
        if panel == .meetings && meetingsView != .agenda { return calendar.selectedID }
        if panel == .partners && partnersMatrix {
            let partners = matrix.partners
            return partners.indices.contains(matrixCursor.index) ? partners[matrixCursor.index].id : nil
        }
        return recordID(panel, at: self[panel: panel].cursor.index)
    }

    /// Number of records of `panel` before the filter (within the scope).
    public func scopedCount(_ panel: PanelID) -> Int { self[panel: panel].base.count }
}
