import EssorCore

/// The Finances panel's keys: its list, a structure's finance detail, and
/// the grids of accounts and of a project's budget.
enum FinancesBindings {
    static let all: [KeyBinding] = finances + detail + grid

    static let finances: [KeyBinding] = [
        KeyBinding([.char("e")], .editAccounts, .finances, hint: true, writes: true) {
            $0.financeCommand(.editAccounts)
        },
        KeyBinding([.char("m")], .editModel, .finances, hint: true, writes: true) {
            $0.financeCommand(.editModel)
        },
        KeyBinding([.char("u")], .undo, .finances, writes: true) { _ in [.undo] },
        KeyBinding([.char("x")], .export, .finances, help: .keyHelp(.exportFinances)) {
            [.finances(.exportFinances($0.scope))]
        },
    ]

    /// The detail's cursor is on a suggested financing, or on one kept
    /// (elsewhere these keys fall through: `e` edits the accounts).
    static let onSuggestion: KeyBinding.Condition = { state in
        if case .financingSuggestion? = state.selectedFinanceKey { return true }
        return false
    }
    static let onFinancing: KeyBinding.Condition = { state in
        if case .financingRecord? = state.selectedFinanceKey { return true }
        return false
    }

    static let detail: [KeyBinding] = [
        KeyBinding(
            [.enter], .recordFinancing, .financeDetail, hint: true, writes: true, when: onSuggestion,
            whenHelp: .keyHelp(.onSuggestion)
        ) { $0.financeCommand(.recordFinancing) },
        KeyBinding(
            [.char("s")], .cycleStatus, .financeDetail, hint: true, writes: true, when: onFinancing,
            whenHelp: .keyHelp(.onFinancing)
        ) { $0.financeCommand(.cycleStatus) },
        KeyBinding(
            [.char("d")], .delete, .financeDetail, help: .keyHelp(.deleteFinancing), writes: true,
            when: onFinancing,
            whenHelp: .keyHelp(.onFinancing)
        ) { $0.financeCommand(.delete) },
        KeyBinding(
            [.char("e")], .edit, .financeDetail, help: .keyHelp(.financingAmount), writes: true,
            when: onFinancing,
            whenHelp: .keyHelp(.onFinancing)
        ) { $0.financeCommand(.edit) },
        KeyBinding(
            [.char("D")], .financingDay, .financeDetail, writes: true, when: onFinancing,
            whenHelp: .keyHelp(.onFinancing)
        ) { $0.financeCommand(.financingDay) },
        KeyBinding(
            [.char("p")], .cyclePartner, .financeDetail, writes: true, when: onFinancing,
            whenHelp: .keyHelp(.onFinancing)
        ) { $0.financeCommand(.cyclePartner) },
    ]

    /// In a budget's lines (not in accounts, not in a line's sharing): its
    /// lines' kinds, sharing and years.
    static let inBudget: KeyBinding.Condition = { state in
        if case .model? = state.grid?.mode, state.grid?.isShares == false, state.grid?.isCashPlan == false {
            return true
        }
        return false
    }
    static let inShares: KeyBinding.Condition = { $0.grid?.isShares == true }
    static let inCashPlan: KeyBinding.Condition = { $0.grid?.isCashPlan == true }
    /// Where a grid has rows to add and delete: not in a line's sharing,
    /// whose rows are the cohort's members, nor in the cash plan, whose
    /// rows are the budget's.
    static let inGridRows: KeyBinding.Condition = {
        $0.grid?.isShares == false && $0.grid?.isCashPlan == false
    }
    static let inAccounts: KeyBinding.Condition = { state in
        if case .accounts? = state.grid?.mode { return true }
        return false
    }

    static let grid: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .moveUp, .grid) { $0.gridCommand(.moveUp) },
        KeyBinding([.down, .char("j")], .moveDown, .grid) { $0.gridCommand(.moveDown) },
        KeyBinding([.left, .char("h")], .previousOption, .grid, help: .keyHelp(.previousCell)) {
            $0.gridCommand(.previousOption)
        },
        KeyBinding([.right, .char("l"), .tab], .nextOption, .grid, help: .keyHelp(.nextCell)) {
            $0.gridCommand(.nextOption)
        },
        KeyBinding([.backTab], .previousOption, .grid, help: .keyHelp(.previousCell)) {
            $0.gridCommand(.previousOption)
        },
        KeyBinding([.enter], .open, .grid, hint: true, help: .keyHelp(.typeInCell)) { $0.gridCommand(.open) },
        KeyBinding(
            [.char("a")], .addRow, .grid, hint: true, when: inGridRows, whenHelp: .keyHelp(.inGridRows)
        ) { $0.gridCommand(.addRow) },
        KeyBinding([.char("A")], .addEarlierYear, .grid, when: inAccounts, whenHelp: .keyHelp(.inAccounts)) {
            $0.gridCommand(.addEarlierYear)
        },
        KeyBinding(
            [.char("d")], .deleteRow, .grid, hint: true, when: inGridRows, whenHelp: .keyHelp(.inGridRows)
        ) { $0.gridCommand(.deleteRow) },
        KeyBinding([.char(" ")], .toggleKind, .grid, when: inBudget, whenHelp: .keyHelp(.inBudget)) {
            $0.gridCommand(.toggleKind)
        },
        KeyBinding([.char("r")], .shares, .grid, hint: true, when: inBudget, whenHelp: .keyHelp(.inBudget)) {
            $0.gridCommand(.shares)
        },
        KeyBinding([.char("p")], .cashPlan, .grid, hint: true, when: inBudget, whenHelp: .keyHelp(.inBudget))
        {
            $0.gridCommand(.cashPlan)
        },
        KeyBinding(
            [.char("=")], .spreadEvenly, .grid, hint: true, when: inCashPlan, whenHelp: .keyHelp(.inCashPlan)
        ) { $0.gridCommand(.spreadEvenly) },
        KeyBinding([.char("t")], .dayRate, .grid, hint: true, when: inShares, whenHelp: .keyHelp(.inShares)) {
            $0.gridCommand(.dayRate)
        },
        KeyBinding([.char("+")], .addYear, .grid, when: inBudget, whenHelp: .keyHelp(.inBudget)) {
            $0.gridCommand(.addYear)
        },
        KeyBinding([.char("-")], .removeYear, .grid, when: inBudget, whenHelp: .keyHelp(.inBudget)) {
            $0.gridCommand(.removeYear)
        },
        KeyBinding([.ctrl("s")], .save, .grid, hint: true, writes: true) { $0.gridCommand(.save) },
        KeyBinding([.escape], .back, .grid, hint: true, help: .keyHelp(.closeGrid)) { $0.gridCommand(.back) },
        KeyBinding([.function(1), .char("?")], .help, .grid) { $0.showHelp() },
    ]
}

/// The commands only this panel binds.
extension Command {
    public static let editAccounts = Command(
        "edit-accounts", { fr in tr("Enter the organisation's accounts", fr) },
        hint: { fr in tr("accounts", fr) })
    public static let editModel = Command(
        "edit-model", { fr in tr("The cohort's project budget", fr) },
        hint: { fr in tr("project budget", fr) })
    public static let addRow = Command(
        "add-row", { fr in tr("Add a line (a year in accounts)", fr) }, hint: { fr in tr("add", fr) })
    public static let addEarlierYear = Command(
        "add-earlier-year", { fr in tr("Add the year before the first", fr) })
    public static let deleteRow = Command(
        "delete-row", { fr in tr("Delete the line (the year in accounts)", fr) },
        hint: { fr in tr("delete", fr) })
    public static let toggleKind = Command("toggle-kind", { fr in tr("Expense or income", fr) })
    public static let shares = Command(
        "shares", { fr in tr("Share the line between organisations", fr) }, hint: { fr in tr("sharing", fr) })
    public static let cashPlan = Command(
        "cash-plan", { fr in tr("The first year month by month (cash plan)", fr) },
        hint: { fr in tr("cash plan", fr) })
    public static let spreadEvenly = Command(
        "spread-evenly", { fr in tr("The line evenly over the months", fr) }, hint: { fr in tr("evenly", fr) }
    )
    public static let dayRate = Command(
        "day-rate", { fr in tr("Value of a day of work", fr) }, hint: { fr in tr("day value", fr) })
    public static let addYear = Command("add-year", { fr in tr("One more year in the budget", fr) })
    public static let removeYear = Command("remove-year", { fr in tr("One year less in the budget", fr) })
    public static let recordFinancing = Command(
        "record-financing", { fr in tr("Keep the suggested financing", fr) })
    public static let cycleStatus = Command("cycle-status", { fr in tr("Next status of the financing", fr) })
    public static let financingDay = Command(
        "financing-day", { fr in tr("The day it reached its current stage", fr) },
        hint: { fr in tr("day", fr) })
    public static let cyclePartner = Command("cycle-partner", { fr in tr("Next financing partner", fr) })
}
