import EssorCore

/// The Rapport panel's keys: the period, the export, and opening an
/// organisation from an explanation.
enum ReportBindings {
    static let all: [KeyBinding] = list + detail

    static let previousQuarter = Command(
        "previous-quarter", { fr in tr("Period three months earlier", fr) }, hint: { fr in tr("period", fr) })
    static let nextQuarter = Command("next-quarter", { fr in tr("Period three months later", fr) })
    static let exportReport = Command(
        "export-report", { fr in tr("Export the report (Markdown, HTML, PDF)", fr) },
        hint: { fr in tr("export", fr) })
    static let openStructure = Command(
        "open-structure", { fr in tr("Open the organisation", fr) }, hint: { fr in tr("open", fr) })

    static let onStructure: KeyBinding.Condition = { state in
        if case .structureRecord? = state.selectedDetailKey { return true }
        return false
    }

    static let list: [KeyBinding] = [
        KeyBinding([.char("[")], previousQuarter, .report, hint: true) { $0.shiftReportPeriod(-1) },
        KeyBinding([.char("]")], nextQuarter, .report) { $0.shiftReportPeriod(1) },
        KeyBinding([.char("x")], exportReport, .report, hint: true) { _ in [.loadReportExport] },
    ]

    static let detail: [KeyBinding] = [
        KeyBinding(
            [.enter], openStructure, .reportDetail, hint: true, when: onStructure,
            whenHelp: .keyHelp(.onStructureLine)
        ) { $0.openReportStructure() }
    ]
}
