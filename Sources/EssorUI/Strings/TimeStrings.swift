import EssorCore

/// The words of staff time, shared by the command line and the interface.
public enum TimeStrings {
    /// `3h30`, `7h`, `0h20`: hours as a timesheet writes them.
    public static func hours(_ minutes: Int) -> String { WorkHours.text(minutes) }

    /// `3,5` (`3.5`): hours as a decimal, to the hundredth, for costs.
    public static func decimalHours(_ minutes: Int, _ lang: Lang) -> String {
        DecimalFormat.string(Double(minutes) / 60, lang: lang, maxFractionDigits: 2)
    }

    /// « novembre 2026 » (« Novembre 2026 » to begin a sentence).
    public static func month(_ month: YearMonth, _ fr: Bool, capitalized: Bool = false) -> String {
        let name = CalendarNames.month(month.month, fr) + " \(month.year)"
        return capitalized ? name.capitalizedFirst : name
    }

    /// A cohort's name, or the operation's own management.
    public static func management(_ fr: Bool) -> String { tr("Running the operation", fr) }

    public static func issues(_ issues: [TimesheetIssue], _ fr: Bool) -> String {
        issues.map { issue($0, fr) }.joined(separator: " ; ")
    }

    public static func issue(_ issue: TimesheetIssue, _ fr: Bool) -> String {
        switch issue {
        case .noTime: return tr("no time (0 h)", fr)
        case .dayOverLimit(let minutes):
            return tr("%s in one day: more than 24 hours", fr, hours(minutes))
        case .outsideContract(let from, let to):
            switch (from, to) {
            case (let from?, let to?):
                return tr("outside the contract (%1$s to %2$s)", fr, from.dayMonthYear, to.dayMonthYear)
            case (let from?, nil): return tr("before the contract starts (%s)", fr, from.dayMonthYear)
            case (nil, let to?): return tr("after the contract ends (%s)", fr, to.dayMonthYear)
            case (nil, nil): return tr("outside the contract", fr)
            }
        case .signedMonth(let m):
            return tr("the timesheet %s is signed: reopen it first", fr, ofMonth(m, fr))
        case .unknownTask(let code):
            return tr("“%s” is not one of the programme's tasks", fr, code)
        case .longDay(let minutes): return tr("%s this day: more than 10 hours", fr, hours(minutes))
        case .longWeek(let minutes, let week):
            return tr(
                "%1$s in week %2$s of %3$s: more than 48 hours", fr, hours(minutes), String(week.number),
                String(week.year))
        case .weekend(let weekday):
            return tr("a %s", fr, CalendarNames.weekday(weekday, fr).lowercased())
        case .holiday(let holiday): return tr("a public holiday (%s)", fr, holiday.name(fr))
        case .yearOverRateHours(let minutes, let year):
            return tr(
                "%1$s in %2$s: more than the 1,720 hours the hourly rate is computed on", fr, hours(minutes),
                String(year))
        case .inFuture: return tr("a day still to come", fr)
        case .outsideCohort(let start, let end):
            return tr("outside the cohort's period (%1$s to %2$s)", fr, start.dayMonthYear, end.dayMonthYear)
        case .fixedShare:
            return tr(
                "a person on a fixed share: these hours do not make the cost, the mission letter's share does",
                fr)
        }
    }

    /// « de novembre 2026 », « d'octobre 2026 » (« of November 2026 »).
    public static func ofMonth(_ m: YearMonth, _ fr: Bool) -> String {
        let name = month(m, fr)
        guard fr else { return "of " + name }
        return (name.first.map { "aeiouâéèêîôû".contains($0) } == true ? "d'" : "de ") + name
    }
}

extension TimeStrings {
    /// What is wrong with a typed field, as the forms say it.
    public static func fieldIssue(_ issue: FieldIssue, _ fr: Bool) -> String { FormStrings.issue(issue, fr) }

    /// Why typed hours cannot be taken (`NumberReader.workMinutes`), as
    /// the forms say it: the command line and the week grid.
    public static func hoursProblem(_ text: String, _ problem: NumberReader.Problem, _ fr: Bool) -> String {
        let issue: FieldIssue =
            Validators.number(text, as: .workHours)
            ?? {
                switch problem {
                case .notANumber: .number
                case .outOfRange(let range): .outOfRange(range)
                case .notWhole: .notWhole
                case .finerThanCent: .finerThanCent
                case .finerThanMinute: .finerThanMinute
                }
            }()
        return fieldIssue(issue, fr)
    }

    /// « 48 000 € / 1 720 h = 27,91 €/h »: the rate with its formula.
    public static func rate(_ rate: HourlyRate, _ lang: Lang) -> String {
        let hours = DecimalFormat.grouped(
            Double(HourlyRate.annualHours), separator: lang == .fr ? "\u{202F}" : ",")
        return DecimalFormat.euros(rate.annualCost, lang: lang, cents: true) + " / \(hours) h = "
            + DecimalFormat.euros(rate.euros, lang: lang, cents: true) + "/h"
    }

    /// A task by its label, or its code when the programme no longer has it.
    public static func task(_ code: String, _ tasks: [TimeTask]) -> String {
        tasks.first { $0.code == code }?.label ?? code
    }
}
