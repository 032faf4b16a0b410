import EssorCore
import EssorStore

/// The Finances panel's table: per structure, the latest year's ratios
/// with their flags, the results as a sparkline, the overall state.
enum FinanceTable {
    static func columns(_ state: AppState) -> [TableColumn] {
        func t(_ m: FinanceUIMsg) -> String { state.text(.financeUI(m)) }
        return [
            TableColumn(state.text(.colName), .flex(min: 16, weight: 3), priority: 1),
            TableColumn(t(.colYear), .fixed(5), priority: 4),
            TableColumn(t(.colSubsidies), .fixed(7), priority: 5, alignRight: true),
            TableColumn(t(.colCash), .fixed(7), priority: 3, alignRight: true),
            TableColumn(t(.colEquity), .fixed(8), priority: 6, alignRight: true),
            TableColumn(t(.colCAF), .fixed(10), priority: 7, alignRight: true),
            TableColumn(t(.colResult), .fixed(9), priority: 8),
            TableColumn(t(.colFlag), .fixed(13), priority: 2),
        ]
    }

    static func cells(_ r: FinanceRow, _ state: AppState, glyphs: Glyphs) -> [String] {
        let f = state.format
        let na = state.text(.financeUI(.na))
        func value(_ kind: RatioKind, _ show: (Double) -> String) -> String {
            guard !r.ratios.isEmpty else { return "" }
            return r.ratio(kind)?.value.map(show) ?? na
        }
        var flag = r.ratios.isEmpty ? "—" : state.text(.financeUI(.flag(r.flag)))
        if let year = r.atRiskYear { flag += " " + glyphs.conflictMark + String(year) }
        return [
            r.name, r.latest.map { String($0.year) } ?? "",
            value(.subsidyDependency) { f.percent($0) },
            value(.cashDays) { f.days($0.rounded()) },
            value(.equityRatio) { f.percent($0) }, value(.selfFinancing) { f.money($0) },
            glyphs.sparkline(r.years.map { $0[.result] }), flag,
        ]
    }

    /// Each ratio's cell in its flag's colour; the state in the worst one.
    static func role(_ r: FinanceRow, column: Int) -> Role? {
        let kinds: [Int: RatioKind] = [
            2: .subsidyDependency, 3: .cashDays, 4: .equityRatio, 5: .selfFinancing,
        ]
        if let kind = kinds[column] { return r.ratio(kind).map { role($0.flag) } ?? nil }
        if column == 7 { return r.atRiskYear != nil ? .error : role(r.flag) }
        return nil
    }

    static func role(_ flag: FinanceFlag) -> Role? {
        switch flag {
        case .green: .success
        case .orange: .warning
        case .red: .error
        case .unknown, .incomplete: .muted
        }
    }
}
