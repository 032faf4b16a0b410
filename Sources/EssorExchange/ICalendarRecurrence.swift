import EssorCore

/// A repeating event's rule (RFC 5545 §3.3.10, `RRULE`), as calendar
/// applications write them: `FREQ` daily, weekly, monthly or yearly,
/// `INTERVAL`, `COUNT`, `UNTIL`, `BYDAY` (with an ordinal in a month or a
/// year: `2TU`, `-1FR`), `BYMONTHDAY` (negative from the month's end),
/// `BYMONTH`, `WKST`. Anything else (`BYSETPOS`, `BYWEEKNO`, hourly
/// rules…) is refused by name rather than expanded wrongly.
///
/// Expansion works on the days of the event's own time zone: a meeting
/// every Tuesday at 10:00 in Paris stays at 10:00 across the change of
/// time.
public struct RecurrenceRule: Equatable, Sendable {
    public enum Frequency: String, Sendable {
        case daily = "DAILY"
        case weekly = "WEEKLY"
        case monthly = "MONTHLY"
        case yearly = "YEARLY"
    }

    /// Where the repetition stops: the last day (a DATE), or the last
    /// instant (a DATE-TIME, in UTC or in the event's zone).
    public enum Until: Equatable, Sendable {
        case day(LocalDate)
        case instant(Int64)
        case local(LocalDate, seconds: Int)
    }

    public struct Weekday: Equatable, Sendable {
        /// In a month or a year: the 2nd (2), the last (-1); nil: every.
        public var ordinal: Int?
        /// ISO: 1 Monday … 7 Sunday.
        public var day: Int
    }

    public var frequency: Frequency
    public var interval = 1
    public var count: Int?
    public var until: Until?
    public var byDay: [Weekday] = []
    public var byMonthDay: [Int] = []
    public var byMonth: [Int] = []
    public var weekStart = 1

    /// Occurrences a rule may give, at most: a year of daily meetings.
    public static let maximumOccurrences = 400
    /// How far a rule without end is expanded, in days after its start.
    public static let openHorizonDays = 730

    static let weekdays = ["MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7]

    /// The rule of `text`, or the part that essor does not read.
    public static func parse(_ text: String) -> Result<RecurrenceRule, ParseFailure> {
        var parts: [String: String] = [:]
        for part in text.split(separator: ";") where !part.isEmpty {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { return .failure(ParseFailure(part: String(part))) }
            parts[pair[0].uppercased()] = pair[1].uppercased()
        }
        guard let frequency = parts["FREQ"].flatMap(Frequency.init(rawValue:)) else {
            return .failure(ParseFailure(part: "FREQ=" + (parts["FREQ"] ?? "")))
        }
        var rule = RecurrenceRule(frequency: frequency)
        for (key, value) in parts {
            let failure = ParseFailure(part: key + "=" + value)
            switch key {
            case "FREQ": continue
            case "INTERVAL":
                guard let n = Int(value), (1...1000).contains(n) else { return .failure(failure) }
                rule.interval = n
            case "COUNT":
                guard let n = Int(value), n >= 1 else { return .failure(failure) }
                rule.count = min(n, maximumOccurrences + 1)
            case "UNTIL":
                guard let until = Self.until(value) else { return .failure(failure) }
                rule.until = until
            case "BYDAY":
                var days: [Weekday] = []
                for item in value.split(separator: ",") {
                    let code = String(item.suffix(2))
                    let prefix = String(item.dropLast(2))
                    guard let day = weekdays[code] else { return .failure(failure) }
                    if prefix.isEmpty || prefix == "+" {
                        days.append(Weekday(ordinal: nil, day: day))
                    } else if let n = Int(prefix), n != 0, (-53...53).contains(n),
                        frequency == .monthly || frequency == .yearly
                    {
                        days.append(Weekday(ordinal: n, day: day))
                    } else {
                        return .failure(failure)
                    }
                }
                rule.byDay = days
            case "BYMONTHDAY":
                let days = value.split(separator: ",").compactMap { Int($0) }
                guard days.count == value.split(separator: ",").count,
                    days.allSatisfy({ $0 != 0 && (-31...31).contains($0) })
                else { return .failure(failure) }
                rule.byMonthDay = days
            case "BYMONTH":
                let months = value.split(separator: ",").compactMap { Int($0) }
                guard months.count == value.split(separator: ",").count, months.allSatisfy((1...12).contains)
                else { return .failure(failure) }
                rule.byMonth = months
            case "WKST":
                guard let day = weekdays[value] else { return .failure(failure) }
                rule.weekStart = day
            default:
                return .failure(failure)
            }
        }
        return .success(rule)
    }

    public struct ParseFailure: Error, Equatable, Sendable {
        public var part: String
    }

    /// `20270630`, `20270630T220000Z` or `20270630T220000`.
    static func until(_ value: String) -> Until? {
        guard let (date, time, utc) = ICalendarParser.compact(value) else { return nil }
        guard let seconds = time else { return .day(date) }
        if utc { return .instant(Int64(date.daysSinceEpoch) * 86_400 + Int64(seconds)) }
        return .local(date, seconds: seconds)
    }

    /// The days of the occurrences from `start` on (the first is `start`
    /// itself, as RFC 5545 counts it), up to the rule's end, the horizon
    /// of an open rule, or `maximumOccurrences`. `timeOfDay` (seconds
    /// after midnight) and `instant` (a day's occurrence as an instant)
    /// compare an occurrence with a DATE-TIME `UNTIL`. `capped`: whether
    /// the rule had more than essor expanded.
    public func days(
        from start: LocalDate, timeOfDay: Int, instant: (LocalDate) -> Int64
    ) -> (days: [LocalDate], capped: Bool) {
        var result: [LocalDate] = [start]
        let horizon = start.adding(days: Self.openHorizonDays)
        func beyond(_ day: LocalDate) -> Bool {
            switch until {
            case .day(let last): return day > last
            case .instant(let last): return instant(day) > last
            case .local(let last, let seconds): return day > last || (day == last && timeOfDay > seconds)
            case nil: return false
            }
        }
        var period = 0
        // Enough periods for a rule that matches rarely (29 February).
        while period < 4_000 {
            let candidates = self.candidates(period: period, start: start)
            period += 1
            for day in candidates where day > start {
                if beyond(day) { return (result, false) }
                if until == nil && count == nil && day > horizon { return (result, true) }
                if let count, result.count >= count { return (result, false) }
                if result.count >= Self.maximumOccurrences { return (result, true) }
                result.append(day)
            }
            // No meeting after 2199, whatever the rule.
            let step = period * interval
            let years: Int
            switch frequency {
            case .daily: years = step / 366
            case .weekly: years = step / 53
            case .monthly: years = step / 12
            case .yearly: years = step
            }
            if start.year + years > 2199 { break }
        }
        return (result, false)
    }

    /// The days a period (the `period`-th day, week, month or year of the
    /// rule, counted in steps of `interval`) gives, in order.
    func candidates(period: Int, start: LocalDate) -> [LocalDate] {
        let step = period * interval
        switch frequency {
        case .daily:
            let day = start.adding(days: step)
            return matchesFilters(day) ? [day] : []
        case .weekly:
            // The week (from WKST) that holds the start, then every interval.
            let offset = (start.weekday - weekStart + 7) % 7
            let weekFirst = start.adding(days: -offset + 7 * step)
            let wanted = byDay.isEmpty ? [start.weekday] : byDay.map(\.day)
            return (0..<7).map { weekFirst.adding(days: $0) }.filter {
                wanted.contains($0.weekday) && (byMonth.isEmpty || byMonth.contains($0.month))
            }
        case .monthly:
            let first = LocalDate(year: start.year, month: start.month, day: 1)!.adding(months: step)
            guard byMonth.isEmpty || byMonth.contains(first.month) else { return [] }
            return daysOfMonth(first.year, first.month, defaultDay: start.day)
        case .yearly:
            let year = start.year + step
            let months = byMonth.isEmpty ? [start.month] : byMonth.sorted()
            if byMonth.isEmpty && !byDay.isEmpty && byMonthDay.isEmpty {
                // BYDAY in a year without BYMONTH: the weekdays of the whole year.
                let every = (1...12).flatMap { month in
                    weekdaysOfMonth(year, month).filter { day in
                        byDay.contains { $0.ordinal == nil && $0.day == day.weekday }
                    }
                }
                return Array(Set(every + yearOrdinals(year))).sorted()
            }
            return months.flatMap { daysOfMonth(year, $0, defaultDay: start.day) }.sorted()
        }
    }

    func matchesFilters(_ day: LocalDate) -> Bool {
        (byMonth.isEmpty || byMonth.contains(day.month))
            && (byDay.isEmpty || byDay.contains { $0.day == day.weekday })
            && (byMonthDay.isEmpty || byMonthDay.contains { resolve($0, day.year, day.month) == day.day })
    }

    /// A month day counted from the end (`-1`: the last) as a day number.
    func resolve(_ monthDay: Int, _ year: Int, _ month: Int) -> Int? {
        let length = LocalDate.daysIn(month: month, year: year)
        let day = monthDay > 0 ? monthDay : length + 1 + monthDay
        return (1...length).contains(day) ? day : nil
    }

    func weekdaysOfMonth(_ year: Int, _ month: Int) -> [LocalDate] {
        (1...LocalDate.daysIn(month: month, year: year)).compactMap {
            LocalDate(year: year, month: month, day: $0)
        }
    }

    /// The days of one month the rule gives: its BYMONTHDAY and BYDAY
    /// (both: the days that are both), else the start's day of the month
    /// (a month without it gives none, as RFC 5545 says).
    func daysOfMonth(_ year: Int, _ month: Int, defaultDay: Int) -> [LocalDate] {
        let all = weekdaysOfMonth(year, month)
        var days: [LocalDate]
        if !byDay.isEmpty {
            days = all.filter { day in
                byDay.contains { weekday in
                    guard weekday.day == day.weekday else { return false }
                    guard let ordinal = weekday.ordinal else { return true }
                    let same = all.filter { $0.weekday == weekday.day }
                    let index = ordinal > 0 ? ordinal - 1 : same.count + ordinal
                    return same.indices.contains(index) && same[index] == day
                }
            }
            if !byMonthDay.isEmpty {
                days = days.filter { day in byMonthDay.contains { resolve($0, year, month) == day.day } }
            }
        } else if !byMonthDay.isEmpty {
            days = byMonthDay.compactMap { resolve($0, year, month) }.compactMap {
                LocalDate(year: year, month: month, day: $0)
            }
        } else {
            days = LocalDate(year: year, month: month, day: defaultDay).map { [$0] } ?? []
        }
        return Array(Set(days)).sorted()
    }

    /// `BYDAY=20MO` in a yearly rule without BYMONTH: the 20th Monday of
    /// the year.
    func yearOrdinals(_ year: Int) -> [LocalDate] {
        let all = (1...12).flatMap { weekdaysOfMonth(year, $0) }
        return byDay.compactMap { weekday -> LocalDate? in
            guard let ordinal = weekday.ordinal else { return nil }
            let same = all.filter { $0.weekday == weekday.day }
            let index = ordinal > 0 ? ordinal - 1 : same.count + ordinal
            return same.indices.contains(index) ? same[index] : nil
        }
    }
}
