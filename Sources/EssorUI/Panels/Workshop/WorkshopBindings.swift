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
        KeyBinding([.char("e")], .edit, .workshopContributions) { $0.workshopCommand(.edit) },
        KeyBinding([.char("d")], .delete, .workshopContributions) { $0.workshopCommand(.delete) },
        KeyBinding([.char("p")], .markPresent, .workshopCheckIn, hint: true) {
            $0.workshopCommand(.markPresent)
        },
        KeyBinding([.char("a")], .markAbsent, .workshopCheckIn, hint: true) {
            $0.workshopCommand(.markAbsent)
        },
        KeyBinding([.char("x")], .markExcused, .workshopCheckIn) { $0.workshopCommand(.markExcused) },
        KeyBinding([.char("x")], .toggleDone, .workshopActions, hint: true) {
            $0.workshopCommand(.toggleDone)
        },
    ]

    static let capture: [KeyBinding] = [
        KeyBinding([.enter], .inputConfirm, .capture, hint: true, help: .keyHelp(.commitCapture)) {
            $0.captureCommand(.inputConfirm)
        },
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
