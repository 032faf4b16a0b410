import EssorCore

/// The Rapport panel's reducer: moving its period, opening an
/// organisation from an explanation.
extension AppState {
    mutating func shiftReportPeriod(_ quarters: Int) -> [Effect] {
        setReportPeriod(reportPeriod.shifted(quarters: quarters))
    }

    mutating func setReportPeriod(_ period: ReportPeriod) -> [Effect] {
        reportPeriod = period
        indicatorReport = nil
        let f = format
        show(.reportUI(.period(from: f.date(period.from), to: f.date(period.to))))
        return panel == .report ? ensureCurrent() : switchTo(.report)
    }

    /// `:periode 01/01/2026 31/12/2026`: two dates, in order.
    mutating func setReportPeriod(text: String) -> [Effect] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else {
            show(.reportUI(.periodExpected), isError: true)
            return []
        }
        guard words.count == 2 else {
            show(.reportUI(.badPeriod(text)), isError: true)
            return []
        }
        if let word = words.first(where: { Validators.date($0) == nil }) {
            show(.reportUI(.periodNotADate(word)), isError: true)
            return []
        }
        let (from, to) = (Validators.date(words[0])!, Validators.date(words[1])!)
        switch ReportPeriod.problem(from: from, to: to) {
        case .reversed?: show(.reportUI(.periodReversed), isError: true)
        case .tooLong?: show(.reportUI(.periodTooLong(years: ReportPeriod.maximumYears)), isError: true)
        case nil: return setReportPeriod(ReportPeriod(from: from, to: to)!)
        }
        return []
    }

    /// Enter on an organisation in an explanation: its detail in
    /// Structures, whatever that list was filtered by; Escape comes back.
    mutating func openReportStructure() -> [Effect] {
        guard case .structureRecord(let id)? = selectedDetailKey else { return [] }
        panel = .structures
        returnPanel = .report
        if !current.filter.isEmpty { setFilter("") }
        select(.structures, id: id)
        current.focus = .detail
        return ensureCurrent()
    }
}
