/// What a key asks for. Raw values are the stable action names used by
/// key remapping in the configuration file.
public enum Command: String, CaseIterable, Sendable {
    case quit
    case help
    case commandLine = "command-line"
    case redraw
    case panelCohorts = "panel-cohorts"
    case panelStructures = "panel-structures"
    case panelMeetings = "panel-meetings"
    case panelPartners = "panel-partners"
    case toggleFocus = "toggle-focus"
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
    case inputDeleteBackward = "input-delete-backward"
    case inputClear = "input-clear"
    case inputDeleteWord = "input-delete-word"
}
