import EssorCore
import EssorStore

/// Rapport: the FEDER indicators of the scope over a period, and the
/// figures around them; a row's detail explains it (what is counted, what
/// is not and why) or draws it.
enum ReportPanel: PanelModule {
    static let id = PanelID.report
    static var bindings: [KeyBinding] { ReportBindings.all }
    static let entity: ChangeEntity? = nil
    static func listLookup(_ state: AppState) -> KeyLookup { .report }
    static let detailLookup = KeyLookup.reportDetail

    static func columns(_ state: AppState) -> [TableColumn] {
        let fr = state.lang == .fr
        return [
            TableColumn(ReportStrings.text(.colIndicator, fr), .flex(min: 20, weight: 3)),
            TableColumn(ReportStrings.text(.colValue, fr), .fixed(8), alignRight: true),
            TableColumn(ReportStrings.text(.colDetail, fr), .flex(min: 12, weight: 2), priority: 2),
        ]
    }

    static func cells(_ row: Int, _ ids: [Int64], _ state: AppState, glyphs: Glyphs) -> [String]? {
        guard let report = state.indicatorReport, let line = ReportRow(rawValue: ids[row]) else { return nil }
        return line.cells(report, state.format)
    }

    static func titleExtras(_ state: AppState) -> [Span] {
        let f = state.format
        let period = ReportStrings.text(
            .period(from: f.date(state.reportPeriod.from), to: f.date(state.reportPeriod.to)),
            state.lang == .fr)
        return [Span(" · \(period)", .muted)]
    }

    static func emptyText(_ state: AppState) -> String { ReportStrings.text(.computing, state.lang == .fr) }

    static func listIDs(_ store: Store, _ state: AppState) throws -> (ids: [Int64], past: Int) {
        (ReportRow.allCases.map(\.rawValue), 0)
    }

    static func rows(_ store: Store, _ ids: [Int64]) throws -> RowBatch { .report }

    static func detail(_ store: Store, _ id: Int64, _ state: AppState) throws -> PanelDetail? { .report(id) }

    static func searchIndex(_ store: Store) throws -> SearchIndex {
        SearchIndex(entries: ReportRow.allCases.map { ($0.rawValue, $0.searchKey) })
    }
}
