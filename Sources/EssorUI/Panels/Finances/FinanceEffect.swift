import EssorCore
import EssorStore

/// The Finances panel's effects: the accounts and budget grids, financings, exports.
/// The controller hands them to `performFinance`.
public enum FinanceEffect: Equatable, Sendable {
    case loadAccountsGrid(StructureID)
    case loadModelGrid(CohortID)
    case saveGrid(GridState)
    case saveFinancings([Financing])
    case deleteFinancing(Financing)
    /// The next partner (by name) brings the financing.
    case cycleFinancingPartner(Financing)
    case exportFinances(CohortID?)
}
