/// One person's month as their timesheet prints it: a line per cohort (or
/// the operation's management) and task, the minutes of each day, the
/// totals, and what the month costs with its rule.
///
/// Cost of a `reel` person: each line's hours at the year's hourly rate,
/// rounded to the cent, summed (`HourlyRate.cost`). Of a `forfait`
/// person: the share of the annual cost, a twelfth a month
/// (`FixedShareCost`), whatever hours are entered.
public struct TimesheetMonth: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var cohortID: CohortID?
        public var task: String
        /// Minutes on each day of the month, from the 1st.
        public var days: [Int]
        public var total: Int { days.reduce(0, +) }
    }

    public let member: StaffMember
    public let month: YearMonth
    public let lines: [Line]

    /// `entries` of any people and days: those of `member` in `month` are
    /// kept; lines in `order` (cohort ids, nil for management; lines of
    /// cohorts not in it last), then by task in `tasks` order.
    public init(
        member: StaffMember, month: YearMonth, entries: [StaffTimeEntry], order: [CohortID?] = [],
        tasks: [String] = []
    ) {
        self.member = member
        self.month = month
        let count = month.days.count
        var lines: [Line] = []
        for entry in entries where entry.staffID == member.id && YearMonth(entry.date) == month {
            let index =
                lines.firstIndex { $0.cohortID == entry.cohortID && $0.task == entry.task }
                ?? {
                    lines.append(
                        Line(
                            cohortID: entry.cohortID, task: entry.task,
                            days: Array(repeating: 0, count: count)))
                    return lines.count - 1
                }()
            lines[index].days[entry.date.day - 1] += entry.minutes
        }
        func rank<T: Equatable>(_ value: T, in list: [T]) -> Int { list.firstIndex(of: value) ?? list.count }
        self.lines = lines.sorted {
            (rank($0.cohortID, in: order), rank($0.task, in: tasks), $0.task)
                < (rank($1.cohortID, in: order), rank($1.task, in: tasks), $1.task)
        }
    }

    /// Minutes of each day, all lines.
    public var dayTotals: [Int] {
        month.days.indices.map { day in lines.reduce(0) { $0 + $1.days[day] } }
    }

    public var total: Int { lines.reduce(0) { $0 + $1.total } }

    /// The rate of the month's year, when its cost is entered.
    public var rate: HourlyRate? { member.hourlyRate(month.year) }

    /// The cost of a line, in cents (`reel` only).
    public func cost(of line: Line) -> Int64? { rate?.cost(minutes: line.total) }

    /// What the month costs the operation, in cents; nil without the
    /// year's annual cost (or a `forfait` without its share).
    public var cost: Int64? {
        switch member.mode {
        case .actual:
            guard rate != nil else { return nil }
            return lines.reduce(0) { $0 + (cost(of: $1) ?? 0) }
        case .fixedShare:
            guard let annual = member.annualCost(month.year), let share = member.sharePercent else {
                return nil
            }
            return FixedShareCost.monthly(annualCost: annual, percent: share)
        }
    }

    /// Whether the mission letter covers the whole month (`forfait`).
    public var letterCoversMonth: Bool {
        !(member.letterFrom.map { month.first < $0 } ?? false)
            && !(member.letterTo.map { $0 < month.last } ?? false)
    }
}
