import EssorCore
import EssorStore
import Foundation
import Synchronization

/// Makes the report's explanation lists on a background thread, over a
/// connection of its own: on a large programme the panel shows the
/// figures at once and the lists when they are ready. A result is tagged
/// with what it was asked for (scope, period, store generation); one
/// that no longer matches is dropped.
final class ReportListsLoader: Sendable {
    struct Request: Equatable, Sendable {
        var scope: CohortID?
        var period: ReportPeriod
        var generation: Int
    }

    /// The report with its lists, or nil when it could not be made (the
    /// controller then makes it itself).
    private let ready = Mutex<(Request, IndicatorReport?)?>(nil)

    func start(path: String, request: Request, now: Int64, clock: WallClock) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            var report: IndicatorReport?
            if let reader = try? Store.openReadOnly(path: path) {
                report =
                    (try? reader.indicatorFacts(
                        cohort: request.scope, period: request.period, now: now, clock: clock)).map {
                        IndicatorReport($0)
                    }
                try? reader.close()
            }
            ready.withLock { $0 = (request, report) }
        }
    }

    /// The lists made since last asked.
    func take() -> (Request, IndicatorReport?)? {
        ready.withLock { found in
            defer { found = nil }
            return found
        }
    }
}
