import EssorCore

/// The Partenaires panel's keys, and assigning a partner from a cohort or
/// a structure.
enum PartnersBindings {
    /// In the matrix of partners × cohorts (else the keys fall through to
    /// the list's: `h` is the history there).
    static let inMatrix: KeyBinding.Condition = { $0.partnersMatrix }

    static let all: [KeyBinding] = [
        KeyBinding([.char("a")], .add, .partners, hint: true, writes: true) { $0.add() },
        KeyBinding([.char("e")], .edit, .partners, writes: true) { $0.edit() },
        KeyBinding([.char("d")], .delete, .partners, writes: true) { $0.delete() },
        KeyBinding([.char("u")], .undo, .partners, writes: true) { _ in [.undo] },
        KeyBinding([.char("m")], .addMission, .partners, hint: true, writes: true) {
            $0.addMissionForSelected()
        },
        // The hint names where v goes: to the list from the matrix.
        KeyBinding(
            [.char("v")], .cycleView, .partners, hint: true, help: .keyHelp(.partnerList), when: inMatrix,
            whenHelp: .keyHelp(.inMatrix)
        ) { $0.toggleMatrix() },
        KeyBinding([.char("v")], .cycleView, .partners, hint: true, help: .keyHelp(.partnerMatrix)) {
            $0.toggleMatrix()
        },
        KeyBinding(
            [.left, .char("h")], .previousPeriod, .partners, help: .keyHelp(.previousCohorts), when: inMatrix,
            whenHelp: .keyHelp(.inMatrix)
        ) { $0.scrollMatrix(by: -1) },
        KeyBinding(
            [.right, .char("l")], .nextPeriod, .partners, help: .keyHelp(.nextCohorts), when: inMatrix,
            whenHelp: .keyHelp(.inMatrix)
        ) { $0.scrollMatrix(by: 1) },
        KeyBinding([.char("p")], .assignPartner, .assignable, writes: true) { $0.assignPartnerToSelected() },
    ]
}

/// The commands only this panel binds.
extension Command {
    public static let addMission = Command(
        "add-mission", { fr in tr("New mission for this partner", fr) }, hint: { fr in "mission" })
    public static let assignPartner = Command(
        "assign-partner", { fr in tr("Assign a partner a mission", fr) }, hint: { fr in tr("partner", fr) })
}
