import EssorCore
import EssorStore

/// Cohortes: the programme's cohorts; Enter restricts the other panels
/// to one.
enum CohortsPanel: PanelModule {
    static let id = PanelID.cohorts
    static var bindings: [KeyBinding] { CohortsBindings.all }
    static let entity: ChangeEntity? = .cohort
    static func listLookup(_ state: AppState) -> KeyLookup { .cohorts }
    static let detailLookup = KeyLookup.recordDetail

    static func columns(_ state: AppState) -> [TableColumn] {
        [
            TableColumn(state.text(.colCohort), .flex(min: 16, weight: 3), priority: 1),
            TableColumn(state.text(.colTheme), .flex(min: 10, weight: 2), priority: 5),
            TableColumn(state.text(.colPeriod), .fixed(17), priority: 2),
            TableColumn(state.text(.colStatus), .fixed(8), priority: 3),
            TableColumn(state.text(.colStructuresShort), .fixed(7), priority: 4, alignRight: true),
            TableColumn(state.text(.colMeetingsShort), .fixed(7), priority: 4, alignRight: true),
        ]
    }

    static func cells(_ row: Int, _ ids: [Int64], _ state: AppState, glyphs: Glyphs) -> [String]? {
        state.rows.cohorts[ids[row]].map { cells($0, state, scopeMarker: glyphs.scopeMarker) }
    }

    static func cells(_ r: CohortRow, _ state: AppState, scopeMarker: String) -> [String] {
        let f = state.format
        return [
            r.id == state.scope ? "\(r.cohort.name) \(scopeMarker)" : r.cohort.name, r.cohort.theme,
            f.period(r.cohort.startDate, r.cohort.endDate),
            f.text(.cohortStatus(r.cohort.status(on: state.today))),
            String(r.structureCount), String(r.meetingCount),
        ]
    }

    static func style(_ table: inout TableView, _ ids: [Int64], _ state: AppState) {
        table.rowRole = { row in ids[row] == state.scope ? .accent : .normal }
    }

    static func emptyText(_ state: AppState) -> String { state.text(.emptyStore) }

    static func listIDs(_ store: Store, _ state: AppState) throws -> (ids: [Int64], past: Int) {
        (try store.cohortIDs(), 0)
    }

    static func rows(_ store: Store, _ ids: [Int64]) throws -> RowBatch {
        .cohorts(try store.cohortRows(ids))
    }

    static func detail(_ store: Store, _ id: Int64, _ state: AppState) throws -> PanelDetail? {
        try store.cohortDetail(id: id, now: state.now).map(PanelDetail.cohort)
    }

    static func searchIndex(_ store: Store) throws -> SearchIndex { try store.cohortSearchIndex() }
}
