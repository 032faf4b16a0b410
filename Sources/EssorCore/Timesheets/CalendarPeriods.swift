/// A calendar month (`2026-11`): the unit a timesheet is signed for.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    public init(_ date: LocalDate) {
        year = date.year
        month = date.month
    }

    /// `AAAA-MM` (as stored and typed), or `MM/AAAA`.
    public init?(text: String) {
        let t = text.trimmingSpaces
        let parts = t.split(omittingEmptySubsequences: false, whereSeparator: { "-/.".contains($0) })
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
            return nil
        }
        let (y, m) = parts[0].count == 4 ? (parts[0], parts[1]) : (parts[1], parts[0])
        guard y.count == 4, (1...2).contains(m.count), let year = Int(y), let month = Int(m) else {
            return nil
        }
        self.init(year: year, month: month)
    }

    public var first: LocalDate { LocalDate(year: year, month: month, day: 1)! }
    public var last: LocalDate {
        LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))!
    }
    public var days: [LocalDate] { (0..<LocalDate.daysIn(month: month, year: year)).map(first.adding(days:)) }
    public func adding(months: Int) -> YearMonth { YearMonth(first.adding(months: months)) }

    public var iso: String { "\(LocalDate.pad(year, 4))-\(LocalDate.pad(month, 2))" }
    public var description: String { iso }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

/// An ISO 8601 week (`2026-W49`): Monday to Sunday, week 1 holding the
/// year's first Thursday.
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Its Monday.
    public let monday: LocalDate

    public init(containing date: LocalDate) { monday = date.adding(days: 1 - date.weekday) }

    public init?(year: Int, week: Int) {
        guard (1...9998).contains(year), (1...53).contains(week),
            let january4 = LocalDate(year: year, month: 1, day: 4)
        else { return nil }
        let first = ISOWeek(containing: january4).monday
        let week = ISOWeek(containing: first.adding(days: 7 * (week - 1)))
        guard week.year == year else { return nil }
        self = week
    }

    /// `2026-W49`, `2026-w49`, `2026W49`, `W49` (with `year`), or a day
    /// of the week (through `DateReader`).
    public init?(text: String, today: LocalDate) {
        let t = text.trimmingSpaces.uppercased()
        if let w = t.firstIndex(of: "W") {
            var yearPart = t[..<w]
            if yearPart.hasSuffix("-") { yearPart = yearPart.dropLast() }
            let weekPart = t[t.index(after: w)...]
            guard (1...2).contains(weekPart.count), weekPart.allSatisfy(\.isASCIIDigit),
                let week = Int(weekPart)
            else { return nil }
            let year = yearPart.isEmpty ? ISOWeek(containing: today).year : Int(yearPart)
            guard let year, yearPart.isEmpty || yearPart.count == 4 else { return nil }
            self.init(year: year, week: week)
        } else if let day = DateReader.read(text, today: today) {
            self.init(containing: day)
        } else {
            return nil
        }
    }

    public var days: [LocalDate] { (0..<7).map(monday.adding(days:)) }
    public var sunday: LocalDate { monday.adding(days: 6) }
    /// The ISO year: the year of its Thursday.
    public var year: Int { monday.adding(days: 3).year }
    public var number: Int {
        let thursday = monday.adding(days: 3)
        let january1 = LocalDate(year: thursday.year, month: 1, day: 1)!
        return (thursday.daysSinceEpoch - january1.daysSinceEpoch) / 7 + 1
    }
    public func adding(weeks: Int) -> ISOWeek { ISOWeek(containing: monday.adding(days: 7 * weeks)) }

    public var description: String { "\(LocalDate.pad(year, 4))-W\(LocalDate.pad(number, 2))" }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { lhs.monday < rhs.monday }
}
