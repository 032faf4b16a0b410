import EssorCore
import GRDB

/// The demo's staff: two coordinators who keep timesheets and an assistant
/// on a fixed share of her time, with a month and a half of time on the
/// example cohort and on running the operation; last month signed for
/// one of them.
enum DemoStaff {
    /// The three people, their costs for last year and this one.
    static func members(today: LocalDate) -> [StaffMember] {
        let year = today.year
        return [
            StaffMember(
                name: "Claire Martin", role: "Chargée de mission ESS", employer: "SocialCOBizz",
                contractFrom: LocalDate(year: year - 1, month: 9, day: 1),
                costs: [
                    StaffCost(year: year - 1, annualCost: 46_500), StaffCost(year: year, annualCost: 48_000),
                ]),
            StaffMember(
                name: "Julien Lefèvre", role: "Coordinateur du dispositif", employer: "SocialCOBizz",
                costs: [
                    StaffCost(year: year - 1, annualCost: 50_500), StaffCost(year: year, annualCost: 52_000),
                ]),
            StaffMember(
                name: "Sophie Bernard", role: "Assistante administrative", employer: "SocialCOBizz",
                mode: .fixedShare, sharePercent: 40, letterReference: "LM-\(year - 1)-02",
                letterFrom: LocalDate(year: year - 1, month: 1, day: 1),
                letterTo: LocalDate(year: year, month: 12, day: 31),
                costs: [
                    StaffCost(year: year - 1, annualCost: 35_000), StaffCost(year: year, annualCost: 36_000),
                ]),
        ]
    }

    /// A person's week: minutes, cohort (nil: management) and task, by
    /// ISO weekday.
    typealias Week = [Int: [(minutes: Int, example: Bool, task: String)]]

    /// Who facilitates a demo meeting: the example cohort's are run by
    /// its coordinator, so that the Temps panel has meetings to confirm.
    static func facilitators(of cohort: Int) -> String {
        cohort == DemoCohorts.example ? "SocialCOBizz (Julien Lefèvre)" : "SocialCOBizz"
    }

    static let claireWeek: Week = [
        1: [(210, true, "animation")],
        2: [(120, true, "preparation"), (90, true, "suivi_individuel")],
        3: [(240, true, "suivi_individuel")],
        4: [(180, true, "ingenierie")],
        5: [(120, false, "administration")],
    ]
    static let julienWeek: Week = [
        1: [(120, false, "administration")],
        2: [(180, true, "ingenierie")],
        4: [(90, true, "animation")],
        5: [(240, false, "administration")],
    ]

    static func install(_ db: Database, example: CohortID, today: LocalDate) throws {
        let start = YearMonth(today).adding(months: -1).first
        for (member, week) in zip(members(today: today), [claireWeek, julienWeek, [:]]) {
            try db.execute(
                sql: """
                    INSERT INTO staff (name, role, employer, mode, share_percent, letter_reference, letter_from,
                        letter_to, contract_from, contract_to, sort_name)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    member.name, member.role, member.employer, member.mode.rawValue, member.sharePercent,
                    member.letterReference, member.letterFrom?.iso, member.letterTo?.iso,
                    member.contractFrom?.iso, member.contractTo?.iso, SearchFolding.fold(member.name),
                ])
            let id = db.lastInsertedRowID
            for cost in member.costs {
                try db.execute(
                    sql: "INSERT INTO staff_cost (staff_id, year, annual_cost) VALUES (?, ?, ?)",
                    arguments: [id, cost.year, cost.annualCost])
            }
            var day = start
            while day < today {
                if TimesheetRules.isWorkingDay(day) {
                    for part in week[day.weekday] ?? [] {
                        try db.execute(
                            sql:
                                "INSERT INTO staff_time (staff_id, date, minutes, cohort_id, task) VALUES (?, ?, ?, ?, ?)",
                            arguments: [id, day.iso, part.minutes, part.example ? example : nil, part.task])
                    }
                }
                day = day.adding(days: 1)
            }
            if member.name == "Claire Martin", today.day > 2 {
                try db.execute(
                    sql:
                        "INSERT INTO staff_month (staff_id, month, signed_on, signed_by) VALUES (?, ?, ?, ?)",
                    arguments: [
                        id, YearMonth(start).iso, YearMonth(today).first.adding(days: 1).iso,
                        "Julien Lefèvre",
                    ])
            }
        }
    }
}
