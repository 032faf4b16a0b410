import EssorCore
import EssorStore
import Foundation
import Synchronization

/// Makes the report on a background thread, over a connection of its
/// own: on a large programme the panel is drawn at once (« Calcul des
/// indicateurs… »), shows the figures when they are ready, then the
/// explanation lists. Each result is tagged with what it was asked for
/// (scope, period, store generation); one that no longer matches is
/// dropped.
final class ReportLoader: Sendable {
    struct Request: Equatable, Sendable {
        var scope: CohortID?
        var period: ReportPeriod
        var generation: Int
    }

    /// What has come since last asked, in order: the figures, then the
    /// report with its lists; nil for a report that could not be made
    /// (the controller then makes it itself).
    private let ready = Mutex<[(Request, IndicatorReport?)]>([])
    private let running = Mutex(0)

    func start(path: String, request: Request, now: Int64, clock: WallClock) {
        running.withLock { $0 += 1 }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            defer { running.withLock { $0 -= 1 } }
            guard let reader = try? Store.openReadOnly(path: path) else { return post(request, nil) }
            defer { try? reader.close() }
            let figures = try? reader.indicatorFigures(
                cohort: request.scope, period: request.period, now: now, clock: clock)
            post(request, figures)
            guard figures != nil else { return }
            post(
                request,
                (try? reader.indicatorFacts(
                    cohort: request.scope, period: request.period, now: now, clock: clock))
                    .map { IndicatorReport($0) })
        }
    }

    private func post(_ request: Request, _ report: IndicatorReport?) {
        ready.withLock { $0.append((request, report)) }
    }

    /// Whether a report is being made or waits to be taken.
    var isBusy: Bool { running.withLock { $0 } > 0 || ready.withLock { !$0.isEmpty } }

    /// The reports made since last asked.
    func take() -> [(Request, IndicatorReport?)] {
        ready.withLock { found in
            defer { found = [] }
            return found
        }
    }
}
