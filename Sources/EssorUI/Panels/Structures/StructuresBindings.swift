import EssorCore

/// The Structures panel's keys.
enum StructuresBindings {
    static let all: [KeyBinding] = [
        KeyBinding([.char("s")], .cycleSort, .structures, hint: true) { $0.cycleStructureSort() },
        KeyBinding([.char("a")], .add, .structures, hint: true, writes: true) { $0.add() },
        KeyBinding([.char("e")], .edit, .structures, hint: true, writes: true) { $0.edit() },
        KeyBinding([.char("d")], .delete, .structures, writes: true) { $0.delete() },
        KeyBinding([.char("u")], .undo, .structures, writes: true) { _ in [.undo] },
    ]
}
