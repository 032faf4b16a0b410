import EssorCore
import EssorExchange
import EssorStore

/// The Rapport panel's effects: computing the indicators, writing the
/// report as documents.
extension AppController {
    func loadReport() throws -> Action {
        let figures = try store.indicatorFigures(
            cohort: state.scope, period: state.reportPeriod, now: state.now, clock: state.clock)
        guard figures.enterprises > reportListsInline else { return try reportWithLists() }
        reportLists.start(
            path: store.path, request: listsRequest, now: state.now, clock: state.clock)
        return .reportLoaded(figures)
    }

    func reportWithLists() throws -> Action {
        .reportLoaded(
            IndicatorReport(
                try store.indicatorFacts(
                    cohort: state.scope, period: state.reportPeriod, now: state.now, clock: state.clock)))
    }

    var listsRequest: ReportListsLoader.Request {
        .init(scope: state.scope, period: state.reportPeriod, generation: generation)
    }

    /// Shows the lists made in the background, if they are those of the
    /// report on screen; true when they arrived.
    func collectReportLists() -> Bool {
        guard let (request, report) = reportLists.take(), request == listsRequest,
            state.indicatorReport?.hasLists == false
        else { return false }
        do {
            dispatch(try report.map { .reportLoaded($0) } ?? reportWithLists())
        } catch {
            dispatch(.failed(Strings.describe(error, state.lang)))
        }
        return true
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
