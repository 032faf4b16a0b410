/// The dates a report covers, both included.
public struct ReportPeriod: Hashable, Sendable, CustomStringConvertible {
    public let from: LocalDate
    public let to: LocalDate

    /// The longest period a report covers: a programme's years (an
    /// operational programme runs seven), not a millennium of empty months.
    public static let maximumYears = 20

    /// Why two dates make no period.
    public enum Problem: Equatable, Sendable {
        /// `to` is before `from`.
        case reversed
        /// `to` is `maximumYears` or more after `from`.
        case tooLong
    }

    public static func problem(from: LocalDate, to: LocalDate) -> Problem? {
        if to < from { return .reversed }
        return to < from.adding(months: 12 * maximumYears) ? nil : .tooLong
    }

    /// Nil when the dates have a `problem`.
    public init?(from: LocalDate, to: LocalDate) {
        guard Self.problem(from: from, to: to) == nil else { return nil }
        self.from = from
        self.to = to
    }

    /// The calendar year that holds `date`: the default period.
    public static func year(of date: LocalDate) -> ReportPeriod {
        ReportPeriod(
            from: LocalDate(year: date.year, month: 1, day: 1) ?? date,
            to: LocalDate(year: date.year, month: 12, day: 31) ?? date)!
    }

    public func contains(_ date: LocalDate) -> Bool { from <= date && date <= to }

    /// The period moved by `quarters` three-month steps, keeping its
    /// length in months: a period ending on a month's last day ends on
    /// the last day of the month it moves to (a year stays a year).
    public func shifted(quarters: Int) -> ReportPeriod {
        let months = quarters * 3
        let newFrom = from.adding(months: months)
        let endsMonth = to.day == LocalDate.daysIn(month: to.month, year: to.year)
        var newTo = to.adding(months: months)
        if endsMonth,
            let last = LocalDate(
                year: newTo.year, month: newTo.month,
                day: LocalDate.daysIn(month: newTo.month, year: newTo.year))
        {
            newTo = last
        }
        // (Days clamped at a month's end may make a period of the longest
        // length one day too long: it is cut to that length.)
        let longest = newFrom.adding(months: 12 * Self.maximumYears).adding(days: -1)
        return ReportPeriod(from: newFrom, to: min(max(newFrom, newTo), longest))!
    }

    /// The months the period touches, in order (for the charts).
    public var months: [LocalDate] {
        var out: [LocalDate] = []
        var month = LocalDate(year: from.year, month: from.month, day: 1) ?? from
        while month <= to, out.count < 1200 {
            out.append(month)
            month = month.adding(months: 1)
        }
        return out
    }

    public var description: String { "\(from.iso)..\(to.iso)" }
}
