import Testing

@testable import EssorCore

/// Staff time: public holidays, ISO weeks, hours as typed, the hourly rate
/// and the rules of a timesheet, each figure worked by hand.
@Suite struct TimesheetTests {
    static func day(_ text: String) -> LocalDate { LocalDate.parseISO(text)! }

    @Test(arguments: [
        (2008, "2008-03-23"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"),
        (2026, "2026-04-05"), (2027, "2027-03-28"), (2038, "2038-04-25"), (2285, "2285-03-22"),
    ])
    func easterSunday(year: Int, expected: String) {
        #expect(FrenchHolidays.easter(year) == Self.day(expected))
    }

    /// Easter Monday, Ascension (Easter + 39) and Whit Monday (Easter + 50),
    /// from the published calendars.
    @Test(arguments: [
        (2025, "2025-04-21", "2025-05-29", "2025-06-09"),
        (2026, "2026-04-06", "2026-05-14", "2026-05-25"),
        (2027, "2027-03-29", "2027-05-06", "2027-05-17"),
        (2028, "2028-04-17", "2028-05-25", "2028-06-05"),
    ])
    func theHolidaysThatFollowEaster(year: Int, monday: String, ascension: String, whit: String) {
        #expect(FrenchHolidays.holiday(on: Self.day(monday)) == .easterMonday)
        #expect(FrenchHolidays.holiday(on: Self.day(ascension)) == .ascension)
        #expect(FrenchHolidays.holiday(on: Self.day(whit)) == .whitMonday)
        #expect(FrenchHolidays.holidays(of: year).count == 11)
    }

    @Test func fixedHolidaysAndOrdinaryDays() {
        #expect(FrenchHolidays.holiday(on: Self.day("2026-11-11")) == .armistice)
        #expect(FrenchHolidays.holiday(on: Self.day("2026-07-14")) == .bastilleDay)
        #expect(FrenchHolidays.holiday(on: Self.day("2026-05-08")) == .victory1945)
        #expect(FrenchHolidays.holiday(on: Self.day("2026-12-03")) == nil)
        // Easter Sunday itself is a Sunday, not a holiday of its own.
        #expect(FrenchHolidays.holiday(on: Self.day("2026-04-05")) == nil)
        #expect(FrenchHolidays.Holiday.easterMonday.name(true) == "Lundi de Pâques")
        #expect(!TimesheetRules.isWorkingDay(Self.day("2026-12-05")))
        #expect(TimesheetRules.isWorkingDay(Self.day("2026-12-04")))
    }

    @Test func isoWeeks() {
        let week = ISOWeek(containing: Self.day("2026-12-03"))
        #expect(week.description == "2026-W49")
        #expect(week.monday == Self.day("2026-11-30"))
        // 2026 begins on a Thursday: it has a week 53, which holds 1 January 2027.
        #expect(ISOWeek(containing: Self.day("2027-01-01")).description == "2026-W53")
        #expect(ISOWeek(year: 2026, week: 53)?.monday == Self.day("2026-12-28"))
        #expect(ISOWeek(year: 2027, week: 53) == nil)
        #expect(ISOWeek(containing: Self.day("2027-01-04")).description == "2027-W01")
        let today = Self.day("2026-12-04")
        #expect(ISOWeek(text: "2026-W49", today: today) == week)
        #expect(ISOWeek(text: "2026w49", today: today) == week)
        #expect(ISOWeek(text: "W49", today: today) == week)
        #expect(ISOWeek(text: "03/12/2026", today: today) == week)
        #expect(ISOWeek(text: "2026-W60", today: today) == nil)
        #expect(ISOWeek(text: "semaine", today: today) == nil)
        #expect(week.adding(weeks: 5).description == "2027-W01")
        #expect(YearMonth(text: "2026-11")?.last == Self.day("2026-11-30"))
        #expect(YearMonth(text: "11/2026") == YearMonth(year: 2026, month: 11))
        #expect(YearMonth(text: "2026-13") == nil)
        #expect(YearMonth(text: "2026") == nil)
    }

    @Test(arguments: [
        ("3,5", 210), ("3.5", 210), ("7", 420), ("3h30", 210), ("3 h 30", 210), ("0h45", 45),
        ("45 min", 45), ("1,5 h", 90), ("24", 1440), ("0", 0), ("0,25", 15),
    ])
    func hoursAsTyped(text: String, minutes: Int) throws {
        #expect(try NumberReader.workMinutes(text).get() == minutes)
    }

    @Test func hoursRefused() {
        #expect(NumberReader.workMinutes("0,33") == .failure(.finerThanMinute))
        #expect(NumberReader.workMinutes("25") == .failure(.outOfRange(0...24)))
        #expect(NumberReader.workMinutes("-1") == .failure(.outOfRange(0...24)))
        #expect(NumberReader.workMinutes("1e300") == .failure(.outOfRange(0...24)))
        #expect(NumberReader.workMinutes("trois") == .failure(.notANumber))
        // Written as a duration, a day and a minute is too long, not unreadable.
        #expect(NumberReader.workMinutes("24h01") == .failure(.outOfRange(0...24)))
        #expect(NumberReader.workMinutes("26 h 30") == .failure(.outOfRange(0...24)))
        #expect(NumberReader.workMinutes("24h") == .success(1_440))
        #expect(NumberReader.workMinutes("2h75") == .failure(.notANumber))
        #expect(NumberReader.workMinutes("nan") == .failure(.notANumber))
    }

    /// 48 000 € a year: 48 000 / 1 720 = 27,906… → 27,91 € an hour;
    /// 3h30 cost 3,5 × 27,91 = 97,685 → 97,69 €.
    @Test func theHourlyRateAndACost() {
        let rate = HourlyRate(annualCost: 48_000)
        #expect(rate.cents == 2_791)
        #expect(rate.cost(minutes: 210) == 9_769)
        #expect(rate.cost(minutes: 0) == 0)
        // 41 280 € is exactly 24 € an hour; 7h45 cost 186 €.
        #expect(HourlyRate(annualCost: 41_280).cost(minutes: 465) == 18_600)
        // A fixed 40 % of 45 000 € a year is 1 500 € a month.
        #expect(FixedShareCost.monthly(annualCost: 45_000, percent: 40) == 150_000)
        let member = StaffMember(name: "Claire", costs: [StaffCost(year: 2026, annualCost: 48_000)])
        #expect(member.hourlyRate(2026)?.euros == 27.91)
        #expect(member.hourlyRate(2027) == nil)
    }

    static let claire = StaffMember(
        id: 1, name: "Claire Martin", contractFrom: day("2026-09-01"), contractTo: day("2027-08-31"),
        costs: [StaffCost(year: 2026, annualCost: 48_000)])

    static func entry(_ date: String, _ minutes: Int, id: StaffTimeID = 0, task: String = "animation")
        -> StaffTimeEntry
    {
        StaffTimeEntry(id: id, staffID: 1, date: day(date), minutes: minutes, cohortID: 1, task: task)
    }

    static func issues(_ entry: StaffTimeEntry, _ others: [StaffTimeEntry] = [], signed: Set<YearMonth> = [])
        -> [TimesheetIssue]
    {
        TimesheetRules.issues(
            of: entry, member: claire, others: others, signed: signed, tasks: TimeTask.defaults.map(\.code))
    }

    @Test func anOrdinaryDayHasNoIssue() {
        #expect(Self.issues(Self.entry("2026-12-03", 420)).isEmpty)
    }

    @Test func theDayAndTheWeek() {
        // 6 h + 4h30 = 10h30 on Thursday: over 10 h, warned.
        let thursday = [Self.entry("2026-12-03", 360, id: 7)]
        #expect(Self.issues(Self.entry("2026-12-03", 270), thursday) == [.longDay(minutes: 630)])
        // 20 h + 5 h = 25 h: refused.
        let long = [Self.entry("2026-12-03", 1200, id: 7)]
        #expect(Self.issues(Self.entry("2026-12-03", 300), long) == [.dayOverLimit(minutes: 1500)])
        #expect(Self.issues(Self.entry("2026-12-03", 300), long).contains { $0.isRefusal })
        // Replacing entry 7 by 5 h leaves 5 h that day.
        #expect(Self.issues(Self.entry("2026-12-03", 300, id: 7), long).isEmpty)
        // Four days of 10 h, then 9 h on Friday: 49 h in week 49.
        let week = ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03"].enumerated().map {
            Self.entry($0.element, 600, id: StaffTimeID($0.offset + 1))
        }
        let week49 = ISOWeek(containing: Self.day("2026-12-04"))
        #expect(Self.issues(Self.entry("2026-12-04", 540), week) == [.longWeek(minutes: 2940, week: week49)])
        // The Monday after starts another week.
        #expect(Self.issues(Self.entry("2026-12-07", 540), week).isEmpty)
    }

    @Test func weekendsHolidaysContractAndSignedMonths() {
        #expect(Self.issues(Self.entry("2026-12-05", 120)) == [.weekend(weekday: 6)])
        #expect(Self.issues(Self.entry("2026-11-11", 120)) == [.holiday(.armistice)])
        #expect(Self.issues(Self.entry("2026-12-25", 60)) == [.holiday(.christmas)])
        let before = Self.issues(Self.entry("2026-08-31", 60))
        #expect(before == [.outsideContract(from: Self.day("2026-09-01"), to: Self.day("2027-08-31"))])
        #expect(before.allSatisfy { $0.isRefusal })
        let november = YearMonth(year: 2026, month: 11)!
        #expect(Self.issues(Self.entry("2026-11-30", 60), signed: [november]) == [.signedMonth(november)])
        #expect(Self.issues(Self.entry("2026-12-01", 60), signed: [november]).isEmpty)
        #expect(Self.issues(Self.entry("2026-12-03", 0)) == [.noTime])
        #expect(Self.issues(Self.entry("2026-12-03", 60, task: "sieste")) == [.unknownTask("sieste")])
    }

    @Test func aDayOutsideTheCohortsPeriodIsKeptAndSaid() {
        let period = Self.day("2026-09-25")...Self.day("2027-03-24")
        func issues(_ date: String) -> [TimesheetIssue] {
            TimesheetRules.issues(
                of: Self.entry(date, 60), member: Self.claire, others: [], signed: [],
                tasks: TimeTask.defaults.map(\.code), cohortPeriod: period)
        }
        #expect(issues("2026-09-25").isEmpty)
        #expect(issues("2027-03-24").isEmpty)
        let outside = issues("2026-09-24")
        #expect(outside == [.outsideCohort(start: period.lowerBound, end: period.upperBound)])
        #expect(!outside.contains { $0.isRefusal })
    }

    @Test func moreHoursInAYearThanTheRateCounts() {
        // 1 719 h already in 2026 (one entry per day is not needed to count).
        let year = (0..<1_719).map { Self.entry("2026-10-01", 60, id: StaffTimeID($0 + 1)) }
        let issues = Self.issues(Self.entry("2026-12-03", 90), year)
        #expect(issues.contains(.yearOverRateHours(minutes: 1_720 * 60 + 30, year: 2026)))
        #expect(!issues.contains { $0.isRefusal })
    }
}

/// A month's timesheet and a period's statement, worked by hand.
@Suite struct StaffCostTests {
    static func day(_ text: String) -> LocalDate { LocalDate.parseISO(text)! }
    static let claire = StaffMember(id: 1, name: "Claire", costs: [StaffCost(year: 2026, annualCost: 48_000)])
    static let sophie = StaffMember(
        id: 2, name: "Sophie", mode: .fixedShare, sharePercent: 40, letterFrom: day("2026-01-01"),
        letterTo: day("2026-11-30"), costs: [StaffCost(year: 2026, annualCost: 36_000)])
    static let paul = StaffMember(id: 3, name: "Paul")

    static var entries: [StaffTimeEntry] {
        [
            StaffTimeEntry(
                id: 1, staffID: 1, date: day("2026-11-02"), minutes: 210, cohortID: 7, task: "animation"),
            StaffTimeEntry(
                id: 2, staffID: 1, date: day("2026-11-09"), minutes: 210, cohortID: 7, task: "animation"),
            StaffTimeEntry(
                id: 3, staffID: 1, date: day("2026-11-09"), minutes: 100, cohortID: nil,
                task: "administration"),
            StaffTimeEntry(
                id: 4, staffID: 1, date: day("2026-12-01"), minutes: 60, cohortID: 7, task: "animation"),
            StaffTimeEntry(
                id: 5, staffID: 3, date: day("2026-11-03"), minutes: 60, cohortID: 7, task: "animation"),
        ]
    }

    /// November: 7h on cohort 7 (2 × 3h30) and 1h40 of management.
    /// 7 × 27,91 = 195,37 €; 1h40 = 100 min × 27,91 / 60 = 46,5166… → 46,52 €;
    /// the month 241,89 €.
    @Test func aMonthOfTimesheet() {
        let month = TimesheetMonth(
            member: Self.claire, month: YearMonth(year: 2026, month: 11)!, entries: Self.entries,
            order: [7, nil],
            tasks: ["animation", "administration"])
        #expect(month.lines.map(\.total) == [420, 100])
        #expect(month.lines[0].days[1] == 210 && month.lines[0].days[8] == 210)
        #expect(month.dayTotals[8] == 310)
        #expect(month.total == 520)
        #expect(month.lines.map { month.cost(of: $0) } == [19_537, 4_652])
        #expect(month.cost == 24_189)
        // 36 000 € × 40 % / 12 = 1 200 €, whatever hours.
        let fixed = TimesheetMonth(member: Self.sophie, month: YearMonth(year: 2026, month: 11)!, entries: [])
        #expect(fixed.cost == 120_000 && fixed.letterCoversMonth)
        #expect(
            !TimesheetMonth(member: Self.sophie, month: YearMonth(year: 2026, month: 12)!, entries: [])
                .letterCoversMonth)
        // No annual cost: no cost, rather than zero.
        #expect(
            TimesheetMonth(member: Self.paul, month: YearMonth(year: 2026, month: 11)!, entries: Self.entries)
                .cost == nil)
    }

    /// November and December, in the order of the entries: Claire's two
    /// November lines and her December hour (27,91 €), Paul without a
    /// cost, Sophie's November only (her letter ends on 30/11); 10h40 in
    /// all. Direct: 195,37 + 46,52 + 27,91 + 1 200 = 1 469,80 €;
    /// 15 % of it: 220,47 €.
    @Test func aStatementAddsUpToTheTimesheets() {
        let statement = StaffCostStatement(
            members: [Self.claire, Self.sophie, Self.paul], entries: Self.entries,
            from: Self.day("2026-11-01"),
            to: Self.day("2026-12-31"), indirectRate: 15)
        let costs = statement.lines.map(\.cost)
        #expect(costs == [19_537, nil, 4_652, 2_791, 120_000])
        #expect(statement.directCost == 146_980)
        #expect(statement.indirectCost == 22_047)
        #expect(statement.uncosted.map(\.staffID) == [3])
        #expect(statement.minutes == 640)
        // Half of November: Sophie's share is of whole months only.
        let half = StaffCostStatement(
            members: [Self.sophie], entries: [], from: Self.day("2026-11-15"), to: Self.day("2026-12-31"))
        #expect(half.lines.isEmpty)
    }
}
