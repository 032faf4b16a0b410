import EssorCore

/// What a key does where its command's usual words would mislead: each
/// binding may say it its own way, in the help and in the key hints.
public enum KeyHelp: String, CaseIterable, Sendable {
    case keepMine, takeTheirs, swapSides, backToForm, cancelMerge
    case openItemOrSave, pickThis, closePicker
    case scopeToCohort
    case keepEditing, exportNothing
    case leaveWorkshop, commitCapture, closeCapture, stopFollowing, editContribution, onCaptureLine
    case partnerMatrix, partnerList, previousCohorts, nextCohorts, inMatrix
    case exportFinances, deleteFinancing, financingAmount
    case previousCell, nextCell, typeInCell, inBudget, inShares, inCashPlan, inAccounts, inGridRows, closeGrid
    case closeLine
    case changeGroup, onPersonLine
    case onSuggestion, onFinancing, onTicks, onItems, inScope, onStructureLine, onRecord
    case typeHours, closeWeek, onProposal, onTimeEntry
}

enum KeyHelpStrings {
    /// The help's sentence.
    static func text(_ help: KeyHelp, _ fr: Bool) -> String {
        switch help {
        case .keepMine: tr("Keep your value", fr)
        case .takeTheirs: tr("Take the other value", fr)
        case .swapSides: tr("Swap the two values", fr)
        case .backToForm:
            tr("Back to the form with these values", fr)
        case .cancelMerge: tr("Give up merging", fr)
        case .openItemOrSave:
            tr("Open the item (a contact, an agenda item…), or save where nothing opens", fr)
        case .pickThis: tr("Add this one to the list", fr)
        case .closePicker: tr("Close without adding", fr)
        case .scopeToCohort:
            tr("Show only this cohort in the other panels", fr)
        case .keepEditing:
            tr("Save nothing, back to the form", fr)
        case .exportNothing: tr("Export nothing", fr)
        case .leaveWorkshop:
            tr("Leave the workshop (all is saved)", fr)
        case .commitCapture:
            tr("Save the item (the line stays open)", fr)
        case .closeCapture: tr("Close the capture line", fr)
        case .editContribution: tr("Edit the contribution on its capture line", fr)
        case .onCaptureLine: tr("when capturing contributions", fr)
        case .stopFollowing: tr("Stop following the workshop", fr)
        case .partnerMatrix:
            tr("Partners × cohorts matrix, or the list", fr)
        case .partnerList: tr("Back to the list of partners", fr)
        case .previousCohorts: tr("Previous cohorts (columns)", fr)
        case .nextCohorts: tr("Next cohorts (columns)", fr)
        case .inMatrix: tr("in the matrix", fr)
        case .exportFinances:
            tr("Export the cohort's finances (Markdown, CSV, workbook)", fr)
        case .deleteFinancing: tr("Remove the financing", fr)
        case .financingAmount: tr("Change the financing's amount", fr)
        case .previousCell: tr("Previous cell", fr)
        case .nextCell: tr("Next cell", fr)
        case .typeInCell: tr("Type in the cell", fr)
        case .inBudget: tr("in a project's budget", fr)
        case .inShares: tr("in a line's sharing", fr)
        case .inCashPlan: tr("in the monthly cash plan", fr)
        case .inAccounts: tr("in accounts", fr)
        case .inGridRows: tr("outside a line's sharing and the cash plan", fr)
        case .closeGrid:
            tr("Close (asks before losing changes)", fr)
        case .closeLine:
            tr("Close the line (a filter is cleared)", fr)
        case .changeGroup:
            tr("Attach the person to the next organisation: a structure, a partner, or another one", fr)
        case .onPersonLine: tr("when adding a person", fr)
        case .onSuggestion: tr("on a suggested financing", fr)
        case .onFinancing: tr("on a financing kept", fr)
        case .onTicks: tr("on a list of boxes", fr)
        case .onItems: tr("on a list of items", fr)
        case .inScope: tr("when a cohort is chosen", fr)
        case .onStructureLine: tr("on an organisation's line", fr)
        case .onRecord: tr("on a record", fr)
        case .typeHours: tr("Type the hours of the cell (3,5 or 3h30; empty clears it)", fr)
        case .closeWeek: tr("Close (each cell is saved as it is typed)", fr)
        case .onProposal: tr("on a meeting to confirm", fr)
        case .onTimeEntry: tr("on an entry", fr)
        }
    }

    /// The status line's word for it.
    static func hint(_ help: KeyHelp, _ fr: Bool) -> String {
        switch help {
        case .keepMine: tr("yours", fr)
        case .takeTheirs: tr("theirs", fr)
        case .swapSides: tr("swap", fr)
        case .backToForm: tr("back to form", fr)
        case .cancelMerge: tr("give up", fr)
        case .openItemOrSave: tr("open", fr)
        case .pickThis: tr("add", fr)
        case .closePicker: tr("close", fr)
        case .scopeToCohort: tr("this cohort", fr)
        case .keepEditing: trc("key help", "back", fr)
        case .exportNothing: tr("nothing", fr)
        case .leaveWorkshop: tr("leave", fr)
        case .commitCapture: tr("save, next", fr)
        case .closeCapture: tr("close line", fr)
        case .editContribution: trc("key hint", "edit", fr)
        case .onCaptureLine: tr("capture", fr)
        case .stopFollowing: tr("stop", fr)
        case .partnerMatrix: tr("matrix", fr)
        case .partnerList: tr("list", fr)
        case .previousCohorts: tr("prev. cohorts", fr)
        case .nextCohorts: tr("next cohorts", fr)
        case .inMatrix: tr("matrix", fr)
        case .exportFinances: tr("export", fr)
        case .deleteFinancing: tr("remove", fr)
        case .financingAmount: tr("amount", fr)
        case .previousCell: tr("prev. cell", fr)
        case .nextCell: tr("next cell", fr)
        case .typeInCell: tr("type", fr)
        case .inBudget: tr("budget", fr)
        case .inShares: tr("sharing", fr)
        case .inCashPlan: tr("cash plan", fr)
        case .inAccounts: tr("accounts", fr)
        case .inGridRows: tr("not in sharing or plan", fr)
        case .closeGrid: tr("close", fr)
        case .closeLine: tr("close", fr)
        case .changeGroup: tr("organisation", fr)
        case .onPersonLine: tr("person", fr)
        case .onSuggestion, .onFinancing: tr("financing", fr)
        case .onTicks: tr("tick", fr)
        case .onItems: tr("items", fr)
        case .inScope: tr("cohort", fr)
        case .onStructureLine: tr("organisation", fr)
        case .onRecord: tr("history", fr)
        case .typeHours: tr("hours", fr)
        case .closeWeek: tr("close", fr)
        case .onProposal: tr("meeting", fr)
        case .onTimeEntry: tr("entry", fr)
        }
    }
}
