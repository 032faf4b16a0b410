import EssorCore
import EssorExchange
import EssorStore
import Foundation

/// The Rapport panel's effects: computing the indicators, writing the
/// report as documents.
extension AppController {
    /// A report of up to `reportListsInline` structures is made at once
    /// with its lists; a larger one in the background, the panel drawn
    /// meanwhile (`ReportLoader`).
    func loadReport() throws -> Action {
        guard try store.structureCount(cohort: state.scope) > reportListsInline else {
            return try reportWithLists()
        }
        reportLoader.start(path: store.path, request: reportRequest, now: state.now, clock: state.clock)
        return .reportComing
    }

    func reportWithLists() throws -> Action {
        .reportLoaded(
            IndicatorReport(
                try store.indicatorFacts(
                    cohort: state.scope, period: state.reportPeriod, now: state.now, clock: state.clock)))
    }

    var reportRequest: ReportLoader.Request {
        .init(scope: state.scope, period: state.reportPeriod, generation: generation)
    }

    /// Shows what the background made for the report on screen: made in
    /// order (the figures, then the lists), the latest says it all; when
    /// it could not be made, the report is made here. True when something
    /// arrived.
    func collectReport() -> Bool {
        guard let (_, latest) = reportLoader.take().last(where: { $0.0 == reportRequest }) else {
            return false
        }
        do {
            dispatch(try latest.map { .reportLoaded($0) } ?? reportWithLists())
        } catch {
            dispatch(.failed(Strings.describe(error, state.lang)))
        }
        return true
    }

    /// Whether a report is being made in the background (the terminal
    /// then looks for it more often).
    public var reportPending: Bool { reportLoader.isBusy }

    /// Waits until the figures being made in the background are shown
    /// (for `essor snapshot`, which prints one frame with them).
    public func waitForReport() {
        while state.reportComing && reportLoader.isBusy {
            _ = collectReport()
            if state.reportComing { usleep(5_000) }
        }
    }

    /// The report shown, in Markdown, HTML and (with WeasyPrint) PDF,
    /// beside the other exports.
    func exportReport() -> Action {
        do {
            let report =
                try state.indicatorReport.flatMap { $0.hasLists ? $0 : nil }
                ?? IndicatorReport(
                    store.indicatorFacts(
                        cohort: state.scope, period: state.reportPeriod, now: state.now, clock: state.clock))
            let document = IndicatorReportDocument(
                report, programme: try store.programme(),
                scopeName: state.scope == nil ? nil : state.scopeName,
                lang: state.lang, now: state.now, clock: state.clock, templates: documentTemplates)
            let written = try DocumentSet.write(
                markdown: document.markdown(), html: document.html(), base: document.baseName,
                in: exportFolder,
                pdf: true)
            return .exported(written.paths, pdf: written.pdfProblem, templates: documentTemplates.problems)
        } catch {
            return .exportFailed(Strings.describe(error, state.lang))
        }
    }
}
