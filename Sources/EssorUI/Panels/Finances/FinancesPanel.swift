import EssorCore
import EssorStore

/// Finances: per structure, the latest year's ratios and flags, and the
/// grids of accounts and of the cohort's project budget.
enum FinancesPanel: PanelModule {
    static let id = PanelID.finances
    static var bindings: [KeyBinding] { FinancesBindings.all }
    /// A structure's finances are part of it: `h` shows its history.
    static let entity: ChangeEntity? = .structure
    static func listLookup(_ state: AppState) -> KeyLookup { .finances }
    static let detailLookup = KeyLookup.financeDetail

    static func columns(_ state: AppState) -> [TableColumn] { FinanceTable.columns(state) }

    static func cells(_ row: Int, _ ids: [Int64], _ state: AppState, glyphs: Glyphs) -> [String]? {
        state.rows.finances[ids[row]].map { FinanceTable.cells($0, state, glyphs: glyphs) }
    }

    static func style(_ table: inout TableView, _ ids: [Int64], _ state: AppState) {
        let rows = state.rows
        table.cellRole = { row, column in
            guard let r = rows.finances[ids[row]] else { return nil }
            return FinanceTable.role(r, column: column)
        }
    }

    static func emptyText(_ state: AppState) -> String {
        state.text(state.scope == nil ? .emptyStore : .noMembers)
    }

    static func listIDs(_ store: Store, _ state: AppState) throws -> (ids: [Int64], past: Int) {
        (try store.structureIDs(order: .name, cohort: state.scope), 0)
    }

    static func rows(_ store: Store, _ ids: [Int64]) throws -> RowBatch {
        .finances(try store.financeRows(ids))
    }

    static func detail(_ store: Store, _ id: Int64, _ state: AppState) throws -> PanelDetail? {
        try store.financeDetail(id: id).map(PanelDetail.finance)
    }

    static func searchIndex(_ store: Store) throws -> SearchIndex { try store.structureSearchIndex() }
}
