/// Lists, details and the keys that edit one line of text.
enum ListBindings {
    static let all: [KeyBinding] = list + detail + text

    /// A panel whose records keep a history of their changes (the
    /// Rapport panel's lines are computed, not records).
    static let hasHistory: KeyBinding.Condition = { state in
        state.panel == .partners || state.entity(of: state.panel) != nil
    }

    static let list: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .moveUp, .list) { $0.panelMove(.moveUp) },
        KeyBinding([.down, .char("j")], .moveDown, .list) { $0.panelMove(.moveDown) },
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, .list) { $0.panelMove(.pageUp) },
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, .list) { $0.panelMove(.pageDown) },
        KeyBinding([.home, .char("g")], .top, .list) { $0.panelMove(.top) },
        KeyBinding([.end, .char("G")], .bottom, .list) { $0.panelMove(.bottom) },
        KeyBinding([.enter], .open, .list, hint: true) { $0.open() },
        KeyBinding([.char("/")], .filter, .list, hint: true) { $0.openFilter() },
        KeyBinding([.char("z")], .toggleDetailPane, .list) { $0.toggleDetailPane() },
        KeyBinding([.char("h")], .history, .list, when: hasHistory, whenHelp: .keyHelp(.onRecord)) {
            $0.showHistory()
        },
    ]

    static let detail: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .moveUp, .detail) { $0.moveDetailCursor(.moveUp) },
        KeyBinding([.down, .char("j")], .moveDown, .detail) { $0.moveDetailCursor(.moveDown) },
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, .detail) { $0.moveDetailCursor(.pageUp) },
        KeyBinding([.pageDown, .ctrl("f"), .char(" ")], .pageDown, .detail) {
            $0.moveDetailCursor(.pageDown)
        },
        KeyBinding([.home, .char("g")], .top, .detail) { $0.moveDetailCursor(.top) },
        KeyBinding([.end, .char("G")], .bottom, .detail) { $0.moveDetailCursor(.bottom) },
        KeyBinding([.escape], .back, .detail, hint: true) { $0.back() },
        KeyBinding([.char("h")], .history, .detail, when: hasHistory, whenHelp: .keyHelp(.onRecord)) {
            $0.showHistory()
        },
        KeyBinding([.enter, .char("e")], .edit, .editableDetail, hint: true, writes: true) { $0.edit() },
        KeyBinding([.char("u")], .undo, .editableDetail, writes: true) { _ in [.undo] },
    ]

    static let text: [KeyBinding] = [
        KeyBinding([.left, .ctrl("b")], .cursorLeft, .text) { $0.editText(.cursorLeft) },
        KeyBinding([.right, .ctrl("f")], .cursorRight, .text) { $0.editText(.cursorRight) },
        KeyBinding([.home, .ctrl("a")], .cursorStart, .text) { $0.editText(.cursorStart) },
        KeyBinding([.end, .ctrl("e")], .cursorEnd, .text) { $0.editText(.cursorEnd) },
        KeyBinding([.alt("b")], .wordLeft, .text) { $0.editText(.wordLeft) },
        KeyBinding([.alt("f")], .wordRight, .text) { $0.editText(.wordRight) },
        KeyBinding([.backspace], .deleteBackward, .text) { $0.editText(.deleteBackward) },
        KeyBinding([.delete, .ctrl("d")], .deleteForward, .text) { $0.editText(.deleteForward) },
        KeyBinding([.ctrl("u")], .deleteToStart, .text) { $0.editText(.deleteToStart) },
        KeyBinding([.ctrl("k")], .deleteToEnd, .text) { $0.editText(.deleteToEnd) },
        KeyBinding([.ctrl("w")], .deleteWord, .text) { $0.editText(.deleteWord) },
    ]
}
