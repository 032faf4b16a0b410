import EssorCore
import EssorStore

/// Partenaires: the partners and their missions, as a list or as the
/// matrix of partners × cohorts.
enum PartnersPanel: PanelModule {
    static let id = PanelID.partners
    static var bindings: [KeyBinding] { PartnersBindings.all }
    static let entity: ChangeEntity? = .partner
    static func listLookup(_ state: AppState) -> KeyLookup { .partners }
    static let detailLookup = KeyLookup.partnerDetail

    static func columns(_ state: AppState) -> [TableColumn] {
        [
            TableColumn(state.text(.colName), .flex(min: 16, weight: 2), priority: 1),
            TableColumn(state.text(.colExpertise), .flex(min: 12, weight: 2), priority: 2),
            TableColumn(state.text(.colMissions), .fixed(8), priority: 3, alignRight: true),
            TableColumn(state.text(.colDaysPlanned), .fixed(6), priority: 3, alignRight: true),
            TableColumn(state.text(.colCohorts), .flex(min: 12, weight: 3), priority: 4),
        ]
    }

    static func cells(_ row: Int, _ ids: [Int64], _ state: AppState, glyphs: Glyphs) -> [String]? {
        state.rows.partners[ids[row]].map { cells($0, state) }
    }

    static func cells(_ p: PartnerRow, _ state: AppState) -> [String] {
        [
            p.partner.name, p.partner.expertise, String(p.assignmentCount),
            state.format.number(p.daysPlanned),
            p.cohortNames.joined(separator: ", "),
        ]
    }

    static func emptyText(_ state: AppState) -> String {
        state.scope == nil ? state.text(.noPartners) : state.text(.noPartnersInCohort)
    }

    static func listIDs(_ store: Store, _ state: AppState) throws -> (ids: [Int64], past: Int) {
        (try store.partnerIDs(cohort: state.scope), 0)
    }

    static func rows(_ store: Store, _ ids: [Int64]) throws -> RowBatch {
        .partners(try store.partnerRows(ids))
    }

    static func detail(_ store: Store, _ id: Int64, _ state: AppState) throws -> PanelDetail? {
        try store.partnerDetail(id: id, now: state.now).map(PanelDetail.partner)
    }

    static func searchIndex(_ store: Store) throws -> SearchIndex { try store.partnerSearchIndex() }
}
