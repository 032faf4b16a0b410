/// Forms and their fields, and the picker a form's list opens.
enum FormBindings {
    static let all: [KeyBinding] = form + picker

    /// The focused field is a list of boxes to tick (a structure's cohorts).
    static let onTicks: KeyBinding.Condition = { state in
        if case .toggles? = state.activeForm?.focused.value { return true }
        return false
    }

    /// The focused field is a list items are added to and removed from
    /// (contacts, agenda, invited structures), not boxes to tick.
    static let onItems: KeyBinding.Condition = { state in !onTicks(state) }

    static let form: [KeyBinding] = [
        KeyBinding([.tab, .down], .nextField, .form, hint: true) { $0.formCommand(.nextField) },
        KeyBinding([.backTab, .up], .previousField, .form) { $0.formCommand(.previousField) },
        KeyBinding([.enter, .ctrl("s")], .save, .form, hint: true) { $0.formCommand(.save) },
        KeyBinding([.escape], .cancel, .form, hint: true) { $0.formCommand(.cancel) },
        KeyBinding([.function(1)], .help, .form) { $0.showHelp() },

        KeyBinding([.enter], .newline, .textArea) { $0.formCommand(.newline) },
        KeyBinding([.up], .moveUp, .textArea) { $0.formCommand(.moveUp) },
        KeyBinding([.down], .moveDown, .textArea) { $0.formCommand(.moveDown) },

        KeyBinding([.left], .previousOption, .choice, hint: true) { $0.formCommand(.previousOption) },
        KeyBinding([.right, .char(" ")], .nextOption, .choice, hint: true) { $0.formCommand(.nextOption) },

        KeyBinding([.up, .char("k")], .moveUp, .listField) { $0.formCommand(.moveUp) },
        KeyBinding([.down, .char("j")], .moveDown, .listField) { $0.formCommand(.moveDown) },
        KeyBinding(
            [.char("+"), .insert, .char("a")], .addItem, .listField, hint: true, when: onItems,
            whenHelp: .keyHelp(.onItems)
        ) {
            $0.formCommand(.addItem)
        },
        KeyBinding(
            [.char("-"), .delete, .char("d")], .removeItem, .listField, hint: true, when: onItems,
            whenHelp: .keyHelp(.onItems)
        ) {
            $0.formCommand(.removeItem)
        },
        KeyBinding(
            [.enter], .editItem, .listField, hint: true, help: .keyHelp(.openItemOrSave), when: onItems,
            whenHelp: .keyHelp(.onItems)
        ) { $0.openItemOrSave() },
        KeyBinding([.char("e")], .editItem, .listField) { $0.formCommand(.editItem) },
        KeyBinding(
            [.char(" ")], .toggleItem, .listField, hint: true, when: onTicks, whenHelp: .keyHelp(.onTicks)
        ) { $0.formCommand(.toggleItem) },
    ]

    static let picker: [KeyBinding] = [
        KeyBinding([.up], .moveUp, .picker) { $0.pickerCommand(.moveUp) },
        KeyBinding([.down], .moveDown, .picker) { $0.pickerCommand(.moveDown) },
        KeyBinding([.pageUp], .pageUp, .picker) { $0.pickerCommand(.pageUp) },
        KeyBinding([.pageDown], .pageDown, .picker) { $0.pickerCommand(.pageDown) },
        KeyBinding([.enter], .inputConfirm, .picker, hint: true, help: .keyHelp(.pickThis)) {
            $0.pickerCommand(.inputConfirm)
        },
        KeyBinding([.escape], .inputCancel, .picker, hint: true, help: .keyHelp(.closePicker)) {
            $0.pickerCommand(.inputCancel)
        },
    ]
}
