import EssorCore

/// The Cohortes panel's keys.
enum CohortsBindings {
    static let all: [KeyBinding] = [
        KeyBinding([.enter], .open, .cohorts, hint: true, help: .keyHelp(.scopeToCohort)) { $0.open() },
        KeyBinding([.char("a")], .add, .cohorts, hint: true, writes: true) { $0.add() },
        KeyBinding([.char("e")], .edit, .cohorts, writes: true) { $0.edit() },
        KeyBinding([.char("d")], .delete, .cohorts, writes: true) { $0.delete() },
        KeyBinding([.char("u")], .undo, .cohorts, writes: true) { _ in [.undo] },
    ]
}
