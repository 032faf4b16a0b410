import Testing

@testable import EssorCore

/// The week grid's rules (its lines, totals, and what a typed cell writes)
/// and the team's month, each figure worked by hand.
@Suite struct TimesheetWeekTests {
    static func day(_ text: String) -> LocalDate { LocalDate.parseISO(text)! }
    /// Week 49 of 2026: Monday 30 November to Sunday 6 December.
    static let week = ISOWeek(year: 2026, week: 49)!

    static func entry(
        _ id: Int64, _ date: String, _ minutes: Int, cohort: CohortID?, task: String, staff: StaffID = 1
    ) -> StaffTimeEntry {
        StaffTimeEntry(
            id: id, staffID: staff, date: day(date), minutes: minutes, cohortID: cohort, task: task)
    }

    static let entries = [
        entry(1, "2026-11-30", 210, cohort: 4, task: "animation"),
        entry(2, "2026-12-01", 120, cohort: 4, task: "preparation"),
        entry(3, "2026-12-01", 90, cohort: nil, task: "administration"),
        // Two entries in one cell (a meeting's time and a note of one's own).
        entry(4, "2026-12-03", 60, cohort: 4, task: "animation"),
        entry(5, "2026-12-03", 30, cohort: 4, task: "animation"),
        // Outside the week, and someone else's: not in the grid.
        entry(6, "2026-11-29", 300, cohort: 4, task: "animation"),
        entry(7, "2026-12-07", 300, cohort: 4, task: "animation"),
        entry(8, "2026-12-01", 300, cohort: 4, task: "animation", staff: 2),
    ]
    static let tasks = ["animation", "preparation", "suivi", "ingenierie", "administration"]

    static var sheet: TimesheetWeek {
        TimesheetWeek(
            staffID: 1, week: week, entries: entries,
            extra: [
                TimesheetWeek.Line(cohortID: 2, task: "suivi"),
                TimesheetWeek.Line(cohortID: 4, task: "animation"),
            ],
            order: [4, 2, nil], tasks: tasks)
    }

    @Test func linesComeFromTheWeekAndTheLinesAddedInCohortThenTaskOrder() {
        let lines = Self.sheet.lines
        #expect(
            lines == [
                .init(cohortID: 4, task: "animation"), .init(cohortID: 4, task: "preparation"),
                .init(cohortID: 2, task: "suivi"), .init(cohortID: nil, task: "administration"),
            ])
        #expect(Self.sheet.entries.map(\.id) == [1, 2, 3, 4, 5])
    }

    @Test func totalsPerCellLineDayAndWeek() {
        let sheet = Self.sheet
        let animation = TimesheetWeek.Line(cohortID: 4, task: "animation")
        #expect(sheet.minutes(animation, day: 3) == 90)
        // 3h30 on Monday + 1h30 on Thursday.
        #expect(sheet.total(animation) == 300)
        // Tuesday: 2h of preparation and 1h30 of administration.
        #expect(sheet.dayTotal(1) == 210)
        #expect(sheet.dayTotal(6) == 0)
        // 210 + 120 + 90 + 60 + 30 minutes.
        #expect(sheet.total == 510)
    }

    @Test func typingACellAddsUpdatesClearsOrSaysItHoldsSeveral() {
        let sheet = Self.sheet
        let animation = TimesheetWeek.Line(cohortID: 4, task: "animation")
        let suivi = TimesheetWeek.Line(cohortID: 2, task: "suivi")
        #expect(sheet.change(animation, day: 0, to: 210) == .nothing)
        var updated = Self.entries[0]
        updated.minutes = 150
        #expect(sheet.change(animation, day: 0, to: 150) == .update(updated))
        #expect(sheet.change(animation, day: 0, to: 0) == .delete(Self.entries[0]))
        #expect(
            sheet.change(suivi, day: 4, to: 45)
                == .add(
                    StaffTimeEntry(
                        staffID: 1, date: Self.day("2026-12-04"), minutes: 45, cohortID: 2, task: "suivi")))
        // An empty cell cleared: nothing to do.
        #expect(sheet.change(suivi, day: 4, to: 0) == .nothing)
        #expect(sheet.change(animation, day: 3, to: 120) == .several(2))
        #expect(sheet.change(animation, day: 3, to: 0) == .several(2))
    }

    @Test func theTeamsMonthSumsEachPersonByCohortWithTheirCost() {
        let claire = StaffMember(id: 1, name: "Claire", costs: [StaffCost(year: 2026, annualCost: 48_000)])
        let julien = StaffMember(id: 2, name: "Julien")
        let month = YearMonth(year: 2026, month: 12)!
        let team = TeamMonth(
            month: month, members: [claire, julien], entries: Self.entries, signed: [2], toConfirm: [1: 3],
            order: [2, 4])
        // Claire's December: 2h + 1h30 + 1h + 30 min + 5h (the 7th); Julien's: 5h.
        let row = team.row(1)!
        #expect(row.total == 120 + 90 + 60 + 30 + 300)
        #expect(row.minutes[4] == 120 + 60 + 30 + 300)
        #expect(row.minutes[nil] == 90)
        // 48 000 € / 1 720 h = 27,91 €/h; per line, rounded to the cent:
        // 8h30 of cohort 4 tasks (animation 6h30, preparation 2h) and 1h30.
        let rate = HourlyRate(annualCost: 48_000)
        let expected = [390, 120, 90].map { rate.cost(minutes: $0) }.reduce(0, +)
        #expect(row.cost == expected)
        #expect(row.toConfirm == 3 && !row.signed)
        #expect(team.row(2)!.signed && team.row(2)!.cost == nil && team.row(2)!.total == 300)
        // The columns placed first, then management last.
        #expect(team.columns == [4, nil])
        #expect(team.total(4) == 510 + 300)
        #expect(team.total == 900)
    }
}
