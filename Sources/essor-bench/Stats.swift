import Foundation

/// Durations of repeated runs of one workload.
struct Samples {
    var values: [Double] = []  // milliseconds

    mutating func add(_ ms: Double) { values.append(ms) }

    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
        return sorted[Swift.min(Swift.max(0, rank), sorted.count - 1)]
    }

    var p50: Double { percentile(50) }
    var p95: Double { percentile(95) }
    var max: Double { values.max() ?? 0 }

    var summary: String {
        String(format: "p50 %.2f ms · p95 %.2f ms · max %.2f ms (%d runs)", p50, p95, max, values.count)
    }
}

/// Milliseconds `body` takes.
func measure(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

/// Peak resident memory of this process, in megabytes.
func peakRSS() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// One line of the report.
func report(_ label: String, _ value: String) {
    print("| \(label) | \(value) |")
    fflush(nil)
}
