import EssorCore

/// The Temps panel's keys: the team's month, a person's month in the
/// detail, and the week grid.
enum TimeBindings {
    static let all: [KeyBinding] = list + detail + week

    static let list: [KeyBinding] = [
        KeyBinding([.enter], .openWeek, .time, hint: true) { $0.openWeek() },
        KeyBinding([.char("[")], .previousMonth, .time, hint: true) { $0.shiftTimeMonth(-1) },
        KeyBinding([.char("]")], .nextMonth, .time) { $0.shiftTimeMonth(1) },
        KeyBinding([.char("u")], .undo, .time, writes: true) { _ in [.undo] },
    ]

    static let onProposal: KeyBinding.Condition = { state in
        if case .timeProposal? = state.selectedTimeKey { return true }
        return false
    }
    static let onEntry: KeyBinding.Condition = { state in
        if case .timeRecord? = state.selectedTimeKey { return true }
        return false
    }

    static let detail: [KeyBinding] = [
        KeyBinding(
            [.enter], .confirmMeetingTime, .timeDetail, hint: true, writes: true, when: onProposal,
            whenHelp: .keyHelp(.onProposal)
        ) { $0.confirmSelectedProposal() },
        KeyBinding(
            [.char("d")], .deleteTimeEntry, .timeDetail, hint: true, writes: true, when: onEntry,
            whenHelp: .keyHelp(.onTimeEntry)
        ) { $0.deleteSelectedTimeEntry() },
        KeyBinding([.char("u")], .undo, .timeDetail, writes: true) { _ in [.undo] },
    ]

    static let week: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .moveUp, .week) { $0.weekCommand(.moveUp) },
        KeyBinding([.down, .char("j")], .moveDown, .week) { $0.weekCommand(.moveDown) },
        KeyBinding([.left, .char("h")], .previousDay, .week) { $0.weekCommand(.previousDay) },
        KeyBinding([.right, .char("l"), .tab], .nextDay, .week) { $0.weekCommand(.nextDay) },
        KeyBinding([.backTab], .previousDay, .week) { $0.weekCommand(.previousDay) },
        KeyBinding([.char("["), .pageUp], .previousWeek, .week, hint: true) { $0.weekCommand(.previousWeek) },
        KeyBinding([.char("]"), .pageDown], .nextWeek, .week) { $0.weekCommand(.nextWeek) },
        KeyBinding([.enter], .open, .week, hint: true, help: .keyHelp(.typeHours), writes: true) {
            $0.weekCommand(.open)
        },
        KeyBinding([.char("d"), .delete], .clearCell, .week, writes: true) { $0.weekCommand(.clearCell) },
        KeyBinding([.char("a")], .addTimeLine, .week, hint: true) { $0.weekCommand(.addTimeLine) },
        // On a line with time, they say why the line keeps its cohort and task.
        KeyBinding([.char("c")], .lineCohort, .week) { $0.weekCommand(.lineCohort) },
        KeyBinding([.char("t")], .lineTask, .week) { $0.weekCommand(.lineTask) },
        KeyBinding([.char("C")], .previousLineCohort, .week) { $0.weekCommand(.previousLineCohort) },
        KeyBinding([.char("T")], .previousLineTask, .week) { $0.weekCommand(.previousLineTask) },
        KeyBinding([.char("u")], .undo, .week, writes: true) { _ in [.undo] },
        KeyBinding([.escape], .back, .week, hint: true, help: .keyHelp(.closeWeek)) { $0.weekCommand(.back) },
        KeyBinding([.function(1), .char("?")], .help, .week) { $0.showHelp() },
        KeyBinding([.char(":")], .commandLine, .week) { $0.openCommandLine() },
    ]
}

/// The commands only this panel binds.
extension Command {
    public static let openWeek = Command(
        "open-week", { fr in tr("The person's week, as a grid to type hours in", fr) },
        hint: { fr in tr("week", fr) })
    public static let previousMonth = Command(
        "previous-month", { fr in tr("The month before", fr) }, hint: { fr in tr("month", fr) })
    public static let nextMonth = Command("next-month", { fr in tr("The month after", fr) })
    public static let confirmMeetingTime = Command(
        "confirm-meeting-time", { fr in tr("Record the time of this meeting (and its preparation)", fr) },
        hint: { fr in tr("confirm", fr) })
    public static let deleteTimeEntry = Command(
        "delete-time-entry", { fr in tr("Delete this entry (u takes it back)", fr) },
        hint: { fr in tr("delete", fr) })
    public static let previousWeek = Command(
        "previous-week", { fr in tr("The week before", fr) }, hint: { fr in tr("week", fr) })
    public static let nextWeek = Command("next-week", { fr in tr("The week after", fr) })
    public static let clearCell = Command(
        "clear-cell", { fr in tr("Clear the cell (its entry is deleted)", fr) })
    public static let addTimeLine = Command(
        "add-time-line", { fr in tr("Add a line (a cohort and a task)", fr) },
        hint: { fr in tr("add line", fr) })
    public static let lineCohort = Command(
        "line-cohort", { fr in tr("Next cohort for this line (while it has no time this week)", fr) },
        hint: { fr in tr("cohort", fr) })
    public static let lineTask = Command(
        "line-task", { fr in tr("Next task for this line (while it has no time this week)", fr) },
        hint: { fr in tr("task", fr) })
    public static let previousLineCohort = Command(
        "previous-line-cohort",
        { fr in tr("Previous cohort for this line (while it has no time this week)", fr) })
    public static let previousLineTask = Command(
        "previous-line-task", { fr in tr("Previous task for this line (while it has no time this week)", fr) }
    )
}
