/// What a key asks for. Raw values are the stable action names used by
/// key remapping in the configuration file.
public enum Command: String, CaseIterable, Sendable {
    case quit
    case help
    case commandLine = "command-line"
    case redraw
    case nextTheme = "next-theme"
    case panelCohorts = "panel-cohorts"
    case panelStructures = "panel-structures"
    case panelMeetings = "panel-meetings"
    case panelPartners = "panel-partners"
    case panelFinances = "panel-finances"
    case toggleFocus = "toggle-focus"
    case toggleDetailPane = "toggle-detail-pane"
    case clearScope = "clear-scope"
    case back
    case moveUp = "up"
    case moveDown = "down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case top
    case bottom
    case open
    case filter
    case cycleSort = "sort"
    case inputConfirm = "input-confirm"
    case inputCancel = "input-cancel"
    // Records
    case add
    case edit
    case delete
    case undo
    // Text editing (filter line, command line, form fields)
    case cursorLeft = "cursor-left"
    case cursorRight = "cursor-right"
    case cursorStart = "cursor-start"
    case cursorEnd = "cursor-end"
    case wordLeft = "word-left"
    case wordRight = "word-right"
    case deleteBackward = "delete-backward"
    case deleteForward = "delete-forward"
    case deleteToStart = "delete-to-start"
    case deleteToEnd = "delete-to-end"
    case deleteWord = "delete-word"
    case newline
    // Forms
    case nextField = "next-field"
    case previousField = "previous-field"
    case save
    case cancel
    case previousOption = "previous-option"
    case nextOption = "next-option"
    case addItem = "add-item"
    case removeItem = "remove-item"
    case editItem = "edit-item"
    case toggleItem = "toggle-item"
    // Confirmations
    case yes
    case no
    // Séances
    case cycleView = "view"
    case today
    case goToDate = "go-to-date"
    case kindFilter = "kind-filter"
    case whenFilter = "time-filter"
    case attendance
    case export
    case previousDay = "previous-day"
    case nextDay = "next-day"
    case previousPeriod = "previous-period"
    case nextPeriod = "next-period"
    case markPresent = "present"
    case markAbsent = "absent"
    case markExcused = "excused"
    case setArrival = "arrival"
    case addPerson = "add-person"
    case seriesOne = "series-one"
    case seriesFollowing = "series-following"
    case exportAttendance = "export-attendance"
    case exportCalendar = "export-calendar"
    // Atelier
    case workshop
    case startPause = "start-pause"
    case nextItem = "next-item"
    case previousItem = "previous-item"
    case addMinute = "add-minute"
    case capture
    case voteUp = "vote-up"
    case voteDown = "vote-down"
    case voteCount = "vote-count"
    case nextPane = "next-pane"
    case toggleDone = "toggle-done"
    case exportMinutes = "export-minutes"
    // Partenaires
    case addMission = "add-mission"
    case assignPartner = "assign-partner"
    // Shared store
    case history
    case keepAllMine = "keep-all-mine"
    case takeAllTheirs = "take-all-theirs"
    // Finances
    case editAccounts = "edit-accounts"
    case editModel = "edit-model"
    case addRow = "add-row"
    case deleteRow = "delete-row"
    case toggleKind = "toggle-kind"
    case shares
    case dayRate = "day-rate"
    case addYear = "add-year"
    case removeYear = "remove-year"
    case recordFinancing = "record-financing"
    case cycleStatus = "cycle-status"
    case cyclePartner = "cycle-partner"
}
