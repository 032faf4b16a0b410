import EssorCore
import EssorStore

/// The monthly timesheet of each person (fiche de temps), as an auditor
/// checks staff costs: the programme's identity and the EU block, a line
/// per cohort (or the operation's management) and task, the hours of each
/// day (weekends and public holidays shaded), the totals, the hourly rate
/// with its formula and each line's cost; then two signature boxes, « le
/// salarié » and « le responsable ». A `forfait` person gets the mission
/// letter's statement and the month's share of their annual cost instead.
public enum TimesheetExport {
    /// One person's month, with what the store knows of its signature.
    public struct Sheet: Sendable {
        public var month: TimesheetMonth
        public var signed: SignedMonth?

        public init(month: TimesheetMonth, signed: SignedMonth?) {
            self.month = month
            self.signed = signed
        }
    }

    /// The month's sheets of `staff` (everyone when nil), from the store.
    public static func sheets(_ store: Store, month: YearMonth, staff: StaffID? = nil) throws -> [Sheet] {
        let people = try store.staff().filter { staff == nil || $0.member.id == staff }
        let entries = try store.staffTime(staff: staff, from: month.first, to: month.last).map(\.entry)
        let order: [CohortID?] = try store.cohortNames().map(\.id) + [nil]
        let tasks = try store.timeTasks().map(\.code)
        return people.map { record in
            Sheet(
                month: TimesheetMonth(
                    member: record.member, month: month, entries: entries, order: order, tasks: tasks),
                signed: record.signed.first { $0.month == month })
        }
    }

    public static func html(
        _ sheets: [Sheet], _ store: Store, lang: Lang, templates: DocumentTemplates = .standard
    ) throws -> String {
        templates.render("fiche-temps.html", try view(sheets, store, lang: lang))
    }

    public static func markdown(
        _ sheets: [Sheet], _ store: Store, lang: Lang, templates: DocumentTemplates = .standard
    ) throws -> String {
        templates.render("fiche-temps.md", try view(sheets, store, lang: lang))
    }

    struct CellView {
        var text: String
        var off: Bool
    }

    struct DayView {
        var number: String
        var weekday: String
        var off: Bool
    }

    struct LineView {
        var label: String
        var cells: [CellView]
        var workedCells: [CellView]
        var total: String
        var cost: String
    }

    struct SheetView {
        var name, role, employer, month, mode: String
        var hasRole, hasEmployer, actual, fixed, hasLines, signed: Bool
        var statement: String
        var days: [DayView]
        var worked: [DayView]
        var lines: [LineView]
        var dayTotals: [CellView]
        var workedTotals: [CellView]
        var total, decimalTotal, rate, cost, costAmount, signedText: String
        var identity: IdentityView
        var labels: Labels
    }

    struct Labels {
        var title, readingOnly, programme, operation, person, role, employer, mode, line, total,
            lineCost: String
        var dayTotal, offDays, noTime, hours, rate, cost, signedInStore, employee, manager, date: String
        var nameField, colon: String
    }

    struct View {
        var lang: String
        var labels: Labels
        var identity: IdentityView
        var period: String
        var running: String
        var sheets: [SheetView]
    }

    static func labels(_ fr: Bool) -> Labels {
        Labels(
            title: tr("Timesheet", fr),
            readingOnly: tr("For reading: the HTML or PDF version is the one to print and sign.", fr),
            programme: tr("Programme", fr), operation: tr("Operation", fr), person: tr("Name", fr),
            role: tr("Role", fr), employer: tr("Employer", fr), mode: tr("Time on the operation", fr),
            line: tr("Cohort — task", fr), total: tr("Total", fr), lineCost: tr("Cost", fr),
            dayTotal: tr("Total of the day", fr),
            offDays: tr("Shaded: weekends and public holidays.", fr),
            noTime: tr("No time entered this month.", fr),
            hours: tr("Hours of the month", fr), rate: tr("Hourly rate", fr),
            cost: tr("Staff cost of the month", fr),
            signedInStore: tr("Recorded as signed", fr), employee: tr("The employee", fr),
            manager: tr("The manager", fr), date: tr("Date", fr), nameField: tr("Name", fr),
            colon: fr ? " :" : ":")
    }

    static func view(_ sheets: [Sheet], _ store: Store, lang: Lang) throws -> View {
        let fr = lang == .fr
        let clean = { (text: String) in OutputText.clean(text, for: .file) }
        let identity = IdentityView(try store.programme(), lang: lang)
        let cohorts = Dictionary(
            try store.cohortNames().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let tasks = try store.timeTasks()
        let labels = labels(fr)
        let month = sheets.first?.month.month
        let monthName = month.map { CalendarNames.month($0.month, fr) + " \($0.year)" } ?? ""
        func euros(_ cents: Int64?) -> String {
            cents.map { DecimalFormat.euros(Double($0) / 100, lang: lang, cents: true) }
                ?? tr("not computed", fr)
        }
        let views = sheets.map { sheet -> SheetView in
            let m = sheet.month
            let member = m.member
            let days = m.month.days.map { day in
                DayView(
                    number: String(day.day), weekday: CalendarNames.shortWeekday(day.weekday, fr),
                    off: !TimesheetRules.isWorkingDay(day))
            }
            let workedIndexes = m.dayTotals.indices.filter { m.dayTotals[$0] > 0 }
            func cell(_ minutes: Int, _ index: Int) -> CellView {
                CellView(text: minutes == 0 ? "" : WorkHours.text(minutes), off: days[index].off)
            }
            let lines = m.lines.map { line in
                let cohort = line.cohortID.map { cohorts[$0] ?? "#\($0)" } ?? tr("Running the operation", fr)
                let task = tasks.first { $0.code == line.task }?.label ?? line.task
                let cells = line.days.enumerated().map { cell($0.element, $0.offset) }
                return LineView(
                    label: clean(cohort + " — " + task), cells: cells,
                    workedCells: workedIndexes.map { cells[$0] },
                    total: WorkHours.text(line.total), cost: euros(m.cost(of: line)))
            }
            let totals = m.dayTotals.enumerated().map { cell($0.element, $0.offset) }
            var statement = ""
            if member.mode == .fixedShare {
                let share = DecimalFormat.string(member.sharePercent ?? 0, lang: lang, maxFractionDigits: 2)
                statement = tr("Share of working time assigned to the operation: %s %%", fr, share)
                if !member.letterReference.isEmpty || member.letterFrom != nil {
                    statement += tr(
                        ", under the mission letter %1$s (%2$s to %3$s)", fr, member.letterReference,
                        member.letterFrom?.dayMonthYear ?? "…", member.letterTo?.dayMonthYear ?? "…")
                }
                statement += "."
                if !m.letterCoversMonth {
                    statement += " " + tr("The mission letter does not cover the whole month.", fr)
                }
            }
            var rate = tr("no annual cost entered for %s", fr, String(m.month.year))
            if let r = m.rate {
                rate =
                    DecimalFormat.euros(r.annualCost, lang: lang, cents: true) + " / 1 720 h = "
                    + DecimalFormat.euros(r.euros, lang: lang, cents: true) + "/h"
            }
            var cost = euros(m.cost)
            if member.mode == .fixedShare, let annual = member.annualCost(m.month.year),
                let share = member.sharePercent
            {
                cost =
                    DecimalFormat.euros(annual, lang: lang, cents: true) + " × "
                    + DecimalFormat.string(share, lang: lang, maxFractionDigits: 2) + " % / 12 = "
                    + euros(m.cost)
            } else if member.mode == .actual, m.rate != nil {
                cost = tr("%s (each line's hours × the rate, rounded to the cent)", fr, euros(m.cost))
            }
            let signedText =
                sheet.signed.map { tr("on %1$s by %2$s", fr, $0.signedOn.dayMonthYear, clean($0.signedBy)) }
                ?? ""
            return SheetView(
                name: clean(member.name), role: clean(member.role), employer: clean(member.employer),
                month: CalendarNames.month(m.month.month, fr) + " \(m.month.year)",
                mode: member.mode == .actual
                    ? tr("actual time, recorded in this timesheet", fr)
                    : tr("fixed share of working time (mission letter)", fr),
                hasRole: !member.role.isEmpty, hasEmployer: !member.employer.isEmpty,
                actual: member.mode == .actual,
                fixed: member.mode == .fixedShare, hasLines: !m.lines.isEmpty, signed: sheet.signed != nil,
                statement: clean(statement), days: days, worked: workedIndexes.map { days[$0] }, lines: lines,
                dayTotals: totals, workedTotals: workedIndexes.map { totals[$0] },
                total: WorkHours.text(m.total),
                decimalTotal: DecimalFormat.string(Double(m.total) / 60, lang: lang, maxFractionDigits: 2),
                rate: rate, cost: cost, costAmount: euros(m.cost), signedText: signedText, identity: identity,
                labels: labels)
        }
        return View(
            lang: fr ? "fr" : "en", labels: labels, identity: identity,
            period: monthName, running: identity.programme + " — " + labels.title + " — " + monthName,
            sheets: views)
    }
}
