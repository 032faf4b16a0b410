import EssorCore
import EssorStore

/// Structures: the organisations, sorted as chosen with `s`.
enum StructuresPanel: PanelModule {
    static let id = PanelID.structures
    static var bindings: [KeyBinding] { StructuresBindings.all }
    static let entity: ChangeEntity? = .structure
    static func listLookup(_ state: AppState) -> KeyLookup { .structures }
    static let detailLookup = KeyLookup.recordDetail

    static func columns(_ state: AppState) -> [TableColumn] {
        [
            TableColumn(state.text(.colName), .flex(min: 18, weight: 3), priority: 1),
            TableColumn(state.text(.colLegalForm), .fixed(11), priority: 3),
            TableColumn(state.text(.colTown), .flex(min: 10, weight: 1), priority: 2),
            TableColumn(state.text(.colDepartement), .fixed(4), priority: 4),
            TableColumn(state.text(.colCohorts), .flex(min: 10, weight: 2), priority: 5),
        ]
    }

    static func cells(_ row: Int, _ ids: [Int64], _ state: AppState, glyphs: Glyphs) -> [String]? {
        state.rows.structures[ids[row]].map { cells($0, state) }
    }

    static func cells(_ r: StructureRow, _ state: AppState) -> [String] {
        [
            r.name, shortLegalForm(r.legalForm, state), r.town, r.departement,
            r.cohortNames.joined(separator: ", "),
        ]
    }

    static func shortLegalForm(_ form: LegalForm, _ state: AppState) -> String {
        form == .esus ? "ESUS" : state.text(.legalForm(form))
    }

    static func titleExtras(_ state: AppState) -> [Span] {
        [Span(" · " + state.text(.sortLabel(state.sort)), .muted)]
    }

    static func emptyText(_ state: AppState) -> String {
        state.text(state.scope == nil ? .emptyStore : .noMembers)
    }

    static func listIDs(_ store: Store, _ state: AppState) throws -> (ids: [Int64], past: Int) {
        (try store.structureIDs(order: state.sort, cohort: state.scope), 0)
    }

    static func rows(_ store: Store, _ ids: [Int64]) throws -> RowBatch {
        .structures(try store.structureRows(ids))
    }

    static func detail(_ store: Store, _ id: Int64, _ state: AppState) throws -> PanelDetail? {
        try store.structureDetail(id: id, now: state.now).map(PanelDetail.structure)
    }

    static func searchIndex(_ store: Store) throws -> SearchIndex { try store.structureSearchIndex() }
}
