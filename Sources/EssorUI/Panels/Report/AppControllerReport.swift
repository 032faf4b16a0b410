import EssorCore
import EssorExchange
import EssorStore

/// The Rapport panel's effects: computing the indicators, writing the
/// report as documents.
extension AppController {
    func loadReport() throws -> Action {
        let facts = try store.indicatorFacts(
            cohort: state.scope, period: state.reportPeriod, now: state.now, clock: state.clock)
        return .reportLoaded(IndicatorReport(facts))
    }

    /// The report shown, in Markdown, HTML and (with WeasyPrint) PDF,
    /// beside the other exports.
    func exportReport() -> Action {
        do {
            let report =
                try state.indicatorReport
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
