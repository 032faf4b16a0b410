/// Where a key is pressed; bindings of more specific contexts win.
public enum KeyContext: String, CaseIterable, Sendable {
    case global
    case list
    case cohorts
    case structures
    case meetings
    case partners
    /// Cohorts and structures, to which a partner can be assigned.
    case assignable
    /// The week and month views of Séances.
    case calendar
    case detail
    /// A meeting's detail.
    case meetingDetail
    case editableDetail
    case input
    case text
    case form
    case textArea
    case choice
    case listField
    case dialog
    /// Which occurrences of a series an edit changes.
    case seriesDialog
    case exportDialog
    case picker
    /// Marking who came to a meeting.
    case attendance
    /// The workshop screen, and its three panes.
    case workshop
    case workshopContributions
    case workshopCheckIn
    case workshopActions
    /// Typing on the workshop's capture line.
    case capture
    /// The projector's read-only view of a workshop.
    case follow
    /// Comparing a form with the version saved elsewhere.
    case merge
    case finances
    /// A structure's finance detail: suggestions and financing kept.
    case financeDetail
    /// The grids of accounts and of a project's budget.
    case grid
    case help
}

public struct KeyBinding: Equatable, Sendable {
    public var keys: [Key]
    public var command: Command
    public var context: KeyContext
    /// Shown in the status line's key hints.
    public var hint: Bool

    public init(_ keys: [Key], _ command: Command, _ context: KeyContext, hint: Bool = false) {
        self.keys = keys
        self.command = command
        self.context = context
        self.hint = hint
    }
}

/// Keys → commands, per context. The help overlay and the status-bar hints
/// are generated from this table, so they cannot drift from what keys do.
public struct Keymap: Equatable, Sendable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The command `key` triggers, looking through `contexts` in order.
    public func command(for key: Key, in contexts: [KeyContext]) -> Command? {
        for context in contexts {
            for binding in bindings where binding.context == context && binding.keys.contains(key) {
                return binding.command
            }
        }
        return nil
    }

    /// Bindings of one context, in table order.
    public func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.context == context }
    }

    /// Hint bindings for the given contexts, most specific first, one per command.
    public func hints(for contexts: [KeyContext]) -> [KeyBinding] {
        var seen = Set<Command>()
        var result: [KeyBinding] = []
        for context in contexts {
            for binding in bindings where binding.context == context && binding.hint {
                if seen.insert(binding.command).inserted { result.append(binding) }
            }
        }
        return result
    }

    public static let standard = Keymap(bindings: [
        KeyBinding([.char("?"), .function(1)], .help, .global, hint: true),
        KeyBinding([.char("q")], .quit, .global, hint: true),
        KeyBinding([.char(":")], .commandLine, .global),
        KeyBinding([.char("1")], .panelCohorts, .global),
        KeyBinding([.char("2")], .panelStructures, .global),
        KeyBinding([.char("3")], .panelMeetings, .global),
        KeyBinding([.char("4")], .panelPartners, .global),
        KeyBinding([.char("5")], .panelFinances, .global),
        KeyBinding([.tab, .backTab], .toggleFocus, .global),
        KeyBinding([.char("*")], .clearScope, .global),
        KeyBinding([.escape], .back, .global),
        KeyBinding([.ctrl("l")], .redraw, .global),
        KeyBinding([.char("T")], .nextTheme, .global),

        KeyBinding([.up, .char("k")], .moveUp, .list),
        KeyBinding([.down, .char("j")], .moveDown, .list),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, .list),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, .list),
        KeyBinding([.home, .char("g")], .top, .list),
        KeyBinding([.end, .char("G")], .bottom, .list),
        KeyBinding([.enter], .open, .list, hint: true),
        KeyBinding([.char("/")], .filter, .list, hint: true),
        KeyBinding([.char("z")], .toggleDetailPane, .list),
        KeyBinding([.char("h")], .history, .list),

        KeyBinding([.enter], .open, .cohorts, hint: true),
        KeyBinding([.char("a")], .add, .cohorts, hint: true),
        KeyBinding([.char("e")], .edit, .cohorts),
        KeyBinding([.char("d")], .delete, .cohorts),
        KeyBinding([.char("u")], .undo, .cohorts),
        KeyBinding([.char("s")], .cycleSort, .structures, hint: true),
        KeyBinding([.char("a")], .add, .structures, hint: true),
        KeyBinding([.char("e")], .edit, .structures, hint: true),
        KeyBinding([.char("d")], .delete, .structures),
        KeyBinding([.char("u")], .undo, .structures),

        KeyBinding([.char("a")], .add, .partners, hint: true),
        KeyBinding([.char("e")], .edit, .partners),
        KeyBinding([.char("d")], .delete, .partners),
        KeyBinding([.char("u")], .undo, .partners),
        KeyBinding([.char("m")], .addMission, .partners, hint: true),
        KeyBinding([.char("v")], .cycleView, .partners, hint: true),
        KeyBinding([.left, .char("h")], .previousPeriod, .partners),
        KeyBinding([.right, .char("l")], .nextPeriod, .partners),
        KeyBinding([.char("p")], .assignPartner, .assignable),

        KeyBinding([.char("e")], .editAccounts, .finances, hint: true),
        KeyBinding([.char("m")], .editModel, .finances, hint: true),
        KeyBinding([.char("u")], .undo, .finances),
        KeyBinding([.char("x")], .export, .finances),
        KeyBinding([.enter], .recordFinancing, .financeDetail, hint: true),
        KeyBinding([.char("s")], .cycleStatus, .financeDetail, hint: true),
        KeyBinding([.char("d")], .delete, .financeDetail),
        KeyBinding([.char("e")], .edit, .financeDetail),
        KeyBinding([.char("p")], .cyclePartner, .financeDetail),

        KeyBinding([.up, .char("k")], .moveUp, .grid),
        KeyBinding([.down, .char("j")], .moveDown, .grid),
        KeyBinding([.left, .char("h")], .previousOption, .grid),
        KeyBinding([.right, .char("l"), .tab], .nextOption, .grid),
        KeyBinding([.backTab], .previousOption, .grid),
        KeyBinding([.enter], .open, .grid, hint: true),
        KeyBinding([.char("a")], .addRow, .grid, hint: true),
        KeyBinding([.char("d")], .deleteRow, .grid, hint: true),
        KeyBinding([.char(" ")], .toggleKind, .grid),
        KeyBinding([.char("r")], .shares, .grid, hint: true),
        KeyBinding([.char("t")], .dayRate, .grid),
        KeyBinding([.char("+")], .addYear, .grid),
        KeyBinding([.char("-")], .removeYear, .grid),
        KeyBinding([.ctrl("s")], .save, .grid, hint: true),
        KeyBinding([.escape], .back, .grid, hint: true),
        KeyBinding([.function(1), .char("?")], .help, .grid),

        KeyBinding([.char("a")], .add, .meetings, hint: true),
        KeyBinding([.char("e")], .edit, .meetings),
        KeyBinding([.char("d")], .delete, .meetings),
        KeyBinding([.char("u")], .undo, .meetings),
        KeyBinding([.char("v")], .cycleView, .meetings, hint: true),
        KeyBinding([.char("t")], .today, .meetings),
        KeyBinding([.char("g")], .goToDate, .meetings),
        KeyBinding([.char("f")], .kindFilter, .meetings),
        KeyBinding([.char("P")], .whenFilter, .meetings),
        KeyBinding([.char("p")], .attendance, .meetings),
        KeyBinding([.char("x")], .export, .meetings),
        KeyBinding([.char("w")], .workshop, .meetings),

        KeyBinding([.left, .char("h")], .previousDay, .calendar),
        KeyBinding([.right, .char("l")], .nextDay, .calendar),
        KeyBinding([.up, .char("k")], .moveUp, .calendar),
        KeyBinding([.down, .char("j")], .moveDown, .calendar),
        KeyBinding([.pageUp, .ctrl("b")], .previousPeriod, .calendar),
        KeyBinding([.pageDown, .ctrl("f")], .nextPeriod, .calendar),
        KeyBinding([.enter], .open, .calendar, hint: true),

        KeyBinding([.up, .char("k")], .moveUp, .detail),
        KeyBinding([.down, .char("j")], .moveDown, .detail),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, .detail),
        KeyBinding([.pageDown, .ctrl("f"), .char(" ")], .pageDown, .detail),
        KeyBinding([.home, .char("g")], .top, .detail),
        KeyBinding([.end, .char("G")], .bottom, .detail),
        KeyBinding([.enter, .char("e")], .edit, .editableDetail, hint: true),
        KeyBinding([.char("u")], .undo, .editableDetail),
        KeyBinding([.escape], .back, .detail, hint: true),
        KeyBinding([.char("h")], .history, .detail),
        KeyBinding([.char("p")], .attendance, .meetingDetail, hint: true),
        KeyBinding([.char("x")], .export, .meetingDetail),
        KeyBinding([.char("w")], .workshop, .meetingDetail, hint: true),
        KeyBinding([.char("u")], .undo, .meetingDetail),

        KeyBinding([.enter], .inputConfirm, .input, hint: true),
        KeyBinding([.escape], .inputCancel, .input, hint: true),

        KeyBinding([.left, .ctrl("b")], .cursorLeft, .text),
        KeyBinding([.right, .ctrl("f")], .cursorRight, .text),
        KeyBinding([.home, .ctrl("a")], .cursorStart, .text),
        KeyBinding([.end, .ctrl("e")], .cursorEnd, .text),
        KeyBinding([.alt("b")], .wordLeft, .text),
        KeyBinding([.alt("f")], .wordRight, .text),
        KeyBinding([.backspace], .deleteBackward, .text),
        KeyBinding([.delete, .ctrl("d")], .deleteForward, .text),
        KeyBinding([.ctrl("u")], .deleteToStart, .text),
        KeyBinding([.ctrl("k")], .deleteToEnd, .text),
        KeyBinding([.ctrl("w")], .deleteWord, .text),

        KeyBinding([.tab, .down], .nextField, .form, hint: true),
        KeyBinding([.backTab, .up], .previousField, .form),
        KeyBinding([.enter, .ctrl("s")], .save, .form, hint: true),
        KeyBinding([.escape], .cancel, .form, hint: true),
        KeyBinding([.function(1)], .help, .form),

        KeyBinding([.enter], .newline, .textArea),
        KeyBinding([.up], .moveUp, .textArea),
        KeyBinding([.down], .moveDown, .textArea),

        KeyBinding([.left], .previousOption, .choice, hint: true),
        KeyBinding([.right, .char(" ")], .nextOption, .choice, hint: true),

        KeyBinding([.up, .char("k")], .moveUp, .listField),
        KeyBinding([.down, .char("j")], .moveDown, .listField),
        KeyBinding([.char("+"), .insert, .char("a")], .addItem, .listField, hint: true),
        KeyBinding([.char("-"), .delete, .char("d")], .removeItem, .listField, hint: true),
        KeyBinding([.enter, .char("e")], .editItem, .listField),
        KeyBinding([.char(" ")], .toggleItem, .listField, hint: true),

        KeyBinding([.enter, .char("o"), .char("y")], .yes, .dialog, hint: true),
        KeyBinding([.escape, .char("n")], .no, .dialog, hint: true),

        KeyBinding([.char("c"), .enter], .seriesOne, .seriesDialog, hint: true),
        KeyBinding([.char("s")], .seriesFollowing, .seriesDialog, hint: true),
        KeyBinding([.escape], .no, .seriesDialog, hint: true),

        KeyBinding([.char("e")], .exportAttendance, .exportDialog, hint: true),
        KeyBinding([.char("i")], .exportCalendar, .exportDialog, hint: true),
        KeyBinding([.escape, .char("n")], .no, .exportDialog, hint: true),

        KeyBinding([.up, .char("k")], .moveUp, .attendance),
        KeyBinding([.down, .char("j")], .moveDown, .attendance),
        KeyBinding([.pageUp], .pageUp, .attendance),
        KeyBinding([.pageDown], .pageDown, .attendance),
        KeyBinding([.char("p"), .char(" ")], .markPresent, .attendance, hint: true),
        KeyBinding([.char("a")], .markAbsent, .attendance, hint: true),
        KeyBinding([.char("x")], .markExcused, .attendance, hint: true),
        KeyBinding([.char("h")], .setArrival, .attendance, hint: true),
        KeyBinding([.char("+")], .addPerson, .attendance, hint: true),
        KeyBinding([.enter, .ctrl("s")], .save, .attendance, hint: true),
        KeyBinding([.escape], .cancel, .attendance, hint: true),
        KeyBinding([.function(1), .char("?")], .help, .attendance),

        KeyBinding([.up], .moveUp, .picker),
        KeyBinding([.down], .moveDown, .picker),
        KeyBinding([.pageUp], .pageUp, .picker),
        KeyBinding([.pageDown], .pageDown, .picker),
        KeyBinding([.enter], .inputConfirm, .picker, hint: true),
        KeyBinding([.escape], .inputCancel, .picker, hint: true),

        KeyBinding([.char(" ")], .startPause, .workshop, hint: true),
        KeyBinding([.char("n"), .right], .nextItem, .workshop, hint: true),
        KeyBinding([.char("b"), .left], .previousItem, .workshop),
        KeyBinding([.char("m")], .addMinute, .workshop),
        KeyBinding([.enter, .char("i")], .capture, .workshop, hint: true),
        KeyBinding([.tab], .nextPane, .workshop, hint: true),
        KeyBinding([.up, .char("k")], .moveUp, .workshop),
        KeyBinding([.down, .char("j")], .moveDown, .workshop),
        KeyBinding([.pageUp], .pageUp, .workshop),
        KeyBinding([.pageDown], .pageDown, .workshop),
        KeyBinding([.char("E")], .exportMinutes, .workshop),
        KeyBinding([.function(1), .char("?")], .help, .workshop),
        KeyBinding([.escape, .char("q")], .back, .workshop, hint: true),
        KeyBinding([.char("+")], .voteUp, .workshopContributions, hint: true),
        KeyBinding([.char("-")], .voteDown, .workshopContributions),
        KeyBinding([.char("=")], .voteCount, .workshopContributions),
        KeyBinding([.char("s")], .cycleSort, .workshopContributions),
        KeyBinding([.char("e")], .edit, .workshopContributions),
        KeyBinding([.char("d")], .delete, .workshopContributions),
        KeyBinding([.char("p")], .markPresent, .workshopCheckIn, hint: true),
        KeyBinding([.char("a")], .markAbsent, .workshopCheckIn, hint: true),
        KeyBinding([.char("x")], .markExcused, .workshopCheckIn),
        KeyBinding([.char("x")], .toggleDone, .workshopActions, hint: true),
        KeyBinding([.enter], .inputConfirm, .capture, hint: true),
        KeyBinding([.escape], .inputCancel, .capture, hint: true),
        KeyBinding([.escape, .char("q")], .back, .follow, hint: true),

        KeyBinding([.up, .char("k")], .moveUp, .merge),
        KeyBinding([.down, .char("j")], .moveDown, .merge),
        KeyBinding([.left], .previousOption, .merge),
        KeyBinding([.right], .nextOption, .merge),
        KeyBinding([.char(" ")], .toggleItem, .merge, hint: true),
        KeyBinding([.char("v")], .keepAllMine, .merge, hint: true),
        KeyBinding([.char("a")], .takeAllTheirs, .merge, hint: true),
        KeyBinding([.enter], .inputConfirm, .merge, hint: true),
        KeyBinding([.escape], .inputCancel, .merge, hint: true),

        KeyBinding([.up, .char("k")], .moveUp, .help),
        KeyBinding([.down, .char("j")], .moveDown, .help),
        KeyBinding([.pageUp], .pageUp, .help),
        KeyBinding([.pageDown, .char(" ")], .pageDown, .help),
        KeyBinding([.escape, .char("?"), .char("q")], .back, .help, hint: true),
    ])
}
