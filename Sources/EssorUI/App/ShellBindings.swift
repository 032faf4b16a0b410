/// The shell's keys: everywhere in a panel, the help overlay, the input
/// line, confirmations, and the merge screen.
enum ShellBindings {
    static let all: [KeyBinding] = global + help + input + dialog + merge

    /// The other panels are restricted to a cohort.
    static let inScope: KeyBinding.Condition = { $0.scope != nil }

    static let global: [KeyBinding] = [
        KeyBinding([.char("?"), .function(1)], .help, .global, hint: true) { $0.showHelp() },
        KeyBinding([.char("q")], .quit, .global, hint: true) { _ in [.quit] },
        KeyBinding([.char(":")], .commandLine, .global) { $0.openCommandLine() },
        KeyBinding([.char("1")], .panelCohorts, .global) { $0.switchTo(.cohorts) },
        KeyBinding([.char("2")], .panelStructures, .global) { $0.switchTo(.structures) },
        KeyBinding([.char("3")], .panelMeetings, .global) { $0.switchTo(.meetings) },
        KeyBinding([.char("4")], .panelPartners, .global) { $0.switchTo(.partners) },
        KeyBinding([.char("5")], .panelFinances, .global) { $0.switchTo(.finances) },
        KeyBinding([.char("6")], .panelReport, .global) { $0.switchTo(.report) },
        KeyBinding([.char("7")], .panelTime, .global) { $0.switchTo(.time) },
        KeyBinding([.tab, .backTab], .toggleFocus, .global) { $0.toggleFocus() },
        KeyBinding([.char("*")], .clearScope, .global, when: inScope, whenHelp: .keyHelp(.inScope)) {
            $0.clearScope()
        },
        KeyBinding([.escape], .back, .global) { $0.back() },
        KeyBinding([.ctrl("l")], .redraw, .global) { _ in [.redraw] },
        KeyBinding([.char("T")], .nextTheme, .global) { $0.nextTheme() },
    ]

    static let help: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .moveUp, .help) { $0.helpCommand(.moveUp) },
        KeyBinding([.down, .char("j")], .moveDown, .help) { $0.helpCommand(.moveDown) },
        KeyBinding([.pageUp], .pageUp, .help) { $0.helpCommand(.pageUp) },
        KeyBinding([.pageDown, .char(" ")], .pageDown, .help) { $0.helpCommand(.pageDown) },
        KeyBinding([.home, .char("g")], .top, .help) { $0.helpCommand(.top) },
        KeyBinding([.end, .char("G")], .bottom, .help) { $0.helpCommand(.bottom) },
        KeyBinding([.escape, .char("?"), .char("q")], .back, .help, hint: true) { $0.helpCommand(.back) },
    ]

    /// The line asks for a person's name (Tab chooses their organisation).
    static let naming: KeyBinding.Condition = { state in
        if case .person? = state.input?.kind { return true }
        return false
    }

    static let input: [KeyBinding] = [
        KeyBinding([.enter], .inputConfirm, .input, hint: true) { $0.confirmInput() },
        KeyBinding(
            [.tab], .nextOption, .input, hint: true, help: .keyHelp(.changeGroup), when: naming,
            whenHelp: .keyHelp(.onPersonLine)
        ) { $0.cycleAttendanceGroup() },
        KeyBinding([.escape], .inputCancel, .input, hint: true, help: .keyHelp(.closeLine)) {
            $0.cancelInput()
        },
    ]

    static let dialog: [KeyBinding] = [
        KeyBinding([.enter, .char("o"), .char("y")], .yes, .dialog, hint: true) { $0.answerDialog(.yes) },
        KeyBinding([.escape, .char("n")], .no, .dialog, hint: true) { $0.answerDialog(.no) },
    ]

    static let merge: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .moveUp, .merge) { $0.mergeCommand(.moveUp) },
        KeyBinding([.down, .char("j")], .moveDown, .merge) { $0.mergeCommand(.moveDown) },
        KeyBinding([.left], .previousOption, .merge, help: .keyHelp(.keepMine)) {
            $0.mergeCommand(.previousOption)
        },
        KeyBinding([.right], .nextOption, .merge, help: .keyHelp(.takeTheirs)) {
            $0.mergeCommand(.nextOption)
        },
        KeyBinding([.char(" ")], .toggleItem, .merge, hint: true, help: .keyHelp(.swapSides)) {
            $0.mergeCommand(.toggleItem)
        },
        KeyBinding([.char("v")], .keepAllMine, .merge, hint: true) { $0.mergeCommand(.keepAllMine) },
        KeyBinding([.char("a")], .takeAllTheirs, .merge, hint: true) { $0.mergeCommand(.takeAllTheirs) },
        KeyBinding([.enter], .inputConfirm, .merge, hint: true, help: .keyHelp(.backToForm)) {
            $0.mergeCommand(.inputConfirm)
        },
        KeyBinding([.escape], .inputCancel, .merge, hint: true, help: .keyHelp(.cancelMerge)) {
            $0.mergeCommand(.inputCancel)
        },
    ]
}
