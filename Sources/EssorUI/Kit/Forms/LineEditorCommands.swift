extension LineEditor {
    /// Carries out a text-editing command; false when `command` is not one.
    public mutating func apply(_ command: Command) -> Bool {
        switch command {
        case .cursorLeft: moveLeft()
        case .cursorRight: moveRight()
        case .cursorStart: moveToStart()
        case .cursorEnd: moveToEnd()
        case .wordLeft: moveWordLeft()
        case .wordRight: moveWordRight()
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .deleteToStart: deleteToStart()
        case .deleteToEnd: deleteToEnd()
        case .deleteWord: deleteWordBackward()
        default: return false
        }
        return true
    }
}

extension TextArea {
    /// Text commands in a text area: joins lines at their edges.
    public mutating func apply(_ command: Command) -> Bool {
        switch command {
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .newline: newline()
        default: return edit { $0.apply(command) }
        }
        return true
    }

    mutating func edit(_ change: (inout LineEditor) -> Bool) -> Bool {
        var handled = false
        edit { handled = change(&$0) }
        return handled
    }
}
