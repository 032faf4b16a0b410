/// What is wrong, or worth a look, with an entry of time. Refusals keep it
/// out of the store; warnings are shown with it and saved.
public enum TimesheetIssue: Equatable, Sendable {
    /// No time (0 h): nothing to record.
    case noTime
    /// More than 24 hours in one day, with this entry.
    case dayOverLimit(minutes: Int)
    /// Before or after the person's contract.
    case outsideContract(from: LocalDate?, to: LocalDate?)
    /// The month's timesheet is signed: it must be reopened first.
    case signedMonth(YearMonth)
    /// A task that is not in the programme's list.
    case unknownTask(String)
    /// More than 10 hours in one day, with this entry.
    case longDay(minutes: Int)
    /// More than 48 hours in the week, with this entry.
    case longWeek(minutes: Int, week: ISOWeek)
    /// A Saturday or a Sunday (`weekday` 6 or 7).
    case weekend(weekday: Int)
    /// A public holiday.
    case holiday(FrenchHolidays.Holiday)
    /// More hours in the calendar year than the 1 720 the hourly rate is
    /// computed on.
    case yearOverRateHours(minutes: Int, year: Int)
    /// A day still to come.
    case inFuture
    /// A day outside the period of the cohort the time is for.
    case outsideCohort(start: LocalDate, end: LocalDate)
    /// A person on a fixed share: their hours are kept but do not make
    /// their cost (the mission letter's share does).
    case fixedShare

    public var isRefusal: Bool {
        switch self {
        case .noTime, .dayOverLimit, .outsideContract, .signedMonth, .unknownTask: true
        case .longDay, .longWeek, .weekend, .holiday, .yearOverRateHours, .inFuture, .fixedShare,
            .outsideCohort:
            false
        }
    }
}

/// The rules of a timesheet, checked wherever time is entered (the Temps
/// panel, `essor temps add`): no more than 24 hours a day (refused), 10
/// hours a day and 48 hours a week (the maximum working times of the Code
/// du travail, art. L3121-18 and L3121-20: warned), weekends and public
/// holidays flagged, nothing outside the contract or in a signed month.
public enum TimesheetRules {
    public static let dayLimitMinutes = 24 * 60
    public static let longDayMinutes = 10 * 60
    public static let longWeekMinutes = 48 * 60
    public static let yearMinutes = HourlyRate.annualHours * 60

    /// The issues of `entry` among the person's `others` (their other
    /// entries of at least the same calendar year and ISO week; an entry
    /// with the same id is the one being replaced and is left out).
    public static func issues(
        of entry: StaffTimeEntry, member: StaffMember, others: [StaffTimeEntry], signed: Set<YearMonth>,
        tasks: [String], today: LocalDate? = nil, cohortPeriod: ClosedRange<LocalDate>? = nil
    ) -> [TimesheetIssue] {
        var issues: [TimesheetIssue] = []
        let others = others.filter { $0.staffID == entry.staffID && ($0.id != entry.id || entry.id == 0) }
        if entry.minutes <= 0 { issues.append(.noTime) }
        if signed.contains(YearMonth(entry.date)) { issues.append(.signedMonth(YearMonth(entry.date))) }
        if !member.isUnderContract(on: entry.date) {
            issues.append(.outsideContract(from: member.contractFrom, to: member.contractTo))
        }
        if !tasks.contains(entry.task) { issues.append(.unknownTask(entry.task)) }
        let day = others.filter { $0.date == entry.date }.reduce(entry.minutes) { $0 + $1.minutes }
        if day > dayLimitMinutes {
            issues.append(.dayOverLimit(minutes: day))
        } else if day > longDayMinutes {
            issues.append(.longDay(minutes: day))
        }
        let week = ISOWeek(containing: entry.date)
        let weekly = others.filter { ISOWeek(containing: $0.date) == week }.reduce(entry.minutes) {
            $0 + $1.minutes
        }
        if weekly > longWeekMinutes { issues.append(.longWeek(minutes: weekly, week: week)) }
        if entry.date.weekday >= 6 { issues.append(.weekend(weekday: entry.date.weekday)) }
        if let holiday = FrenchHolidays.holiday(on: entry.date) { issues.append(.holiday(holiday)) }
        let yearly = others.filter { $0.date.year == entry.date.year }.reduce(entry.minutes) {
            $0 + $1.minutes
        }
        if yearly > yearMinutes { issues.append(.yearOverRateHours(minutes: yearly, year: entry.date.year)) }
        if let today, today < entry.date { issues.append(.inFuture) }
        if let period = cohortPeriod, !period.contains(entry.date) {
            issues.append(.outsideCohort(start: period.lowerBound, end: period.upperBound))
        }
        if member.mode == .fixedShare { issues.append(.fixedShare) }
        return issues
    }

    /// Whether a day is worked as a rule (not a weekend, not a holiday):
    /// the grid and the sheets shade the others.
    public static func isWorkingDay(_ date: LocalDate) -> Bool {
        date.weekday < 6 && FrenchHolidays.holiday(on: date) == nil
    }
}
