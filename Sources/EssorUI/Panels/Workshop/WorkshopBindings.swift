import EssorCore

/// The workshop screen's keys: the clock and the agenda, the three panes,
/// the capture line, and the projector's view.
enum WorkshopBindings {
    static let all: [KeyBinding] = workshop + panes + capture + follow

    static let workshop: [KeyBinding] = [
        KeyBinding([.char(" ")], .startPause, .workshop, hint: true) { $0.workshopCommand(.startPause) },
        KeyBinding([.char("n"), .right], .nextItem, .workshop, hint: true) { $0.workshopCommand(.nextItem) },
        KeyBinding([.char("b"), .left], .previousItem, .workshop) { $0.workshopCommand(.previousItem) },
        KeyBinding([.char("m")], .addMinute, .workshop) { $0.workshopCommand(.addMinute) },
        KeyBinding([.enter, .char("i")], .capture, .workshop, hint: true) { $0.workshopCommand(.capture) },
        KeyBinding([.tab], .nextPane, .workshop, hint: true) { $0.workshopCommand(.nextPane) },
        KeyBinding([.up, .char("k")], .moveUp, .workshop) { $0.workshopCommand(.moveUp) },
        KeyBinding([.down, .char("j")], .moveDown, .workshop) { $0.workshopCommand(.moveDown) },
        KeyBinding([.pageUp], .pageUp, .workshop) { $0.workshopCommand(.pageUp) },
        KeyBinding([.pageDown], .pageDown, .workshop) { $0.workshopCommand(.pageDown) },
        KeyBinding([.home, .char("g")], .top, .workshop) { $0.workshopCommand(.top) },
        KeyBinding([.end, .char("G")], .bottom, .workshop) { $0.workshopCommand(.bottom) },
        KeyBinding([.char("u")], .undo, .workshop, writes: true) { _ in [.undo] },
        KeyBinding([.char("E")], .exportMinutes, .workshop) { $0.workshopCommand(.exportMinutes) },
        KeyBinding([.function(1), .char("?")], .help, .workshop) { $0.showHelp() },
        KeyBinding([.escape, .char("q")], .back, .workshop, hint: true, help: .keyHelp(.leaveWorkshop)) {
            $0.workshopCommand(.back)
        },
    ]

    static let panes: [KeyBinding] = [
        KeyBinding([.char("+")], .voteUp, .workshopContributions, hint: true) { $0.workshopCommand(.voteUp) },
        KeyBinding([.char("-")], .voteDown, .workshopContributions) { $0.workshopCommand(.voteDown) },
        KeyBinding([.char("=")], .voteCount, .workshopContributions) { $0.workshopCommand(.voteCount) },
        KeyBinding([.char("s")], .cycleSort, .workshopContributions) { $0.workshopCommand(.cycleSort) },
        KeyBinding([.char("e")], .edit, .workshopContributions, help: .keyHelp(.editContribution)) {
            $0.workshopCommand(.edit)
        },
        KeyBinding([.char("d")], .delete, .workshopContributions) { $0.workshopCommand(.delete) },
        KeyBinding([.char("p")], .markPresent, .workshopCheckIn, hint: true) {
            $0.workshopCommand(.markPresent)
        },
        KeyBinding([.char("a")], .markAbsent, .workshopCheckIn, hint: true) {
            $0.workshopCommand(.markAbsent)
        },
        KeyBinding([.char("x")], .markExcused, .workshopCheckIn, hint: true) {
            $0.workshopCommand(.markExcused)
        },
        KeyBinding([.char("+")], .addPerson, .workshopCheckIn, hint: true) { $0.workshopCommand(.addPerson) },
        KeyBinding([.char("h")], .setArrival, .workshopCheckIn, hint: true) {
            $0.workshopCommand(.setArrival)
        },
        KeyBinding([.char("x")], .toggleDone, .workshopActions, hint: true) {
            $0.workshopCommand(.toggleDone)
        },
    ]

    /// The capture line takes contributions (it stays open for the next);
    /// else it asks one value (a vote count, a name, a time) and closes.
    static let capturing: KeyBinding.Condition = { state in
        if case .item(editing: nil)? = state.workshop?.input?.kind { return true }
        return false
    }

    /// The check-in asks for a person's name (Tab chooses their organisation).
    static let naming: KeyBinding.Condition = { state in
        if case .person? = state.workshop?.input?.kind { return true }
        return false
    }

    static let capture: [KeyBinding] = [
        KeyBinding(
            [.tab], .nextOption, .capture, hint: true, help: .keyHelp(.changeGroup), when: naming,
            whenHelp: .keyHelp(.onPersonLine)
        ) { $0.cycleCheckInGroup() },
        KeyBinding(
            [.enter], .inputConfirm, .capture, hint: true, help: .keyHelp(.commitCapture), when: capturing,
            whenHelp: .keyHelp(.onCaptureLine)
        ) { $0.captureCommand(.inputConfirm) },
        KeyBinding([.enter], .inputConfirm, .capture, hint: true) { $0.captureCommand(.inputConfirm) },
        KeyBinding([.function(1)], .help, .capture) { $0.showHelp() },
        KeyBinding([.escape], .inputCancel, .capture, hint: true, help: .keyHelp(.closeCapture)) {
            $0.captureCommand(.inputCancel)
        },
    ]

    static let follow: [KeyBinding] = [
        // The projector's session exists for the workshop: leaving it quits.
        KeyBinding([.escape, .char("q")], .back, .follow, hint: true, help: .keyHelp(.stopFollowing)) { _ in
            [.quit]
        }
    ]
}

/// The commands only this panel binds.
extension Command {
    public static let startPause = Command(
        "start-pause", { fr in tr("Start or pause the timer", fr) }, hint: { fr in tr("timer", fr) })
    public static let nextItem = Command(
        "next-item", { fr in tr("Next agenda item", fr) }, hint: { fr in tr("next item", fr) })
    public static let previousItem = Command("previous-item", { fr in tr("Previous agenda item", fr) })
    public static let addMinute = Command("add-minute", { fr in tr("One more minute for this item", fr) })
    public static let capture = Command(
        "capture", { fr in tr("Capture: idea, question:, decision:, action: … @owner DD/MM #tag", fr) },
        hint: { fr in tr("capture", fr) })
    public static let voteUp = Command(
        "vote-up", { fr in tr("One more vote", fr) }, hint: { fr in tr("vote", fr) })
    public static let voteDown = Command("vote-down", { fr in tr("One vote less", fr) })
    public static let voteCount = Command("vote-count", { fr in tr("Enter a dot-vote count", fr) })
    public static let nextPane = Command(
        "next-pane", { fr in tr("Contributions, check-in, actions to review", fr) },
        hint: { fr in tr("pane", fr) })
    public static let toggleDone = Command(
        "toggle-done", { fr in tr("Tick the action off", fr) }, hint: { fr in trc("agenda item", "done", fr) }
    )
    public static let exportMinutes = Command("export-minutes", { fr in tr("Export the minutes", fr) })
}
