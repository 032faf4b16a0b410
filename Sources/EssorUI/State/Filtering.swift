import EssorCore
import EssorStore

/// Which records a panel shows: the cohort scope, then the filter, then the
/// sort order. Pure functions of the state.
public enum Filtering {
    /// Indexes of `panel`'s records inside the scope, in display order
    /// before filtering.
    public static func scoped(_ panel: PanelID, in state: AppState) -> [Int] {
        let data = state.data
        guard let scope = state.scope else {
            switch panel {
            case .cohorts: return Array(data.cohorts.indices)
            case .structures: return sortedStructures(Array(data.structures.indices), state)
            case .meetings: return Array(data.meetings.indices)
            case .partners: return Array(data.partners.indices)
            }
        }
        switch panel {
        case .cohorts:
            return Array(data.cohorts.indices)
        case .structures:
            return sortedStructures(
                data.structures.indices.filter { data.structures[$0].cohortIDs.contains(scope) }, state)
        case .meetings:
            return data.meetings.indices.filter { data.meetings[$0].meeting.cohortID == scope }
        case .partners:
            return data.partners.indices.filter { data.partners[$0].cohortIDs.contains(scope) }
        }
    }

    /// The records of `rows` (indexes of `panel`'s records) that match `query`.
    public static func filter(_ rows: [Int], _ panel: PanelID, in state: AppState, query: SearchQuery)
        -> [Int]
    {
        guard !query.isEmpty else { return rows }
        switch panel {
        case .cohorts: return rows.filter { query.matches(state.searchKeys.cohorts[$0]) }
        case .structures: return rows.filter { query.matches(state.data.structures[$0].searchKey) }
        case .meetings: return rows.filter { query.matches(state.searchKeys.meetings[$0]) }
        case .partners: return rows.filter { query.matches(state.searchKeys.partners[$0]) }
        }
    }

    static func sortedStructures(_ indexes: [Int], _ state: AppState) -> [Int] {
        let rows = state.data.structures
        func folded(_ field: Int, _ i: Int) -> ArraySlice<UInt8> {
            StructureSearchKey.field(field, of: rows[i].searchKey)
        }
        func byName(_ a: Int, _ b: Int) -> Bool {
            let (x, y) = (folded(0, a), folded(0, b))
            return x == y ? rows[a].id < rows[b].id : x.lexicographicallyPrecedes(y)
        }
        switch state.sort {
        case .name:
            return indexes.sorted(by: byName)
        case .town:
            let towns = Dictionary(uniqueKeysWithValues: indexes.map { ($0, folded(1, $0)) })
            return indexes.sorted {
                towns[$0]! == towns[$1]! ? byName($0, $1) : towns[$0]!.lexicographicallyPrecedes(towns[$1]!)
            }
        case .departement:
            return indexes.sorted {
                rows[$0].departement == rows[$1].departement
                    ? byName($0, $1) : rows[$0].departement < rows[$1].departement
            }
        case .legalForm:
            let order = Dictionary(uniqueKeysWithValues: LegalForm.allCases.enumerated().map { ($1, $0) })
            return indexes.sorted {
                rows[$0].legalForm == rows[$1].legalForm
                    ? byName($0, $1) : order[rows[$0].legalForm]! < order[rows[$1].legalForm]!
            }
        }
    }
}
