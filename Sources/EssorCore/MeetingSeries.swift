/// How a series of meetings repeats.
public enum Recurrence: String, CaseIterable, Sendable, Codable {
    case none = "aucune"
    case weekly = "hebdomadaire"
    case biweekly = "quinzaine"
    /// The same weekday of the same week of each month (the third
    /// Thursday), as workshops are planned; a fifth weekday that a month
    /// does not have becomes that month's last.
    case monthly = "mensuelle"

    /// The dates of `count` occurrences from `first`.
    public func dates(from first: LocalDate, count: Int) -> [LocalDate] {
        guard count > 0 else { return [] }
        switch self {
        case .none: return [first]
        case .weekly: return (0..<count).map { first.adding(days: 7 * $0) }
        case .biweekly: return (0..<count).map { first.adding(days: 14 * $0) }
        case .monthly:
            let week = (first.day - 1) / 7
            return (0..<count).map { n in
                let month = LocalDate(year: first.year, month: first.month, day: 1)!.adding(months: n)
                var offset = (first.weekday - month.weekday + 7) % 7 + 7 * week
                let length = LocalDate.daysIn(month: month.month, year: month.year)
                while offset >= length { offset -= 7 }
                return month.adding(days: offset)
            }
        }
    }

    /// Most occurrences created at once.
    public static let maximumCount = 52
}
