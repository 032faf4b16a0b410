/// Hours and staff costs of a period, as a payment claim states them: a
/// line per person, cohort (or the operation's management), task and
/// month, each with its hours, its rate and its cost, and the totals.
///
/// A `reel` line costs its hours at the rate of its year, rounded to the
/// cent (`HourlyRate`). A `forfait` person has one line per month (their
/// share of the annual cost, a twelfth a month), not split by cohort:
/// their hours, if any are entered, are shown but do not make the cost;
/// only whole months of the period, covered by the mission letter, count.
/// A flat rate of indirect costs, when the operation uses one (for
/// example 15 % of direct staff costs, Regulation (EU) 2021/1060,
/// art. 54(b)), is its own line, computed on the total, rounded to the
/// cent.
public struct StaffCostStatement: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var staffID: StaffID
        public var month: YearMonth
        /// nil with `isFixedShare`: the whole month.
        public var cohortID: CohortID?
        public var task: String
        public var minutes: Int
        /// The hourly rate in cents (`reel`), nil when its year's cost is
        /// missing.
        public var rateCents: Int64?
        /// The cost in cents; nil when it cannot be computed.
        public var cost: Int64?
        public var isFixedShare: Bool
        /// The share and the annual cost (`forfait`), for the formula.
        public var sharePercent: Double?
        public var annualCost: Double?
    }

    public let lines: [Line]
    /// The flat rate of indirect costs, in percent, if any.
    public let indirectRate: Double?

    /// `entries` of `members` from `from` to `to` (both included).
    public init(
        members: [StaffMember], entries: [StaffTimeEntry], from: LocalDate, to: LocalDate,
        indirectRate: Double? = nil
    ) {
        self.indirectRate = indirectRate
        var lines: [Line] = []
        let byID = Dictionary(members.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var grouped: [String: Int] = [:]
        for entry in entries.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) })
        where !(entry.date < from) && !(to < entry.date) {
            guard let member = byID[entry.staffID], member.mode == .actual else { continue }
            let month = YearMonth(entry.date)
            let key = "\(entry.staffID)|\(month.iso)|\(entry.cohortID.map(String.init) ?? "-")|\(entry.task)"
            if let index = grouped[key] {
                lines[index].minutes += entry.minutes
            } else {
                grouped[key] = lines.count
                lines.append(
                    Line(
                        staffID: entry.staffID, month: month, cohortID: entry.cohortID, task: entry.task,
                        minutes: entry.minutes,
                        rateCents: member.hourlyRate(month.year)?.cents, cost: nil, isFixedShare: false))
            }
        }
        for index in lines.indices {
            lines[index].cost = lines[index].rateCents.map {
                HourlyRate(cents: $0).cost(minutes: lines[index].minutes)
            }
        }
        // Fixed shares: each whole month of the period that the letter
        // covers.
        for member in members where member.mode == .fixedShare {
            var month = YearMonth(from)
            while !(YearMonth(to) < month) {
                let sheet = TimesheetMonth(member: member, month: month, entries: entries)
                let covered = !(month.first < from) && !(to < month.last) && sheet.letterCoversMonth
                if covered {
                    lines.append(
                        Line(
                            staffID: member.id, month: month, cohortID: nil, task: "", minutes: sheet.total,
                            rateCents: nil, cost: sheet.cost, isFixedShare: true,
                            sharePercent: member.sharePercent,
                            annualCost: member.annualCost(month.year)))
                }
                month = month.adding(months: 1)
            }
        }
        self.lines = lines
    }

    public var minutes: Int { lines.reduce(0) { $0 + ($1.isFixedShare ? 0 : $1.minutes) } }

    /// Direct staff costs, in cents (the lines that could be computed).
    public var directCost: Int64 { lines.reduce(0) { $0 + ($1.cost ?? 0) } }

    /// Lines whose cost is missing (a year without its annual cost).
    public var uncosted: [Line] { lines.filter { $0.cost == nil } }

    /// The flat rate's amount, in cents.
    public var indirectCost: Int64? {
        indirectRate.map { Int64((Double(directCost) * $0 / 100).rounded(.toNearestOrAwayFromZero)) }
    }
}

extension HourlyRate {
    /// A rate known by its cents (a statement's line).
    init(cents: Int64) {
        self.init(annualCost: Double(cents) * Double(Self.annualHours) / 100)
    }
}
