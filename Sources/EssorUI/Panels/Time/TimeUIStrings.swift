import EssorCore

/// The Temps panel's words.
public enum TimeMsg: Equatable, Sendable {
    case colPerson, colMode, colHours, colCost, colToConfirm, colMonth
    case mode(StaffMode)
    case signed, open
    case noStaff
    case weekTitle(name: String, week: ISOWeek)
    case colLine, colTotal, totalRow
    case noLines
    case cellConflict
    case monthShown(YearMonth)
    case saved(String)
    case cleared(String)
    case savedWithWarnings(String, String)
    case several(Int)
    case lineHasTime
    case noOtherLine
    case everyLineTaken
    case badHours(String, String)
    case weekExpected
    case notAWeek(String)
    case monthExpected
    case notAMonth(String)
    case noPersonSelected
    case confirmed(title: String, hours: String)
    case confirmedWithWarnings(title: String, hours: String, String)
    case entryDeleted(String)
    // The detail.
    case fieldRole, fieldEmployer, fieldMode, fieldRate, fieldContract, fieldLetter, fieldMonth, fieldCost
    case fieldSigned
    case signedOn(day: String, by: String)
    case notSigned
    case noRate(Int)
    case contract(from: String, to: String)
    case toConfirmHeading(Int)
    case proposal(day: String, title: String, hours: String, preparation: String?)
    case entriesHeading(Int)
    case noEntries
    case meetingChanged
    case confirmHint
    case fixedShareNote(String)
}

enum TimeUIStrings {
    static func text(_ m: TimeMsg, _ fr: Bool) -> String {
        switch m {
        case .colPerson: return tr("Person", fr)
        case .colMode: return trc("staff mode", "Mode", fr)
        case .colHours: return tr("Hours", fr)
        case .colCost: return tr("Cost", fr)
        case .colToConfirm: return tr("To confirm", fr)
        case .colMonth: return tr("Month", fr)
        case .mode(.actual): return tr("actual time", fr)
        case .mode(.fixedShare): return tr("fixed share", fr)
        case .signed: return trc("timesheet", "signed", fr)
        case .open: return trc("timesheet", "open", fr)
        case .noStaff:
            return tr("No staff yet: add people with essor temps personnes ajouter", fr)
        case .weekTitle(let name, let week):
            return tr(
                "%1$s — week %2$s of %3$s (%4$s to %5$s)", fr, name, String(week.number), String(week.year),
                week.monday.dayMonthYear, week.sunday.dayMonthYear)
        case .colLine: return tr("Cohort — task", fr)
        case .colTotal: return tr("Total", fr)
        case .totalRow: return tr("Total of the day", fr)
        case .cellConflict:
            return tr("Someone else changed this cell meanwhile: it now shows what they saved", fr)
        case .noLines: return tr("No time this week: a adds a line (cohort and task)", fr)
        case .monthShown(let month): return TimeStrings.month(month, fr, capitalized: true)
        case .saved(let what): return tr("Recorded: %s", fr, what)
        case .cleared(let what): return tr("Cleared: %s", fr, what)
        case .savedWithWarnings(let what, let warnings):
            return tr("Recorded: %1$s — %2$s", fr, what, warnings)
        case .several(let count):
            return tr(
                "This cell adds up %d entries: change them one by one in the month's detail", fr, count)
        case .lineHasTime: return tr("This line has time this week: clear its cells first", fr)
        case .noOtherLine: return tr("No other line to go to", fr)
        case .everyLineTaken: return tr("Every cohort and task has a line already", fr)
        case .badHours(let text, let why): return tr("“%1$s”: %2$s", fr, text, why)
        case .weekExpected: return tr("A week is expected, for example 2026-W49", fr)
        case .notAWeek(let text): return tr("“%s” is not a week (for example 2026-W49)", fr, text)
        case .monthExpected: return tr("A month is expected, for example 2026-11", fr)
        case .notAMonth(let text): return tr("“%s” is not a month (for example 2026-11)", fr, text)
        case .noPersonSelected: return tr("Choose a person in the Time panel first", fr)
        case .confirmed(let title, let hours): return tr("Confirmed: %1$s, %2$s", fr, title, hours)
        case .confirmedWithWarnings(let title, let hours, let warnings):
            return tr("Confirmed: %1$s, %2$s — %3$s", fr, title, hours, warnings)
        case .entryDeleted(let what): return tr("Deleted: %s (u takes it back)", fr, what)
        case .fieldRole: return tr("Role", fr)
        case .fieldEmployer: return tr("Employer", fr)
        case .fieldMode: return trc("staff mode", "Mode", fr)
        case .fieldRate: return tr("Hourly rate", fr)
        case .fieldContract: return tr("Contract", fr)
        case .fieldLetter: return tr("Mission letter", fr)
        case .fieldMonth: return tr("Month", fr)
        case .fieldCost: return tr("Cost", fr)
        case .fieldSigned: return tr("Timesheet", fr)
        case .signedOn(let day, let by): return tr("signed on %1$s by %2$s", fr, day, by)
        case .notSigned: return tr("not signed", fr)
        case .noRate(let year): return tr("no annual cost for %d", fr, year)
        case .contract(let from, let to): return tr("%1$s to %2$s", fr, from, to)
        case .toConfirmHeading(let count): return tr("Meetings to confirm (%d)", fr, count)
        case .proposal(let day, let title, let hours, let preparation):
            guard let preparation else { return tr("%1$s  %2$s — %3$s", fr, day, title, hours) }
            return tr("%1$s  %2$s — %3$s, and %4$s of preparation", fr, day, title, hours, preparation)
        case .entriesHeading(let count): return trn("%d entry", "%d entries", count, fr)
        case .noEntries: return tr("No time this month", fr)
        case .meetingChanged: return tr("the meeting has changed since", fr)
        case .confirmHint:
            return tr("Enter on a meeting records its time; Enter on a person opens their week", fr)
        case .fixedShareNote(let share):
            return tr(
                "A fixed share of %s: the mission letter's share makes the cost, not the hours", fr, share)
        }
    }
}
